package org.msb.rule;

import org.msb.fact.Fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's metadata: the one source for the Lambda, the conformance packs, the IAM role and the docs.
 *
 * @param changeTypes resource types whose configuration changes trigger the rule (empty = not change-triggered)
 * @param frequency the periodic schedule (null = not periodic)
 * @param readsItems resource types read from the account view beyond the trigger (for capture and live reads)
 * @param global true when the rule reads global resources (IAM, Organizations...) and runs in the home region only
 * @param attestationBased true for (A) rules that decide from attestation records
 * @param cleanUpStale periodic runs mark resources that vanished since the last run NOT_APPLICABLE
 * @param optional an optional baseline control: in the extended conformance pack only, off by default
 * @param exceptionAttestationParameter null, or the INT parameter holding the most days an exception's last
 *                                      attestation may be old for it to count (DP-7: a public bucket passes only
 *                                      under an exception attested within attestationMaxAgeDays); an exception
 *                                      without an attestation (every tag exception) then never counts
 */
public record RuleSpec(String id, String controlId, String title, String baseline, String description,
                       Severity severity, List<String> changeTypes, Frequency frequency, List<String> readsItems,
                       List<ParameterSpec> parameters, List<Fact<?>> facts, String remediation,
                       List<String> managedRules, List<String> securityHubControls, List<String> cisControls,
                       boolean global, boolean attestationBased, boolean cleanUpStale, boolean optional, int memoryMb, int timeoutSeconds,
                       String exceptionAttestationParameter) {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CONTROL_ID = Pattern.compile("(AM|IAM|DET|DP|INF|IR)-\\d{1,2}");
    /** Conformance packs append a suffix of ~26 characters; GetComplianceDetailsByConfigRule takes 64. */
    public static final int MAX_ID_LENGTH = 38;

    public RuleSpec {
        changeTypes = List.copyOf(changeTypes);
        readsItems = List.copyOf(readsItems);
        parameters = List.copyOf(parameters);
        facts = List.copyOf(facts);
        managedRules = List.copyOf(managedRules);
        securityHubControls = List.copyOf(securityHubControls);
        cisControls = List.copyOf(cisControls);
    }

    public Section section() { return Section.ofControl(controlId); }

    public boolean isPeriodic() { return frequency != null; }

    public boolean isChangeTriggered() { return !changeTypes.isEmpty(); }

    /** Every parameter the rule accepts: its own, then the ones the framework reads for every rule. */
    public List<ParameterSpec> allParameters() {
        List<ParameterSpec> all = new ArrayList<>(parameters);
        all.addAll(FrameworkParameters.all());
        return all;
    }

    public ParameterSpec parameter(String name) {
        for (ParameterSpec p : allParameters()) if (p.name().equals(name)) return p;
        return null;
    }

    /** Resource types the rule reads: change types and declared item reads. */
    public Set<String> resourceTypes() {
        Set<String> all = new LinkedHashSet<>(changeTypes);
        all.addAll(readsItems);
        return all;
    }

    /** IAM actions its facts need (the framework's own are added by the generator). */
    public Set<String> iamActions() {
        Set<String> all = new java.util.TreeSet<>();
        for (Fact<?> f : facts) all.addAll(f.iamActions());
        return all;
    }

    public static Builder builder(String id, String controlId) { return new Builder(id, controlId); }

    /** Builds a spec; {@link #build()} refuses one that is incomplete or inconsistent. */
    public static final class Builder {
        private final String id;
        private final String controlId;
        private String title, baseline, description, remediation;
        private Severity severity = Severity.MEDIUM;
        private final List<String> changeTypes = new ArrayList<>();
        private Frequency frequency;
        private final List<String> readsItems = new ArrayList<>();
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final List<Fact<?>> facts = new ArrayList<>();
        private final List<String> managedRules = new ArrayList<>();
        private final List<String> securityHub = new ArrayList<>();
        private final List<String> cis = new ArrayList<>();
        private boolean global, attestationBased, cleanUpStale, optional;
        private int memoryMb = 512, timeoutSeconds = 60;
        private String exceptionAttestationParameter;

        private Builder(String id, String controlId) {
            this.id = Objects.requireNonNull(id);
            this.controlId = Objects.requireNonNull(controlId);
        }

        public Builder title(String v) { title = v; return this; }
        /** The baseline bullet this rule implements, verbatim. */
        public Builder baseline(String v) { baseline = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder remediation(String v) { remediation = v; return this; }
        public Builder severity(Severity v) { severity = v; return this; }
        /** Triggered by configuration changes of these types (both change message types are subscribed). */
        public Builder onChange(String... resourceTypes) { changeTypes.addAll(List.of(resourceTypes)); return this; }
        public Builder periodic(Frequency v) { frequency = v; return this; }
        public Builder periodic() { return periodic(Frequency.TwentyFour_Hours); }
        public Builder readsItems(String... resourceTypes) { readsItems.addAll(List.of(resourceTypes)); return this; }
        public Builder reads(Fact<?>... fs) { facts.addAll(List.of(fs)); return this; }
        public Builder param(ParameterSpec p) { parameters.add(p); return this; }
        public Builder managedRule(String... v) { managedRules.addAll(List.of(v)); return this; }
        public Builder securityHub(String... v) { securityHub.addAll(List.of(v)); return this; }
        public Builder cis(String... v) { cis.addAll(List.of(v)); return this; }
        public Builder global() { global = true; return this; }
        public Builder attestationBased() { attestationBased = true; return this; }
        public Builder cleanUpStale() { cleanUpStale = true; return this; }
        /** An optional baseline control (INF-9, INF-10): only in the extended pack. */
        public Builder optional() { optional = true; return this; }
        public Builder memoryMb(int v) { memoryMb = v; return this; }
        public Builder timeoutSeconds(int v) { timeoutSeconds = v; return this; }
        /**
         * Exceptions to this rule count only while attested within the number of days the INT parameter
         * {@code maxAgeParameter} holds; unattested exceptions (tags included) never do.
         */
        public Builder exceptionsNeedAttestation(String maxAgeParameter) { exceptionAttestationParameter = maxAgeParameter; return this; }

        public RuleSpec build() {
            List<String> problems = new ArrayList<>();
            if (!RULE_ID.matcher(id).matches()) problems.add("id must be kebab-case");
            if (id.length() > MAX_ID_LENGTH) problems.add("id longer than " + MAX_ID_LENGTH + " characters");
            if (!CONTROL_ID.matcher(controlId).matches()) problems.add("control id must look like IAM-3");
            if (blank(title)) problems.add("title missing");
            if (blank(baseline)) problems.add("baseline sentence missing");
            if (blank(description)) problems.add("description missing");
            if (blank(remediation)) problems.add("remediation missing");
            if (description != null && description.length() > 200) problems.add("description longer than 200 characters (Config allows 256 with the control id)");
            if (changeTypes.isEmpty() && frequency == null) problems.add("no trigger: onChange(...) and/or periodic()");
            if (cleanUpStale && frequency == null) problems.add("cleanUpStale needs a periodic trigger");
            Set<String> names = new java.util.HashSet<>();
            for (ParameterSpec p : parameters) {
                if (!names.add(p.name())) problems.add("parameter " + p.name() + " declared twice");
                if (FrameworkParameters.isFrameworkParameter(p.name())) problems.add("parameter " + p.name() + " is reserved by the framework");
            }
            if (exceptionAttestationParameter != null && parameters.stream().noneMatch(
                    p -> p.name().equals(exceptionAttestationParameter) && p.type() == ParameterType.INT && p.defaultValue() != null)) {
                problems.add("exceptionsNeedAttestation names " + exceptionAttestationParameter + ", which is not an INT parameter with a default");
            }
            if (!problems.isEmpty()) throw new IllegalStateException("rule spec " + id + ": " + String.join("; ", problems));
            return new RuleSpec(id, controlId, title, baseline, description, severity, changeTypes, frequency,
                    readsItems, parameters, facts, remediation, managedRules, securityHub, cis, global,
                    attestationBased, cleanUpStale, optional, memoryMb, timeoutSeconds, exceptionAttestationParameter);
        }

        private static boolean blank(String s) { return s == null || s.isBlank(); }
    }
}
