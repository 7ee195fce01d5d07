package org.msb.rules.accountcontacts;

import org.junit.jupiter.api.Test;
import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.testkit.RuleContractTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AM-1 through its scenario folders, plus the reasoning that earns a name. */
class AccountContactsRuleTest extends RuleContractTest {
    AccountContactsRuleTest() { super(new AccountContactsRule()); }

    static final String ALL_THREE = "{\"contacts\":["
            + "{\"type\":\"BILLING\",\"name\":\"Accounts Payable\",\"title\":\"Finance\",\"emailAddress\":\"ap@example.com\",\"phoneNumber\":\"+44 20 7946 0003\"},"
            + "{\"type\":\"OPERATIONS\",\"name\":\"Platform On-Call\",\"title\":\"SRE\",\"emailAddress\":\"oncall@ops.example.com\",\"phoneNumber\":\"+44 20 7946 0002\"},"
            + "{\"type\":\"SECURITY\",\"name\":\"Security Operations\",\"title\":\"SOC\",\"emailAddress\":\"soc@example.com\",\"phoneNumber\":\"+44 20 7946 0001\"}]}";

    @Test
    void evaluate_whenOnlyAFutureDatedAttestationExists_countsItAsNotAttested() {
        RuleResult r = kit().given().fact("account.alternateContacts", ALL_THREE)
                .register("{\"attestations\":[{\"id\":\"AT-9\",\"rule\":\"account-contacts\",\"subject\":\"contacts\",\"date\":\"2027-01-15\",\"by\":\"jane.doe@example.com\"}]}")
                .periodic().only();
        assertEquals(Compliance.NON_COMPLIANT, r.compliance());
        assertTrue(r.evaluation().annotation().contains("accuracy never attested"), r.evaluation().annotation());
    }

    @Test
    void evaluate_whenAttestationIsForAnotherSubjectOrAccount_doesNotCountIt() {
        RuleResult r = kit().given().fact("account.alternateContacts", ALL_THREE)
                .register("{\"attestations\":["
                        + "{\"id\":\"AT-1\",\"rule\":\"account-contacts\",\"subject\":\"escalation-runbook\",\"date\":\"2026-11-01\",\"by\":\"jane.doe@example.com\"},"
                        + "{\"id\":\"AT-2\",\"rule\":\"account-contacts\",\"subject\":\"contacts\",\"date\":\"2026-11-01\",\"by\":\"jane.doe@example.com\",\"account\":\"999988887777\"}]}")
                .periodic().only();
        assertEquals(Compliance.NON_COMPLIANT, r.compliance(), r.evaluation().annotation());
    }

    @Test
    void evaluate_whenEveryCheckFails_namesEachWithinTheAnnotationLimit() {
        RuleResult r = kit().given().fact("account.alternateContacts", "{\"contacts\":["
                        + "{\"type\":\"SECURITY\",\"name\":\"\",\"emailAddress\":\"secops.team.mailbox@gmail.com\",\"phoneNumber\":\"+1 555 0100\"}]}")
                .param("allowedEmailDomains", "example.com").periodic().only();
        String a = r.evaluation().annotation();
        assertEquals("Account contacts: no BILLING, OPERATIONS contacts; SECURITY contact has no name; SECURITY e-mail "
                + "secops.team.mailbox@gmail.com is outside example.com; accuracy never attested (expected within 365 days).", a);
        assertTrue(a.length() <= 256, a.length() + " characters");
    }

    @Test
    void inDomains_acceptsSubdomainsButNotLookalikes() {
        assertTrue(AccountContactsRule.inDomains("oncall@ops.example.com", List.of("example.com")));
        assertTrue(AccountContactsRule.inDomains("AP@Example.COM", List.of("example.com")));
        assertFalse(AccountContactsRule.inDomains("ap@notexample.com", List.of("example.com")));
        assertFalse(AccountContactsRule.inDomains("ap@example.com.evil.io", List.of("example.com")));
        assertFalse(AccountContactsRule.inDomains("not-an-address", List.of("example.com")));
    }
}
