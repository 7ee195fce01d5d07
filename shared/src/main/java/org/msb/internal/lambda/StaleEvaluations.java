package org.msb.internal.lambda;

import org.msb.internal.live.AwsCall;
import org.msb.rule.Evaluation;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ComplianceType;
import software.amazon.awssdk.services.config.model.EvaluationResult;
import software.amazon.awssdk.services.config.model.EvaluationResultQualifier;
import software.amazon.awssdk.services.config.model.GetComplianceDetailsByConfigRuleRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stale-evaluation clean-up for periodic rules whose spec asks for it: every resource Config still holds
 * as COMPLIANT or NON_COMPLIANT for this rule that this run did not report gets NOT_APPLICABLE, so a
 * resource that disappeared does not stay NON_COMPLIANT forever. Compared on (resource type, resource id),
 * not on id alone as rdklib does.
 */
public final class StaleEvaluations {
    static final String ANNOTATION = "Not reported by the latest periodic evaluation; the resource no longer exists or is no longer covered.";

    private StaleEvaluations() {}

    public static List<Evaluation> find(ConfigClient config, String configRuleName, List<Evaluation> current, Instant notificationTime) {
        Set<String> reported = new HashSet<>();
        for (Evaluation e : current) reported.add(key(e.resourceType(), e.resourceId()));
        GetComplianceDetailsByConfigRuleRequest request = GetComplianceDetailsByConfigRuleRequest.builder()
                .configRuleName(configRuleName)
                .complianceTypes(ComplianceType.COMPLIANT, ComplianceType.NON_COMPLIANT)
                .limit(100)
                .build();
        List<Evaluation> stale = new ArrayList<>();
        AwsCall.read("Config", "GetComplianceDetailsByConfigRule", "config:GetComplianceDetailsByConfigRule", () -> {
            for (EvaluationResult r : config.getComplianceDetailsByConfigRulePaginator(request).evaluationResults()) {
                if (r.evaluationResultIdentifier() == null) continue;
                EvaluationResultQualifier q = r.evaluationResultIdentifier().evaluationResultQualifier();
                if (q == null || q.resourceType() == null || q.resourceId() == null) continue;
                if (reported.add(key(q.resourceType(), q.resourceId()))) {
                    stale.add(new Evaluation(q.resourceType(), q.resourceId(),
                            org.msb.rule.Compliance.NOT_APPLICABLE, ANNOTATION, notificationTime));
                }
            }
            return null;
        });
        return stale;
    }

    private static String key(String type, String id) { return type + "|" + id; }
}
