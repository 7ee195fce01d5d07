package org.msb.rules.encryptionintransit;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CloudFront: viewers on HTTPS in every cache behaviour (CloudFront.3), a custom certificate with a minimum
 * protocol at least {@code minimumCloudFrontProtocol} (the default *.cloudfront.net certificate allows TLSv1;
 * CloudFront.7), and origins reached over HTTPS without SSLv3 (CloudFront.9, CloudFront.10).
 */
final class CloudFrontTls {
    /** CloudFront's security policies, oldest first. */
    static final List<String> PROTOCOLS = List.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019",
            "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");
    private static final Set<String> HTTPS_VIEWERS = Set.of("https-only", "redirect-to-https");

    private CloudFrontTls() {}

    static Evaluation evaluate(RuleInput in, ConfigurationItem d, String minimum) {
        Node config = d.property("distributionConfig");
        List<String> problems = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        if (!HTTPS_VIEWERS.contains(config.get("defaultCacheBehavior").get("viewerProtocolPolicy").text(""))) plain.add("default");
        for (Node b : config.get("cacheBehaviors").get("items").list()) {
            if (!HTTPS_VIEWERS.contains(b.get("viewerProtocolPolicy").text(""))) plain.add(b.get("pathPattern").text("?"));
        }
        if (!plain.isEmpty()) problems.add("viewers may use HTTP in cache behaviour " + String.join(", ", plain));
        Node cert = config.get("viewerCertificate");
        if (cert.get("cloudFrontDefaultCertificate").isTrue()) {
            problems.add("uses the default *.cloudfront.net certificate, which accepts TLSv1");
        } else {
            String version = cert.get("minimumProtocolVersion").text("");
            if (PROTOCOLS.indexOf(version) < PROTOCOLS.indexOf(minimum)) problems.add("minimum viewer protocol " + version + " is below " + minimum);
        }
        for (Node o : config.get("origins").get("items").list()) {
            Node custom = o.get("customOriginConfig");
            if (custom.isMissing()) continue;
            String id = o.get("id").text("?");
            if ("http-only".equals(custom.get("originProtocolPolicy").text())) problems.add("origin " + id + " is reached over HTTP");
            if (custom.get("originSslProtocols").get("items").list().stream().anyMatch(p -> "SSLv3".equals(p.text()))) {
                problems.add("origin " + id + " allows SSLv3");
            }
        }
        if (problems.isEmpty()) return in.compliant(d, "Viewers and origins use HTTPS; minimum viewer protocol "
                + cert.get("minimumProtocolVersion").text() + ".");
        return in.nonCompliant(d, "Distribution " + d.resourceId() + ": " + String.join("; ", problems) + ".");
    }
}
