package org.msb.model.roles;

import org.junit.jupiter.api.Test;
import org.msb.model.policy.PolicyDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTrustTest {
    static final String ACCOUNT = "111122223333", SECURITY = "999988887777";

    static RoleTrust trust(String statements, boolean idp) {
        return RoleTrust.of(PolicyDocument.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}"), ACCOUNT, SECURITY, idp);
    }

    static String allow(String principal, String condition) {
        return "{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sts:AssumeRole\"" + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    static final String MFA = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}";

    @Test
    void of_whenSecurityAccountRootOrRole_isOnlyTrusted() {
        RoleTrust t = trust(allow("{\"AWS\":[\"arn:aws:iam::999988887777:root\",\"arn:aws:iam::999988887777:role/SecurityResponder\"]}", MFA), false);
        assertTrue(t.onlyTrusted(), t.problems().toString());
        assertTrue(t.mfaRequired());
        assertEquals(List.of("arn:aws:iam::999988887777:root", "arn:aws:iam::999988887777:role/SecurityResponder"), t.trustedBy());
        assertTrue(trust(allow("{\"AWS\":\"999988887777\"}", null), false).onlyTrusted(), "a bare account id is its root");
    }

    @Test
    void of_whenWildcardOrThirdAccount_namesThem() {
        assertEquals(List.of("everyone (*)"), trust(allow("\"*\"", "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}"), false).problems(),
                "a wildcard fails even when conditioned");
        assertEquals(List.of("everyone (*)"), trust(allow("{\"AWS\":\"*\"}", null), false).problems());
        assertEquals(List.of("account 444455556666"),
                trust(allow("{\"AWS\":[\"arn:aws:iam::999988887777:root\",\"arn:aws:iam::444455556666:role/Auditor\"]}", null), false).problems());
        assertEquals(List.of("non-role principal arn:aws:iam::999988887777:user/bob"),
                trust(allow("{\"AWS\":\"arn:aws:iam::999988887777:user/bob\"}", null), false).problems());
        assertEquals(List.of("service ec2.amazonaws.com"), trust(allow("{\"Service\":\"ec2.amazonaws.com\"}", null), false).problems());
        assertEquals(List.of("everyone (*)"),
                trust("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":\"sts:AssumeRole\"}", false).problems());
    }

    @Test
    void of_whenIdentityProvider_allowedOnlyWhereTheRuleAllowsIt() {
        String saml = "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::111122223333:saml-provider/Okta\"},"
                + "\"Action\":\"sts:AssumeRoleWithSAML\",\"Condition\":{\"StringEquals\":{\"SAML:aud\":\"https://signin.aws.amazon.com/saml\"}}}";
        assertTrue(trust(saml, true).onlyTrusted());
        assertEquals(List.of("federated principal arn:aws:iam::111122223333:saml-provider/Okta (only the security account may assume it)"),
                trust(saml, false).problems());
        assertFalse(trust(saml.replace("111122223333", "444455556666"), true).onlyTrusted(), "another account's IdP");
        assertFalse(trust(allow("{\"Federated\":\"cognito-identity.amazonaws.com\"}", null), true).onlyTrusted());
    }

    @Test
    void of_whenMfaConditions_recognisesBoolIfExistsAgeAndDeny() {
        String sec = "{\"AWS\":\"arn:aws:iam::999988887777:root\"}";
        assertTrue(trust(allow(sec, "{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), false).mfaRequired());
        assertTrue(trust(allow(sec, "{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}"), false).mfaRequired());
        assertTrue(trust(allow(sec, null) + ",{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}", false).mfaRequired());
        RoleTrust none = trust(allow(sec, null), false);
        assertFalse(none.mfaRequired());
        assertEquals(List.of("arn:aws:iam::999988887777:root"), none.withoutMfa());
        assertFalse(trust(allow(sec, "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}"), false).mfaRequired());
        assertFalse(trust(allow(sec, "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"security\"}}"), false).mfaRequired());
    }

    @Test
    void of_whenSecurityAccountNotConfigured_noAccountPasses() {
        RoleTrust t = RoleTrust.of(PolicyDocument.parse("{\"Statement\":[" + allow("{\"AWS\":\"999988887777\"}", null) + "]}"), ACCOUNT, null, false);
        assertEquals(List.of("account 999988887777 (securityAccountId is not set to confirm it)"), t.problems());
    }

    @Test
    void of_whenNobodyMayAssume_saysSo() {
        RoleTrust t = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"999988887777\"},\"Action\":\"sts:TagSession\"}", false);
        assertEquals(List.of("its trust policy lets no one assume it"), t.problems());
    }
}
