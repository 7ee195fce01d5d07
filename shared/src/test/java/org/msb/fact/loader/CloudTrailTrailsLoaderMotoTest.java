package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.CloudTrailTrail;
import org.msb.fact.CloudTrailTrails;
import org.msb.fact.DetFacts;
import org.msb.fact.TrailFieldSelector;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** cloudtrail.trails against moto: shadow trails of other regions, status and selectors read in the home region. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class CloudTrailTrailsLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private CloudTrailClient cloudTrail(String region) {
        return MOTO.clients(region).regional(CloudTrailClient.class, CloudTrailClient::builder);
    }

    private void bucket(String name) { MOTO.clients().s3().createBucket(r -> r.bucket(name)); }

    private static CloudTrailTrail named(CloudTrailTrails t, String name) {
        return t.trails().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + t));
    }

    @Test
    void load_fromAnotherRegion_seesTheMultiRegionTrailWithItsHomeStatusAndAdvancedSelectors() {
        bucket("org-log-archive");
        CloudTrailClient home = cloudTrail("us-east-1");
        home.createTrail(r -> r.name("org-trail").s3BucketName("org-log-archive").isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true).enableLogFileValidation(true)
                .kmsKeyId("arn:aws:kms:us-east-1:" + MotoServer.ACCOUNT_ID + ":key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"));
        home.startLogging(r -> r.name("org-trail"));
        home.putEventSelectors(r -> r.trailName("org-trail").advancedEventSelectors(a -> a.name("Management events")
                .fieldSelectors(f -> f.field("eventCategory").equalsValue("Management"))));

        CloudTrailTrails trails = new CloudTrailTrailsLoader().load(MOTO.clients("eu-west-1"));

        CloudTrailTrail t = named(trails, "org-trail");
        assertEquals("us-east-1", t.homeRegion());
        assertEquals("arn:aws:cloudtrail:us-east-1:" + MotoServer.ACCOUNT_ID + ":trail/org-trail", t.trailArn());
        assertTrue(t.multiRegion());
        assertTrue(t.logging(), "status read in the home region");
        assertTrue(t.logFileValidationEnabled());
        assertTrue(t.kmsKeyId().endsWith(":key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"));
        assertEquals("org-log-archive", t.s3BucketName());
        // moto keeps selectors per region: they can only have been read from the home region
        assertEquals(1, t.advancedEventSelectors().size());
        TrailFieldSelector f = t.advancedEventSelectors().get(0).fieldSelectors().get(0);
        assertEquals("eventCategory", f.field());
        assertEquals(List.of("Management"), f.equalTo());
        assertTrue(t.eventSelectors().isEmpty());
    }

    @Test
    void load_whenSingleRegionTrailIsStoppedWithReadOnlySelectors_reportsBoth() {
        bucket("app-trail-logs");
        CloudTrailClient here = cloudTrail("eu-west-1");
        here.createTrail(r -> r.name("app-trail").s3BucketName("app-trail-logs").s3KeyPrefix("app"));
        here.putEventSelectors(r -> r.trailName("app-trail").eventSelectors(e -> e.readWriteType(ReadWriteType.READ_ONLY)
                .includeManagementEvents(true).excludeManagementEventSources("kms.amazonaws.com")));

        CloudTrailTrail t = named(new CloudTrailTrailsLoader().load(MOTO.clients("eu-west-1")), "app-trail");

        assertFalse(t.multiRegion());
        assertFalse(t.logging());
        assertNull(t.kmsKeyId());
        assertFalse(t.logFileValidationEnabled());
        assertEquals("app", t.s3KeyPrefix());
        assertEquals("eu-west-1", t.homeRegion());
        assertEquals(1, t.eventSelectors().size());
        assertEquals("ReadOnly", t.eventSelectors().get(0).readWriteType());
        assertEquals(true, t.eventSelectors().get(0).includeManagementEvents());
        assertEquals(List.of("kms.amazonaws.com"), t.eventSelectors().get(0).excludeManagementEventSources());
    }

    @Test
    void load_whenOtherRegionHasOnlySingleRegionTrails_listsNone() {
        bucket("us-only-logs");
        cloudTrail("us-east-1").createTrail(r -> r.name("us-only").s3BucketName("us-only-logs"));

        assertEquals(List.of(), new CloudTrailTrailsLoader().load(MOTO.clients("eu-west-1")).trails());
    }

    @Test
    void liveView_loadsTheDeclaredFactThroughItsLoader() {
        var view = new LiveAccountView(MOTO.clients("eu-west-1"), MotoServer.ACCOUNT_ID);

        assertEquals(new CloudTrailTrails(List.of()), view.fact(DetFacts.CLOUDTRAIL_TRAILS));
    }
}
