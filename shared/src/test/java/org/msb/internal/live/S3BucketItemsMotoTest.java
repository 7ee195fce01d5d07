package org.msb.internal.live;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.msb.testkit.TestAwsClients;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS::S3::Bucket items built from the S3 API (Config off) in Config's shape. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class S3BucketItemsMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private S3Client s3() { return MOTO.clients().s3(); }

    private Map<String, ConfigurationItem> buckets() {
        List<ConfigurationItem> items = new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items("AWS::S3::Bucket");
        return items.stream().collect(Collectors.toMap(ConfigurationItem::resourceId, i -> i));
    }

    /**
     * Adds group grants to the owner's full control. As an ACL document, not a canned-ACL header: the
     * url-connection client sends a body-less PUT without Content-Length, which moto refuses (411).
     */
    private void grantToGroup(String bucket, String groupUri, Permission... permissions) {
        Owner owner = s3().getBucketAcl(r -> r.bucket(bucket)).owner();
        List<Grant> grants = new ArrayList<>();
        grants.add(Grant.builder().grantee(g -> g.type(Type.CANONICAL_USER).id(owner.id())).permission(Permission.FULL_CONTROL).build());
        for (Permission p : permissions) grants.add(Grant.builder().grantee(g -> g.type(Type.GROUP).uri(groupUri)).permission(p).build());
        s3().putBucketAcl(r -> r.bucket(bucket).accessControlPolicy(a -> a.owner(owner).grants(grants)));
    }

    @Test
    void bucketWithoutLogging_hasNullDestination() {
        s3().createBucket(r -> r.bucket("plain-bucket"));

        ConfigurationItem item = buckets().get("plain-bucket");

        Node logging = item.supplementary("BucketLoggingConfiguration");
        assertTrue(logging.isObject(), "Config records the logging configuration even when off");
        assertTrue(logging.fields().containsKey("destinationBucketName"));
        assertTrue(logging.get("destinationBucketName").isMissing());
        assertTrue(item.supplementary("BucketPolicy").fields().containsKey("policyText"));
        assertTrue(item.supplementary("BucketPolicy").get("policyText").isMissing());
        assertEquals("Off", item.supplementary("BucketVersioningConfiguration").get("status").text());
        assertTrue(item.supplementary("PublicAccessBlockConfiguration").isMissing(), "absent when the bucket has none");
        assertEquals(Map.of(), item.tags());
        assertEquals("arn:aws:s3:::plain-bucket", item.arn());
        assertEquals("plain-bucket", item.property("name").text());
        assertEquals(MotoServer.ACCOUNT_ID, item.accountId());
        assertEquals("us-east-1", item.awsRegion());
        assertEquals("Regional", item.availabilityZone());
    }

    @Test
    void bucketWithLogging_namesTargetAndPrefix() {
        s3().createBucket(r -> r.bucket("log-target"));
        grantToGroup("log-target", "http://acs.amazonaws.com/groups/s3/LogDelivery", Permission.WRITE, Permission.READ_ACP);
        s3().createBucket(r -> r.bucket("logged-bucket"));
        s3().putBucketLogging(r -> r.bucket("logged-bucket")
                .bucketLoggingStatus(s -> s.loggingEnabled(l -> l.targetBucket("log-target").targetPrefix("logs/"))));

        Node logging = buckets().get("logged-bucket").supplementary("BucketLoggingConfiguration");

        assertEquals("log-target", logging.get("destinationBucketName").text());
        assertEquals("logs/", logging.get("logFilePrefix").text());
    }

    @Test
    void fullyConfiguredBucket_hasConfigShapeWithKnownPathsOnly() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                + "\"Resource\":\"arn:aws:s3:::busy-bucket\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}";
        s3().createBucket(r -> r.bucket("busy-bucket"));
        grantToGroup("busy-bucket", "http://acs.amazonaws.com/groups/global/AllUsers", Permission.READ);
        s3().putBucketPolicy(r -> r.bucket("busy-bucket").policy(policy));
        s3().putPublicAccessBlock(r -> r.bucket("busy-bucket").publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                .ignorePublicAcls(true).blockPublicPolicy(false).restrictPublicBuckets(false)));
        s3().putBucketVersioning(r -> r.bucket("busy-bucket").versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        s3().putBucketEncryption(r -> r.bucket("busy-bucket").serverSideEncryptionConfiguration(c -> c.rules(
                rule -> rule.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID("alias/logs"))
                        .bucketKeyEnabled(true))));
        // tag keys are paths inside BucketTaggingConfiguration; use ones real items carry
        s3().putBucketTagging(r -> r.bucket("busy-bucket").tagging(t -> t.tagSet(
                tag -> tag.key("Environment").value("dev"), tag -> tag.key("App").value("StorageDev"))));

        ConfigurationItem item = buckets().get("busy-bucket");

        assertEquals(java.util.Set.of(), SchemaPaths.unknownPaths(item));
        Node acl = item.supplementary("AccessControlList");
        List<Node> grants = acl.get("grantList").list();
        assertTrue(grants.stream().anyMatch(g -> "AllUsers".equals(g.get("grantee").text()) && "Read".equals(g.get("permission").text())),
                "public-read shows as the AllUsers group with Read: " + acl);
        assertTrue(grants.stream().anyMatch(g -> g.get("grantee").get("id").text() != null && "FullControl".equals(g.get("permission").text())));
        assertEquals(policy, item.supplementary("BucketPolicy").get("policyText").text());
        Node pab = item.supplementary("PublicAccessBlockConfiguration");
        assertTrue(pab.get("blockPublicAcls").isTrue());
        assertEquals(false, pab.get("blockPublicPolicy").bool());
        assertEquals("Enabled", item.supplementary("BucketVersioningConfiguration").get("status").text());
        Node rule = item.supplementary("ServerSideEncryptionConfiguration").get("rules").at(0);
        assertEquals("aws:kms", rule.path("applyServerSideEncryptionByDefault.sseAlgorithm").text());
        assertEquals("alias/logs", rule.path("applyServerSideEncryptionByDefault.kmsMasterKeyID").text());
        assertTrue(rule.get("bucketKeyEnabled").isTrue());
        assertEquals(Map.of("Environment", "dev", "App", "StorageDev"), item.tags());
        assertEquals("dev", item.supplementary("BucketTaggingConfiguration").get("tagSets").at(0).path("tags.Environment").text());
    }

    @Test
    void bucketInAnotherRegion_isNotAnItemOfThisRegion() {
        s3().createBucket(r -> r.bucket("here-bucket"));
        s3().createBucket(r -> r.bucket("eu-bucket").createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));

        Map<String, ConfigurationItem> items = buckets();

        assertTrue(items.containsKey("here-bucket"));
        assertFalse(items.containsKey("eu-bucket"), "Config records a bucket in its own region");
        List<ConfigurationItem> eu = new DescribeItemSource(MOTO.clients("eu-west-1"), MotoServer.ACCOUNT_ID, Clock.systemUTC())
                .items("AWS::S3::Bucket");
        assertEquals(List.of("eu-bucket"), eu.stream().map(ConfigurationItem::resourceId).toList());
        assertEquals("eu-west-1", eu.get(0).awsRegion());
    }

    /** The requests msb sent through a proxy in front of moto, as "METHOD path?query". */
    private static List<String> requests(WireMockServer proxy) {
        return proxy.getAllServeEvents().stream().map(ServeEvent::getRequest).map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    @Test
    void buckets_areListedForTheRegionOnly_withoutAGetBucketLocationEach() {
        s3().createBucket(r -> r.bucket("here-one"));
        s3().createBucket(r -> r.bucket("here-two"));
        s3().createBucket(r -> r.bucket("eu-bucket").createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
        WireMockServer proxy = new WireMockServer(options().dynamicPort());
        proxy.start();
        try (AwsClients clients = TestAwsClients.at(java.net.URI.create(proxy.baseUrl()), "us-east-1")) {
            proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(MOTO.endpoint().toString())));

            List<ConfigurationItem> items = new DescribeItemSource(clients, MotoServer.ACCOUNT_ID, Clock.systemUTC()).items("AWS::S3::Bucket");

            assertEquals(List.of("here-one", "here-two"), items.stream().map(ConfigurationItem::resourceId).sorted().toList());
            List<String> sent = requests(proxy);
            assertTrue(sent.stream().noneMatch(r -> r.contains("location")), "no GetBucketLocation: " + sent);
            assertTrue(sent.stream().noneMatch(r -> r.contains("eu-bucket")), "the other region's bucket is not read: " + sent);
            assertEquals(1, sent.stream().filter(r -> r.startsWith("GET /?") && r.contains("bucket-region=us-east-1")).count(), "one ListBuckets for the region: " + sent);
            Map<String, Long> perBucket = new TreeMap<>(sent.stream().filter(r -> r.startsWith("GET /here-"))
                    .collect(Collectors.groupingBy(r -> r.substring(4, r.indexOf('?')), Collectors.counting())));
            assertEquals(Map.of("/here-one", 8L, "/here-two", 8L), perBucket, "logging, ACL, policy, public access block, versioning, "
                    + "encryption, website, tagging: " + sent);
        } finally {
            proxy.stop();
        }
    }

    @Test
    void bucketThatS3PlacesInAnotherRegion_isSkippedEvenIfTheEndpointIgnoredTheRegionFilter() {
        WireMockServer s3 = new WireMockServer(options().dynamicPort());
        s3.start();
        try (AwsClients clients = TestAwsClients.at(java.net.URI.create(s3.baseUrl()), "us-east-1")) {
            s3.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml").withBody(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<Owner><ID>bcaf1ffd86f41161ca5fb16fd081034f</ID><DisplayName>webfile</DisplayName></Owner><Buckets><Bucket>"
                    + "<Name>eu-bucket</Name><CreationDate>2026-11-02T09:14:33.000Z</CreationDate><BucketRegion>eu-west-1</BucketRegion>"
                    + "</Bucket></Buckets></ListAllMyBucketsResult>")));

            List<ConfigurationItem> items = new DescribeItemSource(clients, MotoServer.ACCOUNT_ID, Clock.systemUTC()).items("AWS::S3::Bucket");

            assertEquals(List.of(), items);
            assertEquals(List.of("GET /?max-buckets=1000&bucket-region=us-east-1"), requests(s3));
        } finally {
            s3.stop();
        }
    }
}
