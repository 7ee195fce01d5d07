package org.msb.rules.certificaterenewal;

import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DP-4: ACM certificates are renewed before they expire. Matches ACM_CERTIFICATE_EXPIRATION_CHECK
 * ({@code daysToExpiration}, change and periodic so that time passing is noticed) and exceeds it: imported
 * certificates, which ACM cannot renew, are flagged earlier ({@code importedDaysToExpiration}); an
 * Amazon-issued certificate in use that ACM will not renew (renewal ineligible) or whose managed renewal failed
 * is flagged whatever its date; expired certificates and weak keys (RSA-1024, Security Hub ACM.2) fail.
 * <pre>
 * Scenario 1: Given an issued certificate beyond its window                      Then COMPLIANT with days left and renewal
 * Scenario 2: Given an Amazon-issued certificate 10 days from expiry             Then NON_COMPLIANT (window 30)
 * Scenario 3: Given an imported certificate 45 days from expiry                  Then NON_COMPLIANT (window 60, no managed renewal)
 * Scenario 4: Given an in-use Amazon-issued certificate that is renewal-ineligible Then NON_COMPLIANT whatever its date
 * Scenario 5: Given a failed managed renewal                                     Then NON_COMPLIANT naming the reason
 * Scenario 6: Given an expired certificate                                       Then NON_COMPLIANT (delete it or replace it)
 * Scenario 7: Given an RSA-1024 key                                              Then NON_COMPLIANT
 * Scenario 8: Given a certificate still pending validation or failed             Then NOT_APPLICABLE (never issued)
 * Scenario 9: Given a deleted certificate                                        Then NOT_APPLICABLE (framework)
 * Scenario 10: Given exceptions / bad parameters                                 Then as the framework decides
 * </pre>
 */
public final class CertificateRenewalRule implements Rule {
    static final String TYPE = "AWS::ACM::Certificate";
    static final String DAYS = "daysToExpiration";
    static final String IMPORTED_DAYS = "importedDaysToExpiration";
    /** Statuses of certificates that were never issued: nothing to renew. */
    private static final Set<String> NEVER_ISSUED = Set.of("PENDING_VALIDATION", "FAILED", "VALIDATION_TIMED_OUT");
    private static final Set<String> WEAK_KEYS = Set.of("RSA-1024", "RSA_1024");

    static final RuleSpec SPEC = RuleSpec.builder("certificate-renewal", "DP-4")
            .title("ACM certificates are renewed before they expire")
            .baseline("Certificates are managed appropriately and renewed before expiry (Leverage ACM)")
            .description("No ACM certificate is expired or within the expiry window (earlier for imported ones); certificates in "
                    + "use renew automatically; no weak keys.")
            .severity(Severity.HIGH)
            .onChange(TYPE).periodic().cleanUpStale()
            .param(ParameterSpec.integer(DAYS, 30, 1, 365, "NON_COMPLIANT when fewer days than this remain before expiry "
                    + "(as the managed rule's daysToExpiration)"))
            .param(ParameterSpec.integer(IMPORTED_DAYS, 60, 1, 365, "The window for imported certificates, which ACM cannot "
                    + "renew: someone must import a new one in time"))
            .remediation("Amazon-issued: keep the certificate in use and its DNS validation records in place so ACM renews it; "
                    + "fix the validation named by the renewal status. Imported: obtain and re-import a renewed certificate "
                    + "(aws acm import-certificate --certificate-arn ...), or move to an ACM-issued one. Delete expired and unused "
                    + "certificates. Replace RSA-1024 keys with RSA-2048 or ECDSA.")
            .managedRule("ACM_CERTIFICATE_EXPIRATION_CHECK")
            .securityHub("ACM.1", "ACM.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem c : in.subjects(TYPE)) out.add(evaluate(in, c));
        return out;
    }

    private Evaluation evaluate(RuleInput in, ConfigurationItem c) {
        Node conf = c.configuration();
        String status = conf.get("status").text("");
        if (NEVER_ISSUED.contains(status)) {
            return in.notApplicable(c, "The certificate was never issued (status " + status + "); nothing to renew.");
        }
        boolean imported = "IMPORTED".equals(conf.get("type").text());
        List<String> inUse = conf.get("inUseBy").list().stream().map(Node::text).filter(s -> s != null && !s.isEmpty()).toList();
        Instant notAfter = ConfigurationItemParser.timestamp(conf.get("notAfter"), "certificate " + c.resourceId() + " notAfter");
        String use = inUse.isEmpty() ? "not in use" : "in use by " + inUse.size() + " resource" + (inUse.size() == 1 ? "" : "s");
        String name = conf.get("domainName").text(c.resourceId());

        if (notAfter == null) return in.nonCompliant(c, "Certificate " + name + " records no expiry date (notAfter); expected one.");
        long daysLeft = Duration.between(in.now(), notAfter).toDays();
        LocalDate expiry = notAfter.atZone(ZoneOffset.UTC).toLocalDate();
        if ("EXPIRED".equals(status) || !notAfter.isAfter(in.now())) {
            return in.nonCompliant(c, name + " expired on " + expiry + " (" + use + "); replace it"
                    + (inUse.isEmpty() ? " or delete it." : " now."));
        }
        if ("REVOKED".equals(status) || "INACTIVE".equals(status)) {
            return inUse.isEmpty() ? in.notApplicable(c, name + " is " + status.toLowerCase(Locale.ROOT) + " and not in use.")
                    : in.nonCompliant(c, name + " is " + status.toLowerCase(Locale.ROOT) + " but still " + use + "; replace it.");
        }
        List<String> problems = new ArrayList<>();
        int window = in.params().intValue(imported ? IMPORTED_DAYS : DAYS);
        if (daysLeft < window) {
            problems.add("expires on " + expiry + ", in " + daysLeft + " days (window " + window + " days"
                    + (imported ? " for imported certificates, which ACM cannot renew)" : ")"));
        }
        String renewal = conf.get("renewalSummary").get("renewalStatus").text();
        if ("FAILED".equals(renewal)) {
            problems.add("managed renewal failed (" + conf.get("renewalSummary").get("renewalStatusReason").text("no reason given") + ")");
        } else if (!imported && !inUse.isEmpty() && "INELIGIBLE".equals(conf.get("renewalEligibility").text())) {
            problems.add("is in use but ACM will not renew it (renewal ineligible)");
        }
        String key = conf.get("keyAlgorithm").text("");
        if (WEAK_KEYS.contains(key)) problems.add("uses a weak " + key + " key (expected RSA-2048 or stronger, or ECDSA)");
        if (!problems.isEmpty()) {
            return in.nonCompliant(c, (imported ? "Imported certificate " : "Certificate ") + name + " " + String.join("; ", problems) + ".");
        }
        String renews = imported ? "imported: re-import a renewed one before " + expiry.minusDays(window)
                : inUse.isEmpty() ? "ACM renews it only once it is in use" : "renews automatically";
        return in.compliant(c, name + " expires on " + expiry + " (" + daysLeft + " days left, " + use + ", " + renews + ").");
    }
}
