package org.msb.model.s3;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.model.policy.InvalidPolicyException;
import org.msb.model.policy.PolicyDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** "Public" as AWS means it, on a table of real-world bucket policies and ACLs, with Block Public Access. */
class S3PublicAccessTest {
    static final String OWNER = "0f3e2b1c9a8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f";

    static String policy(String name) {
        try (InputStream in = S3PublicAccessTest.class.getResourceAsStream("/s3/policies/" + name + ".json")) {
            assertNotNull(in, "no policy " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bucket item in the API model's shape: supplementary values as JSON strings, the ACL double-encoded, as Config delivers them. */
    static ConfigurationItem bucket(String policyText, String grantsJson, String bucketBpaJson) {
        JsonObject acl = JsonParser.parseString("{\"grantSet\":null,\"grantList\":[{\"grantee\":{\"id\":\"" + OWNER
                + "\",\"displayName\":null},\"permission\":\"FullControl\"}" + grantsJson + "],\"owner\":{\"displayName\":null,\"id\":\""
                + OWNER + "\"},\"isRequesterCharged\":false}").getAsJsonObject();
        JsonObject policy = new JsonObject();
        if (policyText == null) policy.add("policyText", null); else policy.addProperty("policyText", policyText);
        JsonObject sup = new JsonObject();
        sup.addProperty("AccessControlList", new com.google.gson.JsonPrimitive(acl.toString()).toString());
        sup.addProperty("BucketPolicy", policy.toString());
        if (bucketBpaJson != null) sup.addProperty("PublicAccessBlockConfiguration", bucketBpaJson);
        JsonObject o = new JsonObject();
        o.addProperty("resourceType", "AWS::S3::Bucket");
        o.addProperty("resourceId", "examplecorp-web");
        o.addProperty("arn", "arn:aws:s3:::examplecorp-web");
        o.addProperty("configuration", "{\"name\":\"examplecorp-web\"}");
        o.add("supplementaryConfiguration", sup);
        return ConfigurationItemParser.parse(o);
    }

    static ConfigurationItem accountBlock(boolean acls, boolean ignore, boolean policy, boolean restrict) {
        return ConfigurationItemParser.parse("{\"resourceType\":\"AWS::S3::AccountPublicAccessBlock\",\"resourceId\":\"111122223333\","
                + "\"configuration\":{\"blockPublicAcls\":" + acls + ",\"ignorePublicAcls\":" + ignore + ",\"blockPublicPolicy\":" + policy
                + ",\"restrictPublicBuckets\":" + restrict + "}}");
    }

    @ParameterizedTest(name = "{0}: public={1}")
    @CsvSource({
            "website-public-read, true",
            "aws-star-principal, true",
            "wildcard-account-principal, true",
            "not-principal-allow, true",
            "cloudfront-oac, false",
            "cloudfront-oai, false",
            "vpc-endpoint-only, false",
            "vpc-endpoint-if-exists, true",
            "vpc-wildcard, true",
            "office-ip-range, false",
            "every-ip, true",
            "not-ip-allow, true",
            "organization-only, false",
            "organization-wildcard, true",
            "access-log-delivery, false",
            "elb-access-logs, false",
            "cross-account-role, false",
            "tls-deny-only, false",
            "public-with-secure-transport-condition, true",
            "public-then-deny-unless-vpce, false",
            "public-then-deny-plain-http-only, true",
            "for-all-values-vpce, true",
            "source-account-variable, true",
            "public-write, true",
    })
    void policy_isPublicAsAwsMeansIt(String name, boolean expected) {
        S3PublicAccess p = S3PublicAccess.of(bucket(policy(name), "", null), null);
        assertEquals(expected, p.isPublic(), name + ": " + p.describe());
        if (expected) assertTrue(p.describe().startsWith("policy statement "), p.describe());
    }

    @Test
    void describe_namesStatementActionsAndWhy() {
        assertEquals("policy statement PublicReadGetObject allows s3:GetObject to everyone",
                S3PublicAccess.of(bucket(policy("website-public-read"), "", null), null).describe());
        assertEquals("policy statement VpceIfExists allows s3:GetObject to everyone (its conditions do not restrict who)",
                S3PublicAccess.of(bucket(policy("vpc-endpoint-if-exists"), "", null), null).describe());
    }

    @ParameterizedTest(name = "ACL grantee {0} {1}: public={2}")
    @CsvSource({
            "AllUsers, Read, true",
            "AuthenticatedUsers, Write, true",
            "LogDelivery, Write, false",
    })
    void acl_groupGrants(String group, String permission, boolean expected) {
        S3PublicAccess p = S3PublicAccess.of(bucket(null, ",{\"grantee\":\"" + group + "\",\"permission\":\"" + permission + "\"}", null), null);
        assertEquals(expected, p.isPublic(), p.describe());
        if (expected) assertEquals("ACL grants " + permission + " to " + group, p.describe());
    }

    @Test
    void acl_inTheS3ApiShapeWithAUri_isReadToo() {
        S3PublicAccess p = S3PublicAccess.of(bucket(null,
                ",{\"grantee\":{\"typeIdentifier\":\"URI\",\"identifier\":\"http://acs.amazonaws.com/groups/global/AllUsers\"},\"permission\":\"Read\"}",
                null), null);
        assertTrue(p.isPublic());
    }

    @Test
    void blockPublicAccess_neutralisesWhatItCovers() {
        ConfigurationItem both = bucket(policy("website-public-read"), ",{\"grantee\":\"AllUsers\",\"permission\":\"Read\"}", null);

        S3PublicAccess ignoreAcls = S3PublicAccess.of(both, accountBlock(true, true, false, false));
        assertTrue(ignoreAcls.isPublic(), "the policy still opens it");
        assertEquals("ACL grants Read to AllUsers", ignoreAcls.describeNeutralised());

        S3PublicAccess blockPolicyOnly = S3PublicAccess.of(bucket(policy("website-public-read"), "", null), accountBlock(true, true, true, false));
        assertTrue(blockPolicyOnly.isPublic(), "BlockPublicPolicy stops new public policies, not an existing one");

        S3PublicAccess bucketRestrict = S3PublicAccess.of(bucket(policy("website-public-read"), "",
                "{\"blockPublicAcls\":false,\"ignorePublicAcls\":false,\"blockPublicPolicy\":false,\"restrictPublicBuckets\":true}"), null);
        assertFalse(bucketRestrict.isPublic());
        assertEquals(1, bucketRestrict.neutralised().size());

        S3PublicAccess all = S3PublicAccess.of(both, accountBlock(true, true, true, true));
        assertFalse(all.isPublic());
        assertEquals(2, all.neutralised().size());
        assertTrue(all.blockPublicAccess().allOn());
    }

    @Test
    void noPolicyNoGroupGrants_isPrivate() {
        assertFalse(S3PublicAccess.of(bucket(null, "", null), null).isPublic());
    }

    @Test
    void malformedPolicy_isAnErrorNamingTheBucket() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
                () -> S3PublicAccess.of(bucket("{\"Version\":\"2012-10-17\"}", "", null), null));
        assertTrue(e.getMessage().contains("bucket examplecorp-web policy"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: TLS only={1}")
    @CsvSource({
            "tls-deny-only, true, AllowSSLRequestsOnly",
            "public-then-deny-plain-http-only, true, AllowSSLRequestsOnly",
            "website-public-read, false, ''",
            "public-then-deny-unless-vpce, false, ''",
    })
    void tlsOnly(String name, boolean expected, String sid) {
        var t = TlsOnlyPolicy.of(PolicyDocument.parse(policy(name)), "examplecorp-web");
        assertEquals(expected, t.isPresent());
        t.ifPresent(x -> assertEquals(sid, x.statement()));
    }

    @Test
    void tlsOnly_minimumVersionWithIfExistsAlsoRefusesPlainHttp() {
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Tls12\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"],"
                + "\"Condition\":{\"NumericLessThanIfExists\":{\"s3:TlsVersion\":\"1.2\"}}}]}";
        assertEquals("1.2", TlsOnlyPolicy.of(PolicyDocument.parse(doc), "b").orElseThrow().minimumTls());
        String withoutIfExists = doc.replace("NumericLessThanIfExists", "NumericLessThan");
        assertTrue(TlsOnlyPolicy.of(PolicyDocument.parse(withoutIfExists), "b").isEmpty(),
                "plain HTTP has no TLS version, so NumericLessThan alone does not refuse it");
        String otherBucket = doc.replace("arn:aws:s3:::b\"", "arn:aws:s3:::other\"").replace("arn:aws:s3:::b/*", "arn:aws:s3:::other/*");
        assertTrue(TlsOnlyPolicy.of(PolicyDocument.parse(otherBucket), "b").isEmpty(), "the Deny must cover this bucket");
    }
}
