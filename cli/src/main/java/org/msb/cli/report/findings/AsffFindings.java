package org.msb.cli.report.findings;

import org.msb.cli.report.findings.ComplianceCheck.Outcome;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.rule.RuleSpec;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.Compliance;
import software.amazon.awssdk.services.securityhub.model.ComplianceStatus;
import software.amazon.awssdk.services.securityhub.model.Partition;
import software.amazon.awssdk.services.securityhub.model.Recommendation;
import software.amazon.awssdk.services.securityhub.model.RecordState;
import software.amazon.awssdk.services.securityhub.model.Remediation;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.Severity;
import software.amazon.awssdk.services.securityhub.model.SeverityLabel;
import software.amazon.awssdk.services.securityhub.model.StatusReason;
import software.amazon.awssdk.services.securityhub.model.Workflow;
import software.amazon.awssdk.services.securityhub.model.WorkflowStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scan results as AWS Security Finding Format findings for {@code securityhub:BatchImportFindings}, built with
 * the SDK's model so every enum and member is one the API knows. Limits are those of the Security Hub API
 * Reference (AwsSecurityFinding, Resource, ProductFields): Id and GeneratorId 512, Title 256, Description 1024,
 * Recommendation.Text 512, ProductFields 50 pairs with keys of 128 and values of 2048 characters,
 * RelatedRequirements 32, Resources 32 (one here).
 *
 * <p>Compliance.Status: COMPLIANT is PASSED; NON_COMPLIANT FAILED; NOT_APPLICABLE NOT_AVAILABLE (Security Hub's
 * own meaning for a Config NOT_APPLICABLE, archived); INSUFFICIENT_DATA WARNING ("some information is
 * missing"); a rule error NOT_AVAILABLE ("check could not be performed ... API error"). Compliant by an approved
 * exception is PASSED, as Config has it, never silently: StatusReasons (ASFF's "reasons behind the value of
 * Status") names the exception, approver and end date, Workflow.Status is SUPPRESSED (ASFF: reviewed, no action
 * needed) and ProductFields carry msb/ExceptionId. WARNING is not used for it: ASFF keeps WARNING for checks
 * missing information.
 */
public final class AsffFindings {
    public static final String SCHEMA_VERSION = "2018-10-08";
    public static final String TYPE = "Software and Configuration Checks/Industry and Regulatory Standards/AWS Minimum Security Baseline";
    static final String PRODUCT_NAME = "AWS Minimum Security Baseline rules (msb)";
    static final String COMPANY_NAME = "msb";

    static final int MAX_ID = 512, MAX_TITLE = 256, MAX_DESCRIPTION = 1024, MAX_RECOMMENDATION = 512;
    static final int MAX_FIELD_VALUE = 2048, MAX_REQUIREMENTS = 32;

    private AsffFindings() {}

    /** One finding per result and per rule error, in scan order. */
    public static List<AwsSecurityFinding> of(List<ScanResult> scans) {
        return ComplianceCheck.of(scans).stream().map(AsffFindings::finding).toList();
    }

    /** The custom-integration product ARN Security Hub gives an account's own findings (BatchImportFindings). */
    public static String productArn(String partition, String region, String accountId) {
        return "arn:" + partition + ":securityhub:" + region + ":" + accountId + ":product/" + accountId + "/default";
    }

    static AwsSecurityFinding finding(ComplianceCheck c) {
        RuleSpec spec = c.spec();
        String description = c.statusReason() + (c.annotation() == null ? "" : " " + c.annotation());
        return AwsSecurityFinding.builder()
                .schemaVersion(SCHEMA_VERSION)
                .id(c.findingId(MAX_ID))
                .productArn(productArn(c.partition(), c.region(), c.accountId()))
                .productName(PRODUCT_NAME)
                .companyName(COMPANY_NAME)
                .generatorId(FindingText.limit("msb/" + spec.id(), MAX_ID))
                .awsAccountId(c.accountId())
                .region(c.region())
                .types(TYPE)
                .createdAt(c.createdAt().toString())
                .updatedAt(c.updatedAt().toString())
                .severity(Severity.builder().label(severity(c)).original(spec.severity().name()).build())
                .title(FindingText.limit(spec.controlId() + " " + spec.title(), MAX_TITLE))
                .description(FindingText.limit(description, MAX_DESCRIPTION))
                .remediation(Remediation.builder().recommendation(Recommendation.builder()
                        .text(FindingText.limit(spec.remediation(), MAX_RECOMMENDATION)).build()).build())
                .productFields(productFields(c))
                .resources(Resource.builder().type(AsffResourceTypes.of(c.resourceType())).id(c.resourceName())
                        .partition(Partition.fromValue(c.partition())).region(c.region()).build())
                .compliance(compliance(c))
                .workflow(Workflow.builder().status(workflow(c.outcome())).build())
                .recordState(c.outcome() == Outcome.NOT_APPLICABLE ? RecordState.ARCHIVED : RecordState.ACTIVE)
                .build();
    }

    /** A passed or not-applicable check is informational (as Security Hub rates passed controls); others keep the rule's severity. */
    static SeverityLabel severity(ComplianceCheck c) {
        return switch (c.outcome()) {
            case PASSED, PASSED_BY_EXCEPTION, NOT_APPLICABLE -> SeverityLabel.INFORMATIONAL;
            case FAILED, INSUFFICIENT_DATA, ERROR -> SeverityLabel.fromValue(c.spec().severity().name());
        };
    }

    static ComplianceStatus status(Outcome o) {
        return switch (o) {
            case PASSED, PASSED_BY_EXCEPTION -> ComplianceStatus.PASSED;
            case FAILED -> ComplianceStatus.FAILED;
            case INSUFFICIENT_DATA -> ComplianceStatus.WARNING;
            case NOT_APPLICABLE, ERROR -> ComplianceStatus.NOT_AVAILABLE;
        };
    }

    private static WorkflowStatus workflow(Outcome o) {
        return switch (o) {
            case PASSED, NOT_APPLICABLE -> WorkflowStatus.RESOLVED;
            case PASSED_BY_EXCEPTION -> WorkflowStatus.SUPPRESSED;
            case FAILED, INSUFFICIENT_DATA, ERROR -> WorkflowStatus.NEW;
        };
    }

    private static Compliance compliance(ComplianceCheck c) {
        List<String> requirements = new ArrayList<>();
        requirements.add("MSB " + c.spec().controlId());
        requirements.addAll(c.spec().cisControls());
        Compliance.Builder b = Compliance.builder().status(status(c.outcome()))
                .relatedRequirements(requirements.subList(0, Math.min(MAX_REQUIREMENTS, requirements.size())));
        String code = reasonCode(c);
        if (code != null) b.statusReasons(StatusReason.builder().reasonCode(code).description(FindingText.limit(c.statusReason(), MAX_DESCRIPTION)).build());
        return b.build();
    }

    /** Why the status is what it is, where a plain pass or fail would not say it. */
    private static String reasonCode(ComplianceCheck c) {
        return switch (c.outcome()) {
            case PASSED -> null;
            case PASSED_BY_EXCEPTION -> "MSB_EXCEPTION_APPROVED";
            case FAILED -> c.exception() == null ? null : "MSB_EXCEPTION_" + c.exception().status().name();
            case NOT_APPLICABLE -> "CONFIG_RETURNS_NOT_APPLICABLE";
            case INSUFFICIENT_DATA -> "MSB_INSUFFICIENT_DATA";
            case ERROR -> "MSB_RULE_ERROR";
        };
    }

    private static Map<String, String> productFields(ComplianceCheck c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("msb/RuleId", c.spec().id());
        f.put("msb/ControlId", c.spec().controlId());
        f.put("msb/Section", c.spec().section().title());
        f.put("msb/Outcome", c.outcome().name());
        f.put("msb/ConfigResourceType", c.resourceType());
        f.put("msb/ResourceId", FindingText.limit(c.resourceId(), MAX_FIELD_VALUE));
        if (c.source() != null) f.put("msb/Source", FindingText.limit(c.source(), MAX_FIELD_VALUE));
        if (!c.spec().securityHubControls().isEmpty()) f.put("msb/SecurityHubControls", String.join(",", c.spec().securityHubControls()));
        if (c.annotation() != null) f.put("msb/Annotation", FindingText.limit(c.annotation(), MAX_FIELD_VALUE));
        AppliedException x = c.exception();
        if (x != null) {
            f.put("msb/ExceptionId", FindingText.limit(x.id(), MAX_FIELD_VALUE));
            f.put("msb/ExceptionStatus", x.status().name());
            if (x.approver() != null) f.put("msb/ExceptionApprover", FindingText.limit(x.approver(), MAX_FIELD_VALUE));
            if (x.validUntil() != null) f.put("msb/ExceptionValidUntil", x.validUntil().toString());
            if (x.source() != null) f.put("msb/ExceptionSource", FindingText.limit(x.source(), MAX_FIELD_VALUE));
        }
        return f;
    }
}
