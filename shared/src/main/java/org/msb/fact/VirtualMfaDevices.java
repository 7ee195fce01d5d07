package org.msb.fact;

import java.util.List;
import java.util.Optional;

/** {@code iam:ListVirtualMFADevices}: every virtual MFA device of the account and whom it is assigned to. */
public record VirtualMfaDevices(List<Device> devices) {

    /**
     * @param userArn the user it is assigned to ({@code arn:aws:iam::111122223333:root} for root); null when unassigned
     * @param enableDate when it was enabled (ISO-8601); null when unassigned
     */
    public record Device(String serialNumber, String userArn, String userName, String enableDate) {
        public boolean isAssignedToRoot() {
            return (userArn != null && userArn.endsWith(":root")) || serialNumber.endsWith("/root-account-mfa-device");
        }
    }

    public VirtualMfaDevices {
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /** The virtual device of the root user, when root's MFA is virtual (not hardware). */
    public Optional<Device> rootDevice() { return devices.stream().filter(Device::isAssignedToRoot).findFirst(); }
}
