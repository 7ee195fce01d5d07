package org.msb.rules.internetfacingwaf;

import org.msb.error.FactUnavailableException;
import org.msb.fact.InfFacts;
import org.msb.fact.LoadBalancerWebAcls;
import org.msb.fact.ShieldProtections;
import org.msb.item.ConfigurationItem;
import org.msb.model.edge.ApiStage;
import org.msb.model.edge.Distribution;
import org.msb.model.edge.LoadBalancer;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * INF-4: every internet-facing application load balancer, public API Gateway stage and CloudFront distribution is
 * protected by an AWS WAF web ACL (one of {@code wafWebAclIds} when given) and, when {@code requireShieldAdvanced},
 * by Shield Advanced. Internal load balancers and private APIs are NOT_APPLICABLE (the managed rules flag them
 * too); network and gateway load balancers cannot carry a web ACL and are NOT_APPLICABLE with that said.
 * <p>
 * The web ACL comes from the distribution's {@code webACLId}, the stage's {@code webAclArn}, and for load balancers
 * from the WAF API (their items do not hold it). Shield Advanced protects load balancers and distributions; API
 * stages are not Shield Advanced resources, so the Shield check does not apply to them.
 * <pre>
 * Scenario 1: Given an internet-facing ALB with a web ACL                           Then COMPLIANT naming the ACL
 * Scenario 2: Given an internet-facing ALB (or public stage, or distribution) without  Then NON_COMPLIANT
 * Scenario 3: Given an internal ALB, a private API stage or a network load balancer   Then NOT_APPLICABLE
 * Scenario 4: Given wafWebAclIds and a different web ACL                             Then NON_COMPLIANT naming both
 * Scenario 5: Given requireShieldAdvanced and an unprotected distribution            Then NON_COMPLIANT
 * Scenario 6: Given a valid (or expired) exception                                  Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 7: Given requireShieldAdvanced=yes                                        Then the invocation fails naming parameter and value
 * </pre>
 */
public final class InternetFacingWafRule implements Rule {
    static final String REQUIRE_SHIELD = "requireShieldAdvanced";
    static final String ALLOWED_ACLS = "wafWebAclIds";

    static final RuleSpec SPEC = RuleSpec.builder("internet-facing-waf", "INF-4")
            .title("Internet-facing applications are protected by AWS WAF")
            .baseline("Internet facing applications are protected by WAF and Shield")
            .description("Every internet-facing application load balancer, public API Gateway stage and CloudFront distribution has "
                    + "an AWS WAF web ACL, and Shield Advanced protection when required.")
            .severity(Severity.HIGH)
            .onChange(LoadBalancer.RESOURCE_TYPE, ApiStage.RESOURCE_TYPE, Distribution.RESOURCE_TYPE)
            // periodic too: a load balancer's web ACL is read from WAF and changes without the load balancer changing
            .periodic().cleanUpStale()
            .readsItems(ApiStage.REST_API_TYPE)
            .reads(InfFacts.LOAD_BALANCER_WEB_ACLS, InfFacts.SHIELD_PROTECTIONS)
            .param(ParameterSpec.csv(ALLOWED_ACLS, "", "Web ACL ARNs (WAFv2) or ids the resources must use; empty = any web ACL")
                    .matching("[A-Za-z0-9:/_.-]{1,2048}", "web ACL ARNs or ids"))
            .param(ParameterSpec.bool(REQUIRE_SHIELD, false, "true: internet-facing load balancers and distributions also need Shield Advanced protection"))
            .remediation("Associate an AWS WAF web ACL (with the AWS managed rule groups as a baseline) with the load balancer, API "
                    + "stage or distribution; with Shield Advanced, add a protection for the resource.")
            .managedRule("ALB_WAF_ENABLED", "API_GW_ASSOCIATED_WITH_WAF", "CLOUDFRONT_ASSOCIATED_WITH_WAF", "SHIELD_ADVANCED_ENABLED_AUTORENEW")
            .securityHub("APIGateway.4", "CloudFront.6")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<String> allowed = in.params().list(ALLOWED_ACLS);
        boolean shield = in.params().boolValue(REQUIRE_SHIELD);
        List<Evaluation> out = new ArrayList<>();
        LoadBalancerWebAcls acls = null;
        for (ConfigurationItem item : in.subjects(LoadBalancer.RESOURCE_TYPE)) {
            LoadBalancer lb = LoadBalancer.from(item);
            if (!lb.isInternetFacing()) {
                out.add(in.notApplicable(item, "Internal " + lb.describe() + ": not reachable from the internet."));
                continue;
            }
            if (!lb.isApplication()) {
                out.add(in.notApplicable(item, "Internet-facing " + lb.describe() + ": AWS WAF attaches to application load balancers, "
                        + "API stages and distributions only; front it with CloudFront or an ALB."));
                continue;
            }
            if (acls == null) acls = in.fact(InfFacts.LOAD_BALANCER_WEB_ACLS);
            LoadBalancerWebAcls.Association a = acls.of(lb.arn()).orElseThrow(() -> new FactUnavailableException(
                    InfFacts.LOAD_BALANCER_WEB_ACLS.name(), "it does not list load balancer " + lb.arn() + " (created after it was read?)"));
            out.add(verdict(in, item, "Internet-facing " + lb.describe(), a.webAclArn(), allowed, shield ? lb.arn() : null));
        }
        for (ConfigurationItem item : in.subjects(ApiStage.RESOURCE_TYPE)) {
            ApiStage stage = ApiStage.from(item, in.items(ApiStage.REST_API_TYPE));
            if (!stage.isPublic()) {
                out.add(in.notApplicable(item, "Stage " + stage.stageName() + " of private API " + stage.restApiId() + ": reachable only through VPC endpoints."));
                continue;
            }
            String what = "Public API stage " + stage.restApiId() + "/" + stage.stageName()
                    + (stage.apiRecorded() ? " (" + String.join(", ", stage.endpointTypes()) + ")" : " (API not recorded, taken as public)");
            out.add(verdict(in, item, what, stage.webAclArn(), allowed, null));
        }
        for (ConfigurationItem item : in.subjects(Distribution.RESOURCE_TYPE)) {
            Distribution d = Distribution.from(item);
            out.add(verdict(in, item, "Distribution " + d.id() + " (" + d.domainName() + ")", d.webAclId(), allowed, shield ? d.arn() : null));
        }
        return out;
    }

    /** @param shieldArn the resource to look up in Shield Advanced, or null when Shield is not required or does not apply */
    private static Evaluation verdict(RuleInput in, ConfigurationItem item, String what, String webAcl, List<String> allowed, String shieldArn) {
        if (webAcl == null) return in.nonCompliant(item, what + " has no AWS WAF web ACL; expected one" + allowedText(allowed) + ".");
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> sameAcl(a, webAcl))) {
            return in.nonCompliant(item, what + " uses web ACL " + webAcl + ", not one of " + ALLOWED_ACLS + allowedText(allowed) + ".");
        }
        if (shieldArn != null) {
            ShieldProtections p = in.fact(InfFacts.SHIELD_PROTECTIONS);
            if (!p.subscribed()) return in.nonCompliant(item, what + " has web ACL " + webAcl + " but the account has no Shield Advanced subscription; expected one (" + REQUIRE_SHIELD + ").");
            if (!p.protects(shieldArn)) return in.nonCompliant(item, what + " has web ACL " + webAcl + " but no Shield Advanced protection; expected one (" + REQUIRE_SHIELD + ").");
            return in.compliant(item, what + " has web ACL " + webAcl + " and Shield Advanced protection.");
        }
        return in.compliant(item, what + " has web ACL " + webAcl + ".");
    }

    /** An allowed entry names the web ACL by ARN, or by id (the ARN's last segment, or a WAF Classic id). */
    static boolean sameAcl(String allowed, String webAcl) {
        return allowed.equals(webAcl) || webAcl.endsWith("/" + allowed);
    }

    private static String allowedText(List<String> allowed) { return allowed.isEmpty() ? "" : " (" + String.join(", ", allowed) + ")"; }
}
