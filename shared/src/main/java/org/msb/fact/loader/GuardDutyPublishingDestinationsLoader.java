package org.msb.fact.loader;

import org.msb.fact.GuardDutyPublishingDestination;
import org.msb.fact.GuardDutyPublishingDestinations;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DescribePublishingDestinationResponse;
import software.amazon.awssdk.services.guardduty.model.Destination;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code guardduty.publishingDestinations}: for each detector, ListPublishingDestinations (paginated) and
 * DescribePublishingDestination, which alone gives the destination bucket ARN.
 */
public final class GuardDutyPublishingDestinationsLoader implements FactLoader<GuardDutyPublishingDestinations> {

    @Override
    public GuardDutyPublishingDestinations load(AwsClients clients) {
        GuardDutyClient gd = clients.regional(GuardDutyClient.class, GuardDutyClient::builder);
        List<String> ids = AwsCall.read("GuardDuty", "ListDetectors", "guardduty:ListDetectors",
                () -> gd.listDetectorsPaginator(r -> {}).detectorIds().stream().toList());
        List<GuardDutyPublishingDestination> out = new ArrayList<>();
        for (String id : ids) {
            List<Destination> destinations = AwsCall.read("GuardDuty", "ListPublishingDestinations", "guardduty:ListPublishingDestinations",
                    () -> gd.listPublishingDestinationsPaginator(r -> r.detectorId(id)).stream()
                            .flatMap(p -> p.destinations().stream()).toList());
            for (Destination d : destinations) {
                DescribePublishingDestinationResponse full = AwsCall.read("GuardDuty", "DescribePublishingDestination",
                        "guardduty:DescribePublishingDestination",
                        () -> gd.describePublishingDestination(r -> r.detectorId(id).destinationId(d.destinationId())));
                var props = full.destinationProperties();
                out.add(new GuardDutyPublishingDestination(id, d.destinationId(), d.destinationTypeAsString(), full.statusAsString(),
                        props == null ? null : props.destinationArn(), props == null ? null : props.kmsKeyArn()));
            }
        }
        return new GuardDutyPublishingDestinations(out);
    }
}
