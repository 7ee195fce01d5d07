package org.msb.fact.loader;

import org.msb.fact.VirtualMfaDevices;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;

import java.util.List;

/** {@code iam.virtualMfaDevices}: every virtual MFA device (iam:ListVirtualMFADevices, all pages) and its user. */
public final class VirtualMfaDevicesLoader implements FactLoader<VirtualMfaDevices> {
    @Override
    public VirtualMfaDevices load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        List<VirtualMfaDevices.Device> devices = AwsCall.read("IAM", "ListVirtualMFADevices", "iam:ListVirtualMFADevices",
                () -> iam.listVirtualMFADevicesPaginator(r -> r.assignmentStatus(AssignmentStatusType.ANY)).virtualMFADevices().stream()
                        .map(d -> new VirtualMfaDevices.Device(d.serialNumber(),
                                d.user() == null ? null : d.user().arn(), d.user() == null ? null : d.user().userName(),
                                d.enableDate() == null ? null : d.enableDate().toString()))
                        .toList());
        return new VirtualMfaDevices(devices);
    }
}
