package org.msb.rules.encryptionintransit;

import org.msb.item.ConfigurationItem;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.s3.S3PublicAccess;
import org.msb.model.s3.TlsOnlyPolicy;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DP-2: data in transit is encrypted, with ACM certificates. Load balancer listeners (ELBv2 and classic),
 * S3 bucket policies refusing non-TLS requests (S3_BUCKET_SSL_REQUESTS_ONLY, S3.5, read with the policy model),
 * CloudFront distributions (viewer and origin protocols, certificate, minimum protocol) and API Gateway stages
 * (client certificate for backend TLS authentication, APIGateway.2).
 * <pre>
 * Scenario 1: Given an HTTPS listener with a TLS 1.2+ policy and an ACM certificate   Then COMPLIANT
 * Scenario 2: Given an HTTPS listener with ELBSecurityPolicy-2016-08 or an IAM cert    Then NON_COMPLIANT
 * Scenario 3: Given an HTTP listener that redirects to HTTPS / that forwards            Then COMPLIANT / NON_COMPLIANT
 * Scenario 4: Given a TCP pass-through listener                                        Then NOT_APPLICABLE
 * Scenario 5: Given a bucket whose policy denies aws:SecureTransport=false / none        Then COMPLIANT / NON_COMPLIANT
 * Scenario 6: Given a distribution allowing HTTP viewers, the default certificate, TLSv1_2016, or http-only origins Then NON_COMPLIANT
 * Scenario 7: Given a classic load balancer with an HTTP listener                      Then NON_COMPLIANT
 * Scenario 8: Given an API stage with / without a client certificate                   Then COMPLIANT / NON_COMPLIANT
 * </pre>
 */
public final class EncryptionInTransitRule implements Rule {
    static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
    static final String CLASSIC = "AWS::ElasticLoadBalancing::LoadBalancer";
    static final String BUCKET = "AWS::S3::Bucket";
    static final String DISTRIBUTION = "AWS::CloudFront::Distribution";
    static final String STAGE = "AWS::ApiGateway::Stage";
    static final String ALLOWED_POLICIES = "allowedTlsPolicies";
    static final String MIN_CLOUDFRONT = "minimumCloudFrontProtocol";

    static final RuleSpec SPEC = RuleSpec.builder("encryption-in-transit", "DP-2")
            .title("Data in transit is encrypted with TLS and ACM certificates")
            .baseline("Data-in-transit is encrypted (TLS + ACM)")
            .description("Load balancers, CloudFront, API stages and S3 bucket policies require TLS with an allowed policy and ACM "
                    + "certificates; HTTP only redirects.")
            .severity(Severity.HIGH)
            .onChange(LISTENER, CLASSIC, BUCKET, DISTRIBUTION, STAGE)
            .param(ParameterSpec.csv(ALLOWED_POLICIES, TlsPolicies.DEFAULT, "Allowed load balancer security policies: names or "
                    + "patterns with * (comma-separated); the default is every TLS 1.2+ policy")
                    .matching("[A-Za-z0-9*_.-]{1,128}", "policy names or * patterns"))
            .param(ParameterSpec.choice(MIN_CLOUDFRONT, "TLSv1.2_2021", CloudFrontTls.PROTOCOLS, "Lowest CloudFront viewer security "
                    + "policy accepted"))
            .remediation("Listeners: HTTPS/TLS with an allowed policy (e.g. ELBSecurityPolicy-TLS13-1-2-2021-06) and an ACM "
                    + "certificate; HTTP listeners redirect to HTTPS. Buckets: add a Deny for aws:SecureTransport=false on the bucket "
                    + "and its objects. CloudFront: redirect-to-https, a custom ACM certificate with TLSv1.2_2021, https-only origins. "
                    + "API stages: generate a client certificate and attach it to the stage.")
            .managedRule("ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", "ELB_TLS_HTTPS_LISTENERS_ONLY", "ELB_ACM_CERTIFICATE_REQUIRED",
                    "ELBV2_ACM_CERTIFICATE_REQUIRED", "S3_BUCKET_SSL_REQUESTS_ONLY", "CLOUDFRONT_VIEWER_POLICY_HTTPS",
                    "CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED", "CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS", "API_GW_SSL_ENABLED")
            .securityHub("ELB.1", "ELB.2", "ELB.3", "ELB.8", "S3.5", "CloudFront.3", "CloudFront.7", "CloudFront.9", "CloudFront.10",
                    "APIGateway.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        TlsPolicies allowed = new TlsPolicies(in.params().list(ALLOWED_POLICIES));
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem l : in.subjects(LISTENER)) out.add(ListenerTls.listener(in, l, allowed));
        for (ConfigurationItem lb : in.subjects(CLASSIC)) out.add(ListenerTls.classic(in, lb, allowed));
        for (ConfigurationItem b : in.subjects(BUCKET)) out.add(bucket(in, b));
        String minimum = in.params().string(MIN_CLOUDFRONT);
        for (ConfigurationItem d : in.subjects(DISTRIBUTION)) out.add(CloudFrontTls.evaluate(in, d, minimum));
        for (ConfigurationItem s : in.subjects(STAGE)) {
            String cert = s.property("clientCertificateId").text("");
            out.add(cert.isEmpty()
                    ? in.nonCompliant(s, "Stage " + s.displayName() + " calls its backend without a client certificate, so the "
                    + "backend cannot verify TLS requests come from API Gateway; expected one.")
                    : in.compliant(s, "Stage " + s.displayName() + " authenticates to its backend with client certificate " + cert + "."));
        }
        return out;
    }

    private static Evaluation bucket(RuleInput in, ConfigurationItem b) {
        String name = b.property("name").text(b.resourceId());
        PolicyDocument policy = S3PublicAccess.policy(b);
        Optional<TlsOnlyPolicy> tls = policy == null ? Optional.empty() : TlsOnlyPolicy.of(policy, name);
        if (tls.isEmpty()) {
            return in.nonCompliant(b, "The bucket policy " + (policy == null ? "is missing, so nothing" : "has no statement that")
                    + " refuses requests without TLS; expected a Deny of s3:* on the bucket and its objects when aws:SecureTransport is false.");
        }
        TlsOnlyPolicy t = tls.get();
        return in.compliant(b, "Policy statement " + t.statement() + " refuses requests without TLS"
                + (t.minimumTls() == null ? "." : " and below TLS " + t.minimumTls() + "."));
    }
}
