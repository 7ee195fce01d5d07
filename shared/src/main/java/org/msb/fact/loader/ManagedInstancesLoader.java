package org.msb.fact.loader;

import org.msb.fact.ManagedInstances;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

import java.util.List;

/** {@code ssm.instanceInformation}: ssm:DescribeInstanceInformation, every page (agent ping only; AM-4's {@code ssm.managedInstances} adds association runs). */
public final class ManagedInstancesLoader implements FactLoader<ManagedInstances> {

    @Override
    public ManagedInstances load(AwsClients clients) {
        return new ManagedInstances(read(clients).stream().map(i -> new ManagedInstances.Instance(i.instanceId(), i.pingStatusAsString(),
                i.lastPingDateTime() == null ? null : i.lastPingDateTime().toString(), i.platformTypeAsString(), i.platformName(),
                i.agentVersion(), i.resourceTypeAsString())).toList());
    }

    static List<InstanceInformation> read(AwsClients clients) {
        SsmClient ssm = clients.regional(SsmClient.class, SsmClient::builder);
        return AwsCall.read("SSM", "DescribeInstanceInformation", "ssm:DescribeInstanceInformation",
                () -> ssm.describeInstanceInformationPaginator(b -> b.maxResults(50)).instanceInformationList().stream().toList());
    }
}
