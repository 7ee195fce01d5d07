package org.msb.fact.loader;

import org.msb.fact.GuardDutyDetectors;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

import java.util.ArrayList;
import java.util.List;

/** {@code guardduty.detectorStatus}: guardduty:ListDetectors (SDK paginator), then guardduty:GetDetector for each status. */
public final class GuardDutyDetectorsLoader implements FactLoader<GuardDutyDetectors> {

    @Override
    public GuardDutyDetectors load(AwsClients clients) {
        GuardDutyClient gd = clients.regional(GuardDutyClient.class, GuardDutyClient::builder);
        List<String> ids = AwsCall.read("GuardDuty", "ListDetectors", "guardduty:ListDetectors",
                () -> gd.listDetectorsPaginator(r -> {}).detectorIds().stream().toList());
        List<GuardDutyDetectors.Detector> out = new ArrayList<>();
        for (String id : ids) {
            String status = AwsCall.read("GuardDuty", "GetDetector", "guardduty:GetDetector",
                    () -> gd.getDetector(r -> r.detectorId(id)).statusAsString());
            out.add(new GuardDutyDetectors.Detector(id, status));
        }
        return new GuardDutyDetectors(out);
    }
}
