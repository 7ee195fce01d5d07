package org.msb.model.policy;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msb.error.InvalidItemException;
import org.msb.item.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The policy model against real policies: AWS managed policies, trust policies and bucket policies. */
class PolicyDocumentTest {

    static PolicyDocument load(String name) {
        try (InputStream in = PolicyDocumentTest.class.getResourceAsStream("/policy/" + name + ".json")) {
            if (in == null) throw new IllegalArgumentException("no test policy " + name);
            return PolicyDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: full admin {1}")
    @CsvSource({
            "AdministratorAccess, true",
            "PowerUserAccess, false",
            "IAMFullAccess, false",
            "AmazonS3FullAccess, false",
            "ReadOnlyAccess-excerpt, false",
            "SecurityAudit-excerpt, false",
            "deny-iam-with-admin, false",
            "admin-with-mfa-condition, false",
            "admin-with-conditional-deny, false",
            "trust-ec2, false",
            "bucket-public-read, false",
    })
    void grantsFullAdmin_onRealPolicies(String policy, boolean expected) {
        assertEquals(expected, load(policy).grantsFullAdmin());
    }

    @ParameterizedTest(name = "{0} full {1} access: {2}")
    @CsvSource({
            "AdministratorAccess, iam, true",
            "PowerUserAccess, ec2, true",
            "PowerUserAccess, s3, true",
            "PowerUserAccess, kms, true",
            "PowerUserAccess, iam, false",
            "PowerUserAccess, organizations, false",
            "PowerUserAccess, account, false",
            "IAMFullAccess, iam, true",
            "IAMFullAccess, organizations, false",
            "AmazonS3FullAccess, s3, true",
            "AmazonS3FullAccess, s3-object-lambda, true",
            "AmazonS3FullAccess, ec2, false",
            "ReadOnlyAccess-excerpt, s3, false",
            "ReadOnlyAccess-excerpt, iam, false",
            "SecurityAudit-excerpt, kms, false",
            "deny-iam-with-admin, ec2, true",
            "deny-iam-with-admin, iam, false",
            "admin-with-conditional-deny, iam, true",
            "admin-with-conditional-deny, ec2, false",
    })
    void grantsFullAccess_onRealPolicies(String policy, String service, boolean expected) {
        assertEquals(expected, load(policy).grantsFullAccess(service));
    }

    @ParameterizedTest(name = "{0}: {1} on {2} is {3}")
    @CsvSource({
            "AdministratorAccess, iam:CreateUser, *, ALLOWED",
            "ReadOnlyAccess-excerpt, s3:GetObject, arn:aws:s3:::examplecorp-prod-data/report.csv, ALLOWED",
            "ReadOnlyAccess-excerpt, S3:getobject, arn:aws:s3:::examplecorp-prod-data/report.csv, ALLOWED",
            "ReadOnlyAccess-excerpt, s3:PutObject, arn:aws:s3:::examplecorp-prod-data/report.csv, NOT_ALLOWED",
            "ReadOnlyAccess-excerpt, iam:Get*, *, ALLOWED",
            "ReadOnlyAccess-excerpt, iam:*, *, NOT_ALLOWED",
            "ReadOnlyAccess-excerpt, s3:Put*, *, NOT_ALLOWED",
            "SecurityAudit-excerpt, apigateway:GET, arn:aws:apigateway:eu-west-1::/restapis, ALLOWED",
            "SecurityAudit-excerpt, apigateway:GET, arn:aws:apigateway:*::/restapis/*/stages, ALLOWED",
            "SecurityAudit-excerpt, apigateway:GET, *, NOT_ALLOWED",
            "SecurityAudit-excerpt, apigateway:DELETE, arn:aws:apigateway:eu-west-1::/restapis, NOT_ALLOWED",
            "PowerUserAccess, iam:CreateUser, *, NOT_ALLOWED",
            "PowerUserAccess, iam:CreateServiceLinkedRole, *, ALLOWED",
            "PowerUserAccess, lambda:InvokeFunction, arn:aws:lambda:eu-west-1:111122223333:function:f, ALLOWED",
            "deny-iam-with-admin, *, *, PARTIAL",
            "deny-iam-with-admin, iam:CreateUser, *, DENIED",
            "deny-iam-with-admin, iam:*, *, DENIED",
            "deny-iam-with-admin, ec2:RunInstances, *, ALLOWED",
            "admin-with-mfa-condition, *, *, CONDITIONAL",
            "admin-with-mfa-condition, s3:GetObject, arn:aws:s3:::b/k, CONDITIONAL",
            "admin-with-conditional-deny, ec2:RunInstances, *, CONDITIONAL",
            "admin-with-conditional-deny, iam:CreateRole, *, ALLOWED",
            "trust-ec2, sts:AssumeRole, *, ALLOWED",
            "bucket-deny-insecure-transport, s3:GetObject, arn:aws:s3:::examplecorp-prod-data/x, CONDITIONAL",
            "bucket-public-then-denied, s3:GetObject, arn:aws:s3:::b/x, DENIED",
    })
    void decide_onRealPolicies(String policy, String action, String resource, Access expected) {
        assertEquals(expected, load(policy).decide(action, resource).access());
    }

    @Test
    void decide_namesTheStatementsThatDecided() {
        AccessDecision d = load("deny-iam-with-admin").decide("*", "*");
        assertEquals("Everything", d.grantingStatements());
        assertEquals(List.of("NoIam"), d.denies().stream().map(Statement::label).toList());
        assertEquals("Statement[0]", load("AdministratorAccess").decide("*", "*").grantingStatements());
    }

    @Test
    void grantsFullAdmin_whenNotActionExclusionsAreGrantedByOtherStatements_isTrue() {
        PolicyDocument p = PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},
                  {"Effect":"Allow","Action":["iam:*","organizations:*"],"Resource":"*"},
                  {"Effect":"Allow","Action":"account:*","Resource":"*"}]}""");
        assertTrue(p.grantsFullAdmin(), "PowerUserAccess plus the three excluded services is AdministratorAccess");
        PolicyDocument partial = PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"},
                  {"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""");
        assertFalse(partial.grantsFullAdmin(), "organizations:* is still missing");
        assertTrue(partial.grantsFullAccess("iam"));
    }

    @Test
    void grantsFullAccess_onlyOnEveryResource() {
        PolicyDocument p = PolicyDocument.parse("""
                {"Statement":{"Effect":"Allow","Action":"s3:*","Resource":["arn:aws:s3:::logs","arn:aws:s3:::logs/*"]}}""");
        assertFalse(p.grantsFullAccess("s3"));
        assertTrue(p.decide("s3:*", "arn:aws:s3:::logs/2026/11/30/x.gz").isGranted());
        PolicyDocument notResource = PolicyDocument.parse("""
                {"Statement":{"Effect":"Allow","Action":"kms:*","NotResource":"arn:aws:kms:*:*:key/prod-*"}}""");
        assertFalse(notResource.grantsFullAccess("kms"));
        assertTrue(notResource.decide("kms:Decrypt", "arn:aws:kms:eu-west-1:111122223333:key/dev-1").isGranted());
        assertEquals(Access.NOT_ALLOWED, notResource.decide("kms:Decrypt", "arn:aws:kms:eu-west-1:111122223333:key/prod-1").access());
    }

    @Test
    void principalGrants_ofTrustPolicies() {
        List<PrincipalGrant> ec2 = load("trust-ec2").principalGrants("sts:AssumeRole", "*");
        assertEquals(List.of(new Principal(PrincipalType.SERVICE, "ec2.amazonaws.com")), ec2.stream().map(PrincipalGrant::principal).toList());
        assertFalse(ec2.get(0).isConditional());

        List<PrincipalGrant> cross = load("trust-cross-account-mfa").principalGrants("sts:AssumeRole", "*");
        assertEquals(List.of("999988887777", "444455556666"), cross.stream().map(g -> g.principal().accountId()).toList());
        assertTrue(cross.stream().allMatch(g -> g.principal().isAccountRoot() && g.isConditional() && !g.isEveryone()));
        assertEquals(List.of("true"), cross.get(0).statement().conditionsOn("AWS:MultiFactorAuthPresent").get(0).values());

        List<PrincipalGrant> github = load("trust-github-oidc").principalGrants("sts:AssumeRoleWithWebIdentity", "*");
        assertEquals(1, github.size());
        assertEquals(PrincipalType.FEDERATED, github.get(0).principal().type());
        assertEquals(2, github.get(0).conditions().size());
        assertTrue(load("trust-github-oidc").principalGrants("sts:AssumeRole", "*").isEmpty(), "AssumeRole is another action");

        List<PrincipalGrant> sso = load("trust-identity-center").principalGrants("sts:AssumeRoleWithSAML", "*");
        assertTrue(sso.get(0).principal().value().contains(":saml-provider/AWSSSO_"));

        List<PrincipalGrant> open = load("trust-everyone").everyoneGrants("sts:AssumeRole", "*");
        assertEquals(1, open.size());
        assertTrue(open.get(0).isUnconditionalEveryone());
    }

    @Test
    void principalGrants_ofBucketPolicies() {
        String object = "arn:aws:s3:::examplecorp-prod-public-assets/index.html";
        PolicyDocument publicRead = load("bucket-public-read");
        assertTrue(publicRead.everyoneGrants("s3:GetObject", object).get(0).isUnconditionalEveryone());
        assertEquals(PrincipalType.ALL, publicRead.everyoneGrants("*", "*").get(0).principal().type());
        assertTrue(publicRead.everyoneGrants("s3:PutObject", object).isEmpty());
        assertTrue(publicRead.everyoneGrants("s3:GetObject", "arn:aws:s3:::other-bucket/x").isEmpty());

        PolicyDocument tls = load("bucket-deny-insecure-transport");
        assertTrue(tls.everyoneGrants("*", "*").isEmpty(), "the Deny names everyone, but denies admit no one");
        assertEquals(List.of("arn:aws:iam::111122223333:role/app-backend"),
                tls.principalGrants("s3:GetObject", "arn:aws:s3:::examplecorp-prod-data/x").stream().map(g -> g.principal().value()).toList());

        PolicyDocument oac = load("bucket-cloudfront-oac");
        assertEquals("2008-10-17", oac.version());
        assertEquals("PolicyForCloudFrontPrivateContent", oac.id());
        PrincipalGrant cf = oac.principalGrants("s3:GetObject", "*").get(0);
        assertEquals(new Principal(PrincipalType.SERVICE, "cloudfront.amazonaws.com"), cf.principal());
        assertTrue(cf.isConditional());

        PrincipalGrant vpce = load("bucket-public-conditional-vpce").everyoneGrants("s3:GetObject", "*").get(0);
        assertTrue(vpce.isEveryone());
        assertFalse(vpce.isUnconditionalEveryone(), "public only from one VPC endpoint");

        assertTrue(load("bucket-public-then-denied").everyoneGrants("s3:GetObject", "arn:aws:s3:::b/x").isEmpty(), "a Deny wins");

        PrincipalGrant notPrincipal = load("bucket-not-principal").everyoneGrants("s3:ListBucket", "arn:aws:s3:::b").get(0);
        assertEquals(List.of(new Principal(PrincipalType.AWS, "arn:aws:iam::111122223333:user/blocked")), notPrincipal.except());
    }

    @Test
    void principalGrants_ofIdentityPolicies_isEmpty() {
        assertTrue(load("AdministratorAccess").principalGrants("*", "*").isEmpty());
    }

    @Test
    void parse_urlEncodedAsInIamConfigurationItems_givesTheSameDocument() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/policy/PowerUserAccess.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String formEncoded = URLEncoder.encode(json, StandardCharsets.UTF_8);             // spaces as +
        String percentEncoded = formEncoded.replace("+", "%20");                          // spaces as %20 (Config, moto)
        PolicyDocument plain = PolicyDocument.parse(json);
        assertEquals(plain, PolicyDocument.parse(formEncoded));
        assertEquals(plain, PolicyDocument.parse(percentEncoded));
        assertEquals(plain, PolicyDocument.parse(Node.of(JsonParser.parseString("\"" + percentEncoded + "\""))));
        assertEquals(plain, PolicyDocument.parse(Node.of(JsonParser.parseString(json))));
        assertEquals(plain, PolicyDocument.parse(Node.of(JsonParser.parseString("[" + json + "]"))), "aws-config-rdk's sample shape");
        assertEquals(2, plain.statements().size());
        assertTrue(plain.statements().get(0).notAction());
    }

    @Test
    void parse_whenFieldsAreStringsOrArrays_normalisesToLists() {
        PolicyDocument p = PolicyDocument.parse("""
                {"Statement":{"Sid":"One","Effect":"Deny","NotAction":"s3:*","NotResource":"arn:aws:s3:::a",
                 "Principal":{"AWS":"111122223333","Service":["a.amazonaws.com","b.amazonaws.com"]},
                 "Condition":{"StringEquals":{"aws:PrincipalOrgID":["o-abc","o-def"]},"Bool":{"aws:SecureTransport":false}}}}""");
        Statement s = p.statements().get(0);
        assertNull(p.version());
        assertEquals("One", s.label());
        assertEquals(Effect.DENY, s.effect());
        assertEquals(List.of("s3:*"), s.actions());
        assertTrue(s.notAction() && s.notResource() && !s.notPrincipal());
        assertEquals(3, s.principals().size());
        assertEquals(List.of("o-abc", "o-def"), s.conditionsOn("aws:principalorgid").get(0).values());
        assertEquals(List.of("false"), s.conditionsOn("aws:SecureTransport").get(0).values());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "not json {                                                                           | not JSON",
            "%7B%ZZ                                                                               | cannot be decoded",
            "''                                                                                   | empty",
            "[]                                                                                   | must be a JSON object, found an array",
            "{\"Version\":\"2012-10-17\"}                                                         | has no Statement",
            "{\"Statement\":5}                                                                    | Statement must be an object or an array of objects, found the number 5",
            "{\"Statement\":[7]}                                                                  | Statement[0] must be an object",
            "{\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}         | Effect \"allow\" is not Allow or Deny",
            "{\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}                              | Effect is missing",
            "{\"Statement\":[{\"Sid\":\"S1\",\"Effect\":\"Deny\",\"Resource\":\"*\"}]}            | Statement[0] (Sid S1): has neither Action nor NotAction",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"iam:*\"}]}    | has both Action and NotAction",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"NotResource\":\"x\"}]} | has both Resource and NotResource",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[1],\"Resource\":\"*\"}]}           | Action must hold only text, found the number 1",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}]}            | Action is empty",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Principal\":\"someone\"}]}  | as text must be \"*\"",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Principal\":{\"User\":\"x\"}}]} | unknown principal type \"User\"",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":\"x\"}]} | Condition must be an object of operators",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"k\":{}}}}]} | Condition Bool.k must hold text, numbers or booleans",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Actions\":\"*\",\"Resource\":\"*\"}]}        | unknown field \"Actions\"",
    })
    void parse_whenMalformed_namesWhatIsWrong(String text, String expected) {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse(text, "role app, inline policy p1"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("role app, inline policy p1"), e.getMessage());
        assertInstanceOf(InvalidItemException.class, e);
    }

    @Test
    void parse_whenNodeMissing_namesTheSource() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse(Node.missing(), "role x trust policy"));
        assertEquals("role x trust policy: the policy document is missing", e.getMessage());
    }

    @Test
    void everyTestPolicy_parses() {
        List<String> names = new ArrayList<>(List.of("AdministratorAccess", "PowerUserAccess", "IAMFullAccess", "AmazonS3FullAccess",
                "ReadOnlyAccess-excerpt", "SecurityAudit-excerpt", "trust-ec2", "trust-cross-account-mfa", "trust-github-oidc",
                "trust-identity-center", "trust-everyone", "bucket-public-read", "bucket-deny-insecure-transport",
                "bucket-cloudfront-oac", "bucket-public-conditional-vpce", "bucket-public-then-denied", "bucket-not-principal"));
        for (String n : names) assertFalse(load(n).statements().isEmpty(), n);
    }
}
