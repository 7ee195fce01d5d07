package org.msb.model.compute;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The patch compliance of one managed instance as AWS Config records it in an {@code AWS::SSM::PatchCompliance}
 * item: its id is {@code AWS::SSM::ManagedInstanceInventory/i-...}, and {@code configuration."AWS:ComplianceItem".Content.Patch}
 * maps each patch id to its entry ({@code Id}, {@code Title}, {@code Status} COMPLIANT or NON_COMPLIANT, {@code Severity},
 * {@code Classification}, {@code PatchState} Installed, Missing, Failed...) and holds a {@code ComplianceSummary}
 * ({@code Status}, {@code NonCompliant<Severity>Count}...). The resource schema lists no configuration paths for
 * this type: the patch ids are keys.
 */
public record PatchCompliance(String instanceId, String summaryStatus, List<Patch> patches, Map<String, Integer> nonCompliantCounts) {
    public static final String RESOURCE_TYPE = "AWS::SSM::PatchCompliance";
    public static final String ID_PREFIX = "AWS::SSM::ManagedInstanceInventory/";
    /** Compliance severities, most severe first, as Systems Manager names them. */
    public static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNSPECIFIED");

    public PatchCompliance {
        patches = List.copyOf(patches);
        nonCompliantCounts = Map.copyOf(nonCompliantCounts);
    }

    /** One patch's compliance entry. */
    public record Patch(String id, String title, String severity, String status, String state, String classification) {
        public boolean isNonCompliant() { return "NON_COMPLIANT".equalsIgnoreCase(status); }
    }

    public static PatchCompliance from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        Node content = ci.configuration().get("AWS:ComplianceItem").path("Content.Patch");
        if (!content.isObject()) {
            throw new InvalidItemException(RESOURCE_TYPE + " " + ci.resourceId() + ": configuration.\"AWS:ComplianceItem\".Content.Patch is missing");
        }
        String id = ci.resourceId().startsWith(ID_PREFIX) ? ci.resourceId().substring(ID_PREFIX.length()) : ci.resourceId();
        Node summary = content.get("ComplianceSummary");
        List<Patch> patches = new ArrayList<>();
        for (Map.Entry<String, Node> e : content.fields().entrySet()) {
            if (e.getKey().equals("ComplianceSummary")) continue;
            Node p = e.getValue();
            patches.add(new Patch(p.get("Id").text(e.getKey()), p.get("Title").text(), upper(p.get("Severity").text("UNSPECIFIED")),
                    p.get("Status").text(), p.get("PatchState").text(), p.get("Classification").text()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String sev : SEVERITIES) {
            Long n = summary.get("NonCompliant" + sev.charAt(0) + sev.substring(1).toLowerCase(Locale.ROOT) + "Count").number();
            if (n != null && n > 0) counts.put(sev, n.intValue());
        }
        return new PatchCompliance(id, summary.get("Status").text(), patches, counts);
    }

    /** Non-compliant patches by severity: counted from the entries, or from the summary when the item holds no entries. */
    public Map<String, Integer> missingBySeverity() {
        if (patches.isEmpty()) return nonCompliantCounts;
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String sev : SEVERITIES) {
            int n = (int) patches.stream().filter(p -> p.isNonCompliant() && sev.equals(p.severity())).count();
            if (n > 0) m.put(sev, n);
        }
        patches.stream().filter(p -> p.isNonCompliant() && !SEVERITIES.contains(p.severity())).forEach(p -> m.merge("UNSPECIFIED", 1, Integer::sum));
        return m;
    }

    private static String upper(String s) { return s.isBlank() ? "UNSPECIFIED" : s.toUpperCase(Locale.ROOT); }
}
