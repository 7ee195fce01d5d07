package org.msb.fact;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The private registry's scanning configuration ({@code ecr:GetRegistryScanningConfiguration}): the scan type
 * (BASIC, or ENHANCED when Amazon Inspector scans the registry) and its rules, each a scan frequency
 * (SCAN_ON_PUSH, CONTINUOUS_SCAN, MANUAL) for the repositories whose names match a wildcard filter.
 */
public record EcrRegistryScanning(String scanType, List<Rule> rules) {

    public EcrRegistryScanning { rules = rules == null ? List.of() : List.copyOf(rules); }

    /** One registry scanning rule: a frequency and the wildcard filters ({@code *} matches any run) it applies to. */
    public record Rule(String scanFrequency, List<String> repositoryFilters) {
        public Rule { repositoryFilters = repositoryFilters == null ? List.of() : List.copyOf(repositoryFilters); }

        public boolean matches(String repositoryName) {
            for (String f : repositoryFilters) {
                String regex = String.join(".*", java.util.Arrays.stream(f.split("\\*", -1)).map(Pattern::quote).toList());
                if (Pattern.matches(regex, repositoryName)) return true;
            }
            return false;
        }
    }

    public boolean isEnhanced() { return "ENHANCED".equalsIgnoreCase(scanType); }

    /** The registry rule that applies to a repository (the first whose filter matches), or null. */
    public Rule ruleFor(String repositoryName) {
        for (Rule r : rules) if (r.matches(repositoryName)) return r;
        return null;
    }
}
