package org.msb.rules.accountcontacts;

import org.msb.error.InvalidParameterException;
import org.msb.fact.AlternateContacts;
import org.msb.fact.AmFacts;
import org.msb.register.Attestation;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AM-1: the BILLING, OPERATIONS and SECURITY alternate contacts are set with a name, an e-mail address and a
 * phone number, their e-mail addresses are in the allowed domains (when given), and a person attested within
 * {@code attestationMaxAgeDays} that the set is accurate. The managed rule SECURITY_ACCOUNT_INFORMATION_PROVIDED
 * checks only the security contact, and nothing checks accuracy: that is an attestation (subject "contacts")
 * in the register, so it lapses by date.
 * <pre>
 * Scenario 1: Given all three contacts complete and an attestation 60 days old   Then COMPLIANT naming the attestation
 * Scenario 2: Given no BILLING contact (GetAlternateContact: not found)           Then NON_COMPLIANT, "no BILLING contact"
 * Scenario 3: Given a SECURITY contact with a gmail.com address, allowed example.com  Then NON_COMPLIANT naming the address
 * Scenario 4: Given complete contacts but the last attestation 400 days old        Then NON_COMPLIANT, attested too long ago
 * Scenario 5: Given complete contacts, no attestation and attestationMaxAgeDays=0  Then COMPLIANT (accuracy not required)
 * Scenario 6: Given requiredContactTypes=SECURITY and only that contact           Then COMPLIANT
 * Scenario 7: Given HomeRegion is another region                                   Then no evaluation
 * Scenario 8: Given failures and a valid (or expired) register exception           Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 9: Given requiredContactTypes=ACCOUNTING                                Then the invocation fails naming parameter and value
 * </pre>
 */
public final class AccountContactsRule implements Rule {
    static final String REQUIRED_TYPES = "requiredContactTypes";
    static final String ALLOWED_DOMAINS = "allowedEmailDomains";
    static final String MAX_AGE = "attestationMaxAgeDays";
    /** The register subject an accuracy attestation carries (a record without subject also counts: this rule has one). */
    static final String SUBJECT = "contacts";
    private static final String DOMAIN = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

    static final RuleSpec SPEC = RuleSpec.builder("account-contacts", "AM-1")
            .title("Account contacts are set and attested as accurate")
            .baseline("All accounts must have accurate account contact information (billing, operations, security)")
            .description("The billing, operations and security alternate contacts are set (name, e-mail, phone) with e-mails "
                    + "in the allowed domains, and their accuracy was attested recently.")
            .severity(Severity.MEDIUM)
            .periodic().global().attestationBased()
            .reads(AmFacts.ALTERNATE_CONTACTS)
            .param(ParameterSpec.csv(REQUIRED_TYPES, "BILLING,OPERATIONS,SECURITY", "Alternate contact types that must be set")
                    .matching("BILLING|OPERATIONS|SECURITY", "BILLING, OPERATIONS, SECURITY"))
            .param(ParameterSpec.csv(ALLOWED_DOMAINS, null, "E-mail domains contacts may use (subdomains included); empty = any")
                    .matching(DOMAIN, "domain names such as example.com"))
            .param(ParameterSpec.integer(MAX_AGE, 365, 0, 3650,
                    "Days an attestation that the contacts are accurate stays valid (register subject \"contacts\"); 0 = not required"))
            .remediation("In the console (Account > Alternate contacts) or with aws account put-alternate-contact --alternate-contact-type "
                    + "BILLING|OPERATIONS|SECURITY --name ... --email-address ... --phone-number ... --title ..., set each contact to a "
                    + "monitored team address; then record that they were reviewed with msb attest --rule account-contacts --subject contacts.")
            .managedRule("SECURITY_ACCOUNT_INFORMATION_PROVIDED")
            .securityHub("Account.1")
            .cis("CIS v1.4.0 1.1", "CIS v1.4.0 1.2", "CIS v3.0.0 1.1", "CIS v3.0.0 1.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<String> required = in.params().list(REQUIRED_TYPES).stream().map(t -> t.toUpperCase(Locale.ROOT)).distinct().toList();
        if (required.isEmpty()) throw new InvalidParameterException(REQUIRED_TYPES, "", "at least one of BILLING, OPERATIONS, SECURITY");
        List<String> domains = in.params().list(ALLOWED_DOMAINS).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        AlternateContacts contacts = in.fact(AmFacts.ALTERNATE_CONTACTS);

        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String type : required) {
            Optional<AlternateContacts.Contact> c = contacts.contacts().stream().filter(x -> type.equalsIgnoreCase(x.type())).findFirst();
            if (c.isEmpty()) {
                missing.add(type);
                continue;
            }
            List<String> blank = new ArrayList<>();
            if (blank(c.get().name())) blank.add("name");
            if (blank(c.get().emailAddress())) blank.add("e-mail");
            if (blank(c.get().phoneNumber())) blank.add("phone");
            if (!blank.isEmpty()) problems.add(type + " contact has no " + String.join(", ", blank));
            String email = c.get().emailAddress();
            if (!blank(email) && !domains.isEmpty() && !inDomains(email, domains)) {
                problems.add(type + " e-mail " + email + " is outside " + String.join(", ", domains));
            }
        }
        if (!missing.isEmpty()) problems.add(0, "no " + String.join(", ", missing) + " contact" + (missing.size() == 1 ? "" : "s"));

        int maxAge = in.params().intValue(MAX_AGE);
        String attested = "";
        if (maxAge > 0) {
            Optional<Attestation> last = lastAttestation(in);
            if (last.isEmpty()) {
                problems.add("accuracy never attested (expected within " + maxAge + " days)");
            } else {
                long age = ChronoUnit.DAYS.between(last.get().date(), in.today());
                if (age > maxAge) {
                    problems.add("accuracy last attested " + last.get().date() + ", " + age + " days ago (expected within " + maxAge + ")");
                } else {
                    attested = " Accuracy attested " + last.get().date() + (blank(last.get().by()) ? "" : " by " + last.get().by())
                            + (blank(last.get().id()) ? "" : " (" + last.get().id() + ")") + ".";
                }
            }
        }
        if (!problems.isEmpty()) {
            return List.of(in.accountNonCompliant("Account contacts: " + String.join("; ", problems) + "."));
        }
        return List.of(in.accountCompliant(String.join(", ", required) + " contact" + (required.size() == 1 ? " is" : "s are")
                + " set" + (domains.isEmpty() ? "" : " in allowed domains") + "." + (maxAge == 0 ? " Accuracy attestation not required." : attested)));
    }

    /** The newest attestation of the contacts dated on or before today (a future date proves nothing yet). */
    private static Optional<Attestation> lastAttestation(RuleInput in) {
        LocalDate today = in.today();
        return in.register().attestationsFor(SPEC.id(), in.accountId()).stream()
                .filter(a -> blank(a.subject()) || SUBJECT.equalsIgnoreCase(a.subject().trim()))
                .filter(a -> !a.date().isAfter(today))
                .findFirst();
    }

    /** The address's domain is an allowed domain or a subdomain of one. */
    static boolean inDomains(String email, List<String> domains) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) return false;
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        for (String d : domains) if (domain.equals(d) || domain.endsWith("." + d)) return true;
        return false;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
