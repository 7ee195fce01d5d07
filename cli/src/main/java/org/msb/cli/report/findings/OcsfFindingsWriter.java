package org.msb.cli.report.findings;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.cli.report.findings.ComplianceCheck.Outcome;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes scan results as a JSON array of OCSF Compliance Findings (schema 1.3.0: class_uid 2003 in category 2
 * Findings; the {@code resources} array replaced {@code resource} in 1.3.0), with the cloud profile. Field names
 * and enums follow the OCSF schema (github.com/ocsf/ocsf-schema, schema.ocsf.io): base_event (activity_id,
 * category_uid, class_uid, type_uid = class_uid * 100 + activity_id, severity_id, time in epoch milliseconds,
 * metadata.product/version), finding (finding_info.uid/title/desc, status_id 1 New / 3 Suppressed / 4 Resolved),
 * compliance_finding (compliance, resources, remediation), objects/compliance (control, standards,
 * status_id 1 Pass / 2 Warning / 3 Fail / 99 Other), resource_details (uid, type, region, cloud_partition).
 *
 * <p>One finding per result and per rule error, as {@link AsffFindingsWriter}; the same stable id. Compliant
 * by an approved exception is compliance Pass with finding status Suppressed ("reviewed ... and is now
 * suppressed"), the exception named in compliance.status_detail and {@code unmapped}.
 */
public final class OcsfFindingsWriter {
    public static final String SCHEMA_VERSION = "1.3.0";
    public static final int CLASS_UID = 2003, CATEGORY_UID = 2, ACTIVITY_CREATE = 1;
    public static final String STANDARD = "AWS Minimum Security Baseline";

    public void write(List<ScanResult> scans, Writer out) throws IOException {
        JsonArray array = new JsonArray();
        for (ComplianceCheck c : ComplianceCheck.of(scans)) array.add(finding(c));
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array, out);
        out.write('\n');
        out.flush();
    }

    /** All findings as JSON objects, for callers that embed them. */
    public static List<JsonObject> findings(List<ScanResult> scans) {
        return ComplianceCheck.of(scans).stream().map(OcsfFindingsWriter::finding).toList();
    }

    static JsonObject finding(ComplianceCheck c) {
        RuleSpec spec = c.spec();
        JsonObject f = new JsonObject();
        f.addProperty("activity_id", ACTIVITY_CREATE);
        f.addProperty("activity_name", "Create");
        f.addProperty("category_uid", CATEGORY_UID);
        f.addProperty("category_name", "Findings");
        f.addProperty("class_uid", CLASS_UID);
        f.addProperty("class_name", "Compliance Finding");
        f.addProperty("type_uid", CLASS_UID * 100 + ACTIVITY_CREATE);
        f.addProperty("type_name", "Compliance Finding: Create");
        int severity = severityId(c);
        f.addProperty("severity_id", severity);
        f.addProperty("severity", SEVERITY_CAPTIONS[severity]);
        f.addProperty("time", c.updatedAt().toEpochMilli());
        f.addProperty("status_id", statusId(c.outcome()));
        f.addProperty("status", statusCaption(c.outcome()));
        if (c.annotation() != null) f.addProperty("message", c.annotation());

        JsonObject metadata = new JsonObject();
        metadata.addProperty("version", SCHEMA_VERSION);
        JsonObject product = new JsonObject();
        product.addProperty("name", AsffFindings.PRODUCT_NAME);
        product.addProperty("vendor_name", AsffFindings.COMPANY_NAME);
        metadata.add("product", product);
        JsonArray profiles = new JsonArray();
        profiles.add("cloud");
        metadata.add("profiles", profiles);
        f.add("metadata", metadata);

        JsonObject cloud = new JsonObject();
        cloud.addProperty("provider", "AWS");
        cloud.addProperty("region", c.region());
        JsonObject account = new JsonObject();
        account.addProperty("uid", c.accountId());
        account.addProperty("type", "AWS Account");
        account.addProperty("type_id", 10);
        cloud.add("account", account);
        f.add("cloud", cloud);

        JsonObject info = new JsonObject();
        info.addProperty("uid", c.findingId(Integer.MAX_VALUE));
        info.addProperty("title", spec.controlId() + " " + spec.title());
        info.addProperty("desc", c.statusReason() + (c.annotation() == null ? "" : " " + c.annotation()));
        info.addProperty("created_time", c.createdAt().toEpochMilli());
        info.addProperty("modified_time", c.updatedAt().toEpochMilli());
        JsonArray types = new JsonArray();
        types.add(AsffFindings.TYPE);
        info.add("types", types);
        f.add("finding_info", info);

        JsonObject compliance = new JsonObject();
        compliance.addProperty("control", spec.controlId());
        JsonArray standards = new JsonArray();
        standards.add(STANDARD);
        compliance.add("standards", standards);
        JsonArray requirements = new JsonArray();
        spec.cisControls().forEach(requirements::add);
        if (!requirements.isEmpty()) compliance.add("requirements", requirements);
        compliance.addProperty("status_id", complianceStatusId(c.outcome()));
        compliance.addProperty("status", complianceStatusCaption(c.outcome()));
        compliance.addProperty("status_code", c.outcome().name());
        compliance.addProperty("status_detail", c.statusReason());
        f.add("compliance", compliance);

        JsonObject resource = new JsonObject();
        resource.addProperty("uid", c.resourceName());
        resource.addProperty("type", c.resourceType());
        resource.addProperty("name", c.resourceId());
        resource.addProperty("region", c.region());
        resource.addProperty("cloud_partition", c.partition());
        JsonArray resources = new JsonArray();
        resources.add(resource);
        f.add("resources", resources);

        JsonObject remediation = new JsonObject();
        remediation.addProperty("desc", spec.remediation());
        f.add("remediation", remediation);

        JsonObject unmapped = new JsonObject();
        unmapped.addProperty("rule_id", spec.id());
        unmapped.addProperty("config_compliance_outcome", c.outcome().name());
        AppliedException x = c.exception();
        if (x != null) {
            unmapped.addProperty("exception_id", x.id());
            unmapped.addProperty("exception_status", x.status().name());
            if (x.approver() != null) unmapped.addProperty("exception_approver", x.approver());
            if (x.validUntil() != null) unmapped.addProperty("exception_valid_until", x.validUntil().toString());
        }
        f.add("unmapped", unmapped);
        return f;
    }

    // OCSF base_event severity_id: 0 Unknown, 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical
    private static final String[] SEVERITY_CAPTIONS = {"Unknown", "Informational", "Low", "Medium", "High", "Critical"};

    static int severityId(ComplianceCheck c) {
        if (AsffFindings.severity(c) == software.amazon.awssdk.services.securityhub.model.SeverityLabel.INFORMATIONAL) return 1;
        return switch (c.spec().severity()) {
            case INFORMATIONAL -> 1;
            case LOW -> 2;
            case MEDIUM -> 3;
            case HIGH -> 4;
            case CRITICAL -> 5;
        };
    }

    static int complianceStatusId(Outcome o) {
        return switch (o) {
            case PASSED, PASSED_BY_EXCEPTION -> 1;
            case INSUFFICIENT_DATA -> 2;
            case FAILED -> 3;
            case NOT_APPLICABLE, ERROR -> 99;
        };
    }

    private static String complianceStatusCaption(Outcome o) {
        return switch (o) {
            case PASSED, PASSED_BY_EXCEPTION -> "Pass";
            case INSUFFICIENT_DATA -> "Warning";
            case FAILED -> "Fail";
            case NOT_APPLICABLE -> "Not Applicable";
            case ERROR -> "Error";
        };
    }

    static int statusId(Outcome o) {
        return switch (o) {
            case PASSED, NOT_APPLICABLE -> 4;
            case PASSED_BY_EXCEPTION -> 3;
            case FAILED, INSUFFICIENT_DATA, ERROR -> 1;
        };
    }

    private static String statusCaption(Outcome o) {
        return switch (statusId(o)) {
            case 3 -> "Suppressed";
            case 4 -> "Resolved";
            default -> "New";
        };
    }
}
