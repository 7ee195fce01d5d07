package org.msb.fact.loader;

import org.msb.fact.PatchStates;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstancePatchState;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ssm.instancePatchStates}: the managed instances (ssm:DescribeInstanceInformation), then
 * ssm:DescribeInstancePatchStates for them, {@value #BATCH} ids a request (the API's limit).
 */
public final class PatchStatesLoader implements FactLoader<PatchStates> {
    static final int BATCH = 50;

    @Override
    public PatchStates load(AwsClients clients) {
        List<String> ids = ManagedInstancesLoader.read(clients).stream().map(InstanceInformation::instanceId).toList();
        SsmClient ssm = clients.regional(SsmClient.class, SsmClient::builder);
        List<PatchStates.State> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            List<InstancePatchState> states = AwsCall.read("SSM", "DescribeInstancePatchStates", "ssm:DescribeInstancePatchStates",
                    () -> ssm.describeInstancePatchStatesPaginator(b -> b.instanceIds(batch)).instancePatchStates().stream().toList());
            for (InstancePatchState s : states) {
                out.add(new PatchStates.State(s.instanceId(), s.baselineId(), s.patchGroup(), s.operationAsString(),
                        s.operationStartTime() == null ? null : s.operationStartTime().toString(),
                        s.operationEndTime() == null ? null : s.operationEndTime().toString(),
                        s.missingCount(), s.failedCount(), s.installedPendingRebootCount(),
                        s.criticalNonCompliantCount(), s.securityNonCompliantCount(), s.otherNonCompliantCount()));
            }
        }
        return new PatchStates(out);
    }
}
