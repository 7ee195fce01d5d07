package org.msb.rules.encryptionintransit;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Load balancer listeners: HTTPS/TLS with an allowed security policy and ACM certificates only (not IAM server
 * certificates); HTTP only to redirect to HTTPS (ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK, ELB.1); classic load
 * balancers with no plain HTTP/TCP listener (ELB.3), ACM certificates (ELB.2) and an allowed SSL negotiation
 * policy (ELB.8). Network and gateway listeners that pass TCP/UDP through are not applicable.
 */
final class ListenerTls {
    private static final Set<String> PASS_THROUGH = Set.of("TCP", "UDP", "TCP_UDP", "GENEVE");
    /** Classic ELB policy attributes that enable protocols older than TLS 1.2. */
    private static final List<String> OLD_PROTOCOLS = List.of("Protocol-SSLv2", "Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1");

    private ListenerTls() {}

    static Evaluation listener(RuleInput in, ConfigurationItem l, TlsPolicies allowed) {
        String protocol = l.property("Protocol").text("");
        String where = protocol + " listener on port " + l.property("Port").text("?");
        if (PASS_THROUGH.contains(protocol)) {
            return in.notApplicable(l, where + " passes traffic through; TLS is end to end or the application's.");
        }
        if (protocol.equals("HTTP")) {
            List<Node> actions = l.property("DefaultActions").list();
            boolean redirects = !actions.isEmpty() && actions.stream().allMatch(a -> "redirect".equals(a.get("Type").text())
                    && "HTTPS".equals(a.get("RedirectConfig").get("Protocol").text()));
            return redirects ? in.compliant(l, where + " only redirects to HTTPS.")
                    : in.nonCompliant(l, where + " serves plain HTTP; expected its default action to redirect to HTTPS.");
        }
        List<String> problems = new ArrayList<>();
        String policy = l.property("SslPolicy").text();
        if (!allowed.allows(policy)) problems.add("security policy " + policy + " is not allowed (allowed: " + allowed + ")");
        for (Node c : l.property("Certificates").list()) {
            String arn = c.get("CertificateArn").text("");
            if (!arn.contains(":acm:")) problems.add("certificate " + arn + " is not from ACM");
        }
        if (!problems.isEmpty()) return in.nonCompliant(l, where + ": " + String.join("; ", problems) + ".");
        return in.compliant(l, where + " uses " + policy + " with ACM certificates.");
    }

    static Evaluation classic(RuleInput in, ConfigurationItem lb, TlsPolicies allowed) {
        List<String> problems = new ArrayList<>();
        for (Node d : lb.property("listenerDescriptions").list()) {
            Node l = d.get("listener");
            String protocol = l.get("protocol").text("").toUpperCase(java.util.Locale.ROOT);
            String where = protocol + " port " + l.get("loadBalancerPort").text("?");
            if (protocol.equals("HTTP") || protocol.equals("TCP")) {
                problems.add(where + " is unencrypted");
                continue;
            }
            String cert = l.get("sslcertificateId").text("");
            if (!cert.contains(":acm:")) problems.add(where + " uses certificate " + cert + ", not from ACM");
            String weak = negotiationProblem(lb, d.get("policyNames"), allowed);
            if (weak != null) problems.add(where + " " + weak);
        }
        if (problems.isEmpty()) return in.compliant(lb, "Every listener of " + lb.displayName() + " uses TLS with an ACM certificate and an allowed policy.");
        return in.nonCompliant(lb, "Classic load balancer " + lb.displayName() + ": " + String.join("; ", problems) + ".");
    }

    /** Why the SSL negotiation policy of a listener is not acceptable; null when it is. */
    private static String negotiationProblem(ConfigurationItem lb, Node policyNames, TlsPolicies allowed) {
        for (Node p : lb.supplementary("LoadBalancerPolicies").list()) {
            if (!"SSLNegotiationPolicyType".equals(p.get("policyTypeName").text())) continue;
            String name = p.get("policyName").text();
            if (policyNames.list().stream().noneMatch(n -> n.text() != null && n.text().equals(name))) continue;
            String reference = null;
            List<String> old = new ArrayList<>();
            for (Node a : p.get("policyAttributeDescriptions").list()) {
                String attr = a.get("attributeName").text("");
                if (attr.equals("Reference-Security-Policy")) reference = a.get("attributeValue").text();
                if (OLD_PROTOCOLS.contains(attr) && "true".equalsIgnoreCase(a.get("attributeValue").text())) old.add(attr.substring(9));
            }
            if (reference != null) return allowed.allows(reference) ? null : "uses security policy " + reference + ", which is not allowed";
            return old.isEmpty() ? null : "enables " + String.join(", ", old);
        }
        return "has no SSL negotiation policy recorded";
    }
}
