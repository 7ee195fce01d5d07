package org.msb.model.iam;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.fact.AccountSummary;
import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.model.policy.InvalidPolicyException;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** IAM users, groups, roles and policies read from real configuration items; root credential evidence. */
class IamItemsTest {

    static ConfigurationItem example(String file) throws IOException {
        return ConfigurationItemParser.parse(Files.readString(Reference.examples().resolve("aws-config-rdk/example_ci/" + file)));
    }

    @Test
    void user_fromTheRdkSample() throws IOException {
        IamIdentity u = IamIdentity.of(example("AWS_IAM_User.json"));
        assertEquals(IamIdentity.Kind.USER, u.kind());
        assertEquals("johndoe", u.name());
        assertEquals("AIDAILEDWOGIPJFAKOJKW", u.id());
        assertEquals(List.of("MyTestGroup"), u.groups());
        assertEquals("policygen-johndoe-201611060951", u.inlinePolicies().get(0).policyName());
        assertTrue(u.inlinePolicies().get(0).document().grantsFullAccess("codedeploy"));
        assertEquals(3, u.attachedPolicies().size());
        assertTrue(u.attachedPolicies().get(1).isAwsManaged());
        assertTrue(u.attachedPolicies().get(1).is("arn:aws:iam::aws:policy/AdministratorAccess"));
        assertEquals(Instant.parse("2016-09-22T05:55:07Z"), u.createDate());
        assertNull(u.trustPolicy());
    }

    @Test
    void groupAndRole_fromTheRdkSamples() throws IOException {
        IamIdentity g = IamIdentity.of(example("AWS_IAM_Group.json"));
        assertEquals("MyTestGroup", g.name());
        assertTrue(g.inlinePolicies().isEmpty());
        assertEquals("AdministratorAccess", g.attachedPolicies().get(0).policyName());

        IamIdentity r = IamIdentity.of(example("AWS_IAM_Role.json"));
        assertEquals("config-role-ezcrc2", r.name());
        assertEquals("/service-role/", r.path());
        assertFalse(r.isServiceLinked(), "/service-role/ is a customer path; service-linked roles live under /aws-service-role/");
        assertEquals("config.amazonaws.com", r.trustPolicy().principalGrants("sts:AssumeRole", "*").get(0).principal().value());
    }

    @Test
    void customerPolicy_fromTheRdkSample() throws IOException {
        CustomerPolicy p = CustomerPolicy.of(example("AWS_IAM_Policy.json"));
        assertEquals("ELB-policy", p.name());
        assertEquals("v1", p.defaultVersionId());
        assertEquals(4, p.attachmentCount());
        assertFalse(p.isOnlyPermissionsBoundary());
        assertTrue(p.defaultDocument().decide("elasticloadbalancing:DescribeLoadBalancers", "*").isGranted());
        assertFalse(p.defaultDocument().grantsFullAccess("elasticloadbalancing"));
    }

    @Test
    void role_withUrlEncodedPoliciesAsConfigRecordsThem() {
        String trust = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Federated%22%3A%22arn%3Aaws%3Aiam%3A%3A111122223333%3Asaml-provider%2FAWSSSO_4a7b9c2d1e3f5a6b_DO_NOT_DELETE%22%7D%2C%22Action%22%3A%5B%22sts%3AAssumeRoleWithSAML%22%2C%22sts%3ATagSession%22%5D%7D%5D%7D";
        String inline = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D";
        ConfigurationItem ci = ConfigurationItemParser.parse("""
                {"configurationItemStatus":"OK","resourceType":"AWS::IAM::Role","resourceId":"AROA2EXAMPLE7SSOADMIN","resourceName":"AWSReservedSSO_AdministratorAccess_0f1e2d3c4b5a6978",
                 "ARN":"arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_AdministratorAccess_0f1e2d3c4b5a6978",
                 "configuration":{"path":"/aws-reserved/sso.amazonaws.com/eu-west-1/","roleName":"AWSReservedSSO_AdministratorAccess_0f1e2d3c4b5a6978",
                   "roleId":"AROA2EXAMPLE7SSOADMIN","createDate":"2024-02-01T10:00:00.000Z","assumeRolePolicyDocument":"%s",
                   "rolePolicyList":[{"policyName":"AwsSSOInlinePolicy","policyDocument":"%s"}],"attachedManagedPolicies":[],
                   "roleLastUsed":{"lastUsedDate":"2026-11-29T17:03:00.000Z","region":"eu-west-1"}}}""".formatted(trust, inline));
        IamIdentity r = IamIdentity.of(ci);
        assertTrue(r.isIdentityCenterRole());
        assertTrue(r.inlinePolicies().get(0).document().grantsFullAdmin());
        assertTrue(r.trustPolicy().principalGrants("sts:AssumeRoleWithSAML", "*").get(0).principal().value().contains("AWSSSO_"));
        assertEquals("role AWSReservedSSO_AdministratorAccess_0f1e2d3c4b5a6978", r.label());
    }

    @Test
    void of_whenAnInlinePolicyIsBroken_namesTheIdentityAndPolicy() {
        ConfigurationItem ci = ConfigurationItemParser.parse("""
                {"configurationItemStatus":"OK","resourceType":"AWS::IAM::User","resourceId":"AIDAEXAMPLE","resourceName":"jane",
                 "configuration":{"userName":"jane","userPolicyList":[{"policyName":"p1","policyDocument":"%7B%22Statement%22%3A5%7D"}]}}""");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> IamIdentity.of(ci));
        assertTrue(e.getMessage().startsWith("user jane, inline policy p1: Statement must be an object or an array"), e.getMessage());
        ConfigurationItem bucket = ConfigurationItemParser.parse("{\"configurationItemStatus\":\"OK\",\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b\"}");
        assertThrows(InvalidItemException.class, () -> IamIdentity.of(bucket));
    }

    @Test
    void customerPolicy_withoutDefaultVersion_isAnError() {
        ConfigurationItem ci = ConfigurationItemParser.parse("""
                {"configurationItemStatus":"OK","resourceType":"AWS::IAM::Policy","resourceId":"ANPAEXAMPLE","resourceName":"p",
                 "configuration":{"policyName":"p","defaultVersionId":"v3","policyVersionList":[{"versionId":"v1","isDefaultVersion":false,"document":"{}"}]}}""");
        assertEquals("policy p: policyVersionList has no default version (defaultVersionId v3)",
                assertThrows(InvalidItemException.class, () -> CustomerPolicy.of(ci)).getMessage());
    }

    static CredentialReportRow root(String password, String mfa, String key1) {
        return new CredentialReportRow(CredentialReport.ROOT, "arn:aws:iam::111122223333:root", "2019-03-04T09:12:55+00:00",
                password, "no_information", "not_supported", "not_supported", mfa, key1, "N/A", "N/A", "N/A", "N/A",
                "false", "N/A", "N/A", "N/A", "N/A", "false", "N/A", "false", "N/A");
    }

    @Test
    void rootCredentials_absentOnlyWhenReportedAbsent() {
        AccountSummary none = new AccountSummary(Map.of("AccountMFAEnabled", 0, "AccountAccessKeysPresent", 0, "AccountSigningCertificatesPresent", 0));
        RootCredentials removed = RootCredentials.of(new CredentialReport(null, List.of(root("false", "false", "false"))), none);
        assertTrue(removed.absent());
        assertEquals(List.of(), removed.present());

        RootCredentials unknown = RootCredentials.of(new CredentialReport(null, List.of(root("not_supported", "false", "false"))), none);
        assertFalse(unknown.absent(), "not_supported says nothing: presume a password");
        assertEquals(List.of("password (presumed; AWS does not report it)"), unknown.present());

        AccountSummary noPassword = new AccountSummary(Map.of("AccountPasswordPresent", 0, "AccountAccessKeysPresent", 0));
        assertTrue(RootCredentials.of(new CredentialReport(null, List.of(root("not_supported", "false", "false"))), noPassword).absent());

        AccountSummary keys = new AccountSummary(Map.of("AccountPasswordPresent", 0, "AccountAccessKeysPresent", 1));
        RootCredentials withKeys = RootCredentials.of(new CredentialReport(null, List.of()), keys);
        assertFalse(withKeys.absent());
        assertEquals(List.of("access keys"), withKeys.present());

        RootCredentials keyInReport = RootCredentials.of(new CredentialReport(null, List.of(root("true", "true", "true"))), none);
        assertEquals(List.of("password", "access keys"), keyInReport.present());
        assertTrue(keyInReport.mfa());
    }
}
