package org.msb.cli.report.findings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What BatchImportFindings requires of a finding, as the AWS Security Hub API Reference states it:
 * AwsSecurityFinding (required members, length constraints, pattern {@code .*\S.*}), Resource (Type and Id
 * required; Partition aws | aws-cn | aws-us-gov; at most 32 resources), Severity (Label values), Compliance
 * (Status values; RelatedRequirements at most 32; StatusReason.ReasonCode required), Workflow (Status values),
 * RecordState values, ProductFields (at most 50 pairs, keys up to 128 and values up to 2048 characters),
 * Recommendation.Text (512), the "Timestamps" section of the API reference's Welcome page (formats accepted),
 * the Security Hub User Guide's "ASFF types taxonomy" (namespace/category/classifier, five namespaces) and
 * BatchImportFindings (a finding is at most 240 KB; ProductArn of a custom integration:
 * arn:aws:securityhub:REGION:ACCOUNT:product/ACCOUNT/default).
 */
final class AsffConstraints {
    static final List<String> REQUIRED = List.of("SchemaVersion", "Id", "ProductArn", "GeneratorId", "AwsAccountId", "Types",
            "CreatedAt", "UpdatedAt", "Severity", "Title", "Description", "Resources");
    static final Set<String> NAMESPACES = Set.of("Software and Configuration Checks", "TTPs", "Effects", "Unusual Behaviors",
            "Sensitive Data Identifications");
    static final Set<String> SEVERITY_LABELS = Set.of("INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    static final Set<String> COMPLIANCE_STATUSES = Set.of("PASSED", "WARNING", "FAILED", "NOT_AVAILABLE");
    static final Set<String> WORKFLOW_STATUSES = Set.of("NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED");
    static final Set<String> RECORD_STATES = Set.of("ACTIVE", "ARCHIVED");
    static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov");
    static final Pattern NOT_BLANK = Pattern.compile(".*\\S.*", Pattern.DOTALL);
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}(:?\\d{2})?)");
    static final Pattern PRODUCT_ARN = Pattern.compile("arn:aws(-cn|-us-gov)?:securityhub:[a-z0-9-]+:(\\d{12}):product/(\\d{12})/default");
    static final int MAX_FINDING_BYTES = 240 * 1024;

    private AsffConstraints() {}

    /** Every way the finding breaks the constraints; empty when BatchImportFindings would take it. */
    static List<String> problems(JsonObject f) {
        List<String> p = new ArrayList<>();
        for (String r : REQUIRED) if (!f.has(r)) p.add(r + " is required");
        if (!p.isEmpty()) return p;
        if (!"2018-10-08".equals(text(f, "SchemaVersion"))) p.add("SchemaVersion must be 2018-10-08");
        length(p, "Id", text(f, "Id"), 512);
        length(p, "GeneratorId", text(f, "GeneratorId"), 512);
        length(p, "Title", text(f, "Title"), 256);
        length(p, "Description", text(f, "Description"), 1024);
        String account = text(f, "AwsAccountId");
        if (!account.matches("\\d{12}")) p.add("AwsAccountId must be 12 digits");
        var arn = PRODUCT_ARN.matcher(text(f, "ProductArn"));
        if (!arn.matches() || !arn.group(2).equals(account) || !arn.group(3).equals(account)) {
            p.add("ProductArn " + text(f, "ProductArn") + " is not this account's default product");
        }
        JsonArray types = f.getAsJsonArray("Types");
        if (types.isEmpty() || types.size() > 50) p.add("Types must have 1 to 50 items");
        for (JsonElement t : types) {
            String[] parts = t.getAsString().split("/");
            if (parts.length < 1 || parts.length > 3 || !NAMESPACES.contains(parts[0])) p.add("Types value " + t + " is not namespace/category/classifier");
        }
        for (String ts : List.of("CreatedAt", "UpdatedAt")) {
            if (!TIMESTAMP.matcher(text(f, ts)).matches()) p.add(ts + " " + text(f, ts) + " is not an accepted timestamp");
        }
        if (p.stream().noneMatch(x -> x.contains("timestamp"))
                && OffsetDateTime.parse(text(f, "UpdatedAt")).isBefore(OffsetDateTime.parse(text(f, "CreatedAt")))) {
            p.add("UpdatedAt is before CreatedAt");
        }
        JsonObject severity = f.getAsJsonObject("Severity");
        if (!severity.has("Label") || !SEVERITY_LABELS.contains(severity.get("Label").getAsString())) p.add("Severity.Label missing or unknown");
        JsonArray resources = f.getAsJsonArray("Resources");
        if (resources.isEmpty() || resources.size() > 32) p.add("Resources must have 1 to 32 items");
        for (JsonElement e : resources) {
            JsonObject r = e.getAsJsonObject();
            if (!r.has("Type") || !NOT_BLANK.matcher(r.get("Type").getAsString()).matches()) p.add("Resources[].Type is required");
            if (!r.has("Id") || !NOT_BLANK.matcher(r.get("Id").getAsString()).matches()) p.add("Resources[].Id is required");
            if (r.has("Partition") && !PARTITIONS.contains(r.get("Partition").getAsString())) p.add("Resources[].Partition " + r.get("Partition") + " is unknown");
        }
        if (f.has("Compliance")) {
            JsonObject c = f.getAsJsonObject("Compliance");
            if (c.has("Status") && !COMPLIANCE_STATUSES.contains(c.get("Status").getAsString())) p.add("Compliance.Status is unknown");
            if (c.has("RelatedRequirements") && c.getAsJsonArray("RelatedRequirements").size() > 32) p.add("Compliance.RelatedRequirements has more than 32");
            if (c.has("StatusReasons")) {
                for (JsonElement r : c.getAsJsonArray("StatusReasons")) {
                    if (!r.getAsJsonObject().has("ReasonCode")) p.add("Compliance.StatusReasons[].ReasonCode is required");
                }
            }
        }
        if (f.has("Workflow") && !WORKFLOW_STATUSES.contains(f.getAsJsonObject("Workflow").get("Status").getAsString())) p.add("Workflow.Status is unknown");
        if (f.has("RecordState") && !RECORD_STATES.contains(text(f, "RecordState"))) p.add("RecordState is unknown");
        if (f.has("ProductFields")) {
            JsonObject pf = f.getAsJsonObject("ProductFields");
            if (pf.size() > 50) p.add("ProductFields has more than 50 pairs");
            for (Map.Entry<String, JsonElement> e : pf.entrySet()) {
                if (e.getKey().length() > 128) p.add("ProductFields key " + e.getKey() + " is longer than 128");
                if (e.getValue().getAsString().length() > 2048) p.add("ProductFields value of " + e.getKey() + " is longer than 2048");
            }
        }
        if (f.has("Remediation")) {
            String text = f.getAsJsonObject("Remediation").getAsJsonObject("Recommendation").get("Text").getAsString();
            if (text.length() > 512) p.add("Remediation.Recommendation.Text is longer than 512");
        }
        if (f.toString().getBytes(StandardCharsets.UTF_8).length > MAX_FINDING_BYTES) p.add("finding is larger than 240 KB");
        return p;
    }

    private static String text(JsonObject f, String name) { return f.get(name).getAsString(); }

    private static void length(List<String> p, String name, String value, int max) {
        if (value.isEmpty() || value.length() > max || !NOT_BLANK.matcher(value).matches()) p.add(name + " must be 1 to " + max + " characters, not blank");
    }
}
