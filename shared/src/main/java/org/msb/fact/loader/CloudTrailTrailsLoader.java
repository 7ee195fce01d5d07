package org.msb.fact.loader;

import org.msb.fact.CloudTrailTrail;
import org.msb.fact.CloudTrailTrails;
import org.msb.fact.TrailAdvancedEventSelector;
import org.msb.fact.TrailEventSelector;
import org.msb.fact.TrailFieldSelector;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cloudtrail.trails}: DescribeTrails with shadow trails (a member account sees the organization
 * trail only so; a multi-region trail of another region appears the same way), then, for each trail,
 * GetTrailStatus and GetEventSelectors by ARN in the trail's home region: a shadow trail's status is only
 * reported there, and a member account must name an organization trail by its full ARN.
 */
public final class CloudTrailTrailsLoader implements FactLoader<CloudTrailTrails> {

    @Override
    public CloudTrailTrails load(AwsClients clients) {
        CloudTrailClient here = clients.regional(CloudTrailClient.class, CloudTrailClient::builder);
        // DescribeTrails has no pagination: it returns every trail of the region in one answer
        List<Trail> trails = AwsCall.read("CloudTrail", "DescribeTrails", "cloudtrail:DescribeTrails",
                () -> here.describeTrails(r -> r.includeShadowTrails(true)).trailList());
        Map<String, AwsClients> otherRegions = new HashMap<>();
        try {
            List<CloudTrailTrail> out = new ArrayList<>(trails.size());
            for (Trail t : trails) {
                String home = t.homeRegion() == null || t.homeRegion().isBlank() ? clients.region() : t.homeRegion();
                CloudTrailClient client = home.equals(clients.region()) ? here
                        : otherRegions.computeIfAbsent(home, r -> new AwsClients(clients.settings().withRegion(r)))
                                .regional(CloudTrailClient.class, CloudTrailClient::builder);
                out.add(trail(t, home, client));
            }
            return new CloudTrailTrails(out);
        } finally {
            otherRegions.values().forEach(AwsClients::close);
        }
    }

    private static CloudTrailTrail trail(Trail t, String home, CloudTrailClient client) {
        String arn = t.trailARN();
        GetTrailStatusResponse s = AwsCall.read("CloudTrail", "GetTrailStatus (" + home + ")", "cloudtrail:GetTrailStatus",
                () -> client.getTrailStatus(r -> r.name(arn)));
        GetEventSelectorsResponse sel = AwsCall.read("CloudTrail", "GetEventSelectors (" + home + ")", "cloudtrail:GetEventSelectors",
                () -> client.getEventSelectors(r -> r.trailName(arn)));
        List<TrailEventSelector> classic = new ArrayList<>();
        for (EventSelector e : sel.eventSelectors()) {
            classic.add(new TrailEventSelector(e.readWriteTypeAsString(), e.includeManagementEvents(),
                    e.excludeManagementEventSources(), e.dataResources().size()));
        }
        List<TrailAdvancedEventSelector> advanced = new ArrayList<>();
        for (AdvancedEventSelector a : sel.advancedEventSelectors()) {
            List<TrailFieldSelector> fields = new ArrayList<>();
            for (AdvancedFieldSelector f : a.fieldSelectors()) {
                fields.add(new TrailFieldSelector(f.field(), f.equalsValue(), f.notEquals(), f.startsWith(), f.notStartsWith(),
                        f.endsWith(), f.notEndsWith()));
            }
            advanced.add(new TrailAdvancedEventSelector(a.name(), fields));
        }
        return new CloudTrailTrail(t.name(), arn, home, Boolean.TRUE.equals(t.isMultiRegionTrail()),
                Boolean.TRUE.equals(t.isOrganizationTrail()), t.s3BucketName(), t.s3KeyPrefix(), blankToNull(t.kmsKeyId()),
                Boolean.TRUE.equals(t.logFileValidationEnabled()), Boolean.TRUE.equals(t.includeGlobalServiceEvents()),
                blankToNull(t.cloudWatchLogsLogGroupArn()), blankToNull(t.snsTopicARN()), Boolean.TRUE.equals(t.hasCustomEventSelectors()),
                Boolean.TRUE.equals(s.isLogging()), blankToNull(s.latestDeliveryError()),
                blankToNull(s.latestDeliveryAttemptTime()), blankToNull(s.latestDeliveryAttemptSucceeded()), classic, advanced);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
