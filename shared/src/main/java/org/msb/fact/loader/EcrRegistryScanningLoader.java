package org.msb.fact.loader;

import org.msb.fact.EcrRegistryScanning;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration;
import software.amazon.awssdk.services.ecr.model.RegistryScanningRule;
import software.amazon.awssdk.services.ecr.model.ScanningRepositoryFilter;

import java.util.ArrayList;
import java.util.List;

/** {@code ecr.registryScanning}: ecr:GetRegistryScanningConfiguration of the region's private registry. */
public final class EcrRegistryScanningLoader implements FactLoader<EcrRegistryScanning> {

    @Override
    public EcrRegistryScanning load(AwsClients clients) {
        EcrClient ecr = clients.regional(EcrClient.class, EcrClient::builder);
        RegistryScanningConfiguration c = AwsCall.read("ECR", "GetRegistryScanningConfiguration", "ecr:GetRegistryScanningConfiguration",
                () -> ecr.getRegistryScanningConfiguration(b -> {}).scanningConfiguration());
        if (c == null) return new EcrRegistryScanning("BASIC", List.of());  // the registry default
        List<EcrRegistryScanning.Rule> rules = new ArrayList<>();
        for (RegistryScanningRule r : c.rules()) {
            rules.add(new EcrRegistryScanning.Rule(r.scanFrequencyAsString(),
                    r.repositoryFilters().stream().map(ScanningRepositoryFilter::filter).toList()));
        }
        return new EcrRegistryScanning(c.scanTypeAsString(), rules);
    }
}
