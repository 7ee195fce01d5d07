package org.msb.fact.loader;

import org.msb.fact.GuardDutyDetector;
import org.msb.fact.GuardDutyDetectors;
import org.msb.fact.GuardDutyFeature;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Administrator;
import software.amazon.awssdk.services.guardduty.model.DetectorFeatureConfigurationResult;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code guardduty.detectors}: ListDetectors (paginated), then GetDetector and GetAdministratorAccount for
 * each. No detector is the value "GuardDuty never enabled here", not an error; a suspended detector is
 * listed with status DISABLED.
 */
public final class GuardDutyDetectorsLoader implements FactLoader<GuardDutyDetectors> {

    @Override
    public GuardDutyDetectors load(AwsClients clients) {
        GuardDutyClient gd = clients.regional(GuardDutyClient.class, GuardDutyClient::builder);
        List<String> ids = AwsCall.read("GuardDuty", "ListDetectors", "guardduty:ListDetectors",
                () -> gd.listDetectorsPaginator(r -> {}).detectorIds().stream().toList());
        List<GuardDutyDetector> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            GetDetectorResponse d = AwsCall.read("GuardDuty", "GetDetector", "guardduty:GetDetector", () -> gd.getDetector(r -> r.detectorId(id)));
            Administrator admin = AwsCall.read("GuardDuty", "GetAdministratorAccount", "guardduty:GetAdministratorAccount",
                    () -> gd.getAdministratorAccount(r -> r.detectorId(id)).administrator());
            List<GuardDutyFeature> features = new ArrayList<>();
            for (DetectorFeatureConfigurationResult f : d.features()) features.add(new GuardDutyFeature(f.nameAsString(), f.statusAsString()));
            out.add(new GuardDutyDetector(id, d.statusAsString(), d.findingPublishingFrequencyAsString(), features,
                    admin == null ? null : admin.accountId(), admin == null ? null : admin.relationshipStatus()));
        }
        return new GuardDutyDetectors(out);
    }
}
