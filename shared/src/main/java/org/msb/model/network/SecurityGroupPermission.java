package org.msb.model.network;

import java.util.List;

/**
 * One permission of a security group (an element of {@code ipPermissions} or {@code ipPermissionsEgress}):
 * a protocol, a port range ({@link PortRange#ALL} for protocols without ports) and its peers. Security
 * groups only allow, so a permission adds reach and never takes any away.
 *
 * @param position 1-based place in the recorded list; the Config item carries no rule ids, so this is how
 *                 annotations point at the rule
 * @param groupIds referenced security groups: they admit only the private addresses of members (in this VPC
 *                 or a peered one), never the internet
 */
public record SecurityGroupPermission(Direction direction, int position, Protocol protocol, PortRange ports,
                                      List<Cidr> cidrs, List<String> prefixListIds, List<String> groupIds) {
    public SecurityGroupPermission {
        cidrs = List.copyOf(cidrs);
        prefixListIds = List.copyOf(prefixListIds);
        groupIds = List.copyOf(groupIds);
    }

    /** True when this permission lets {@code protocol} traffic to or from {@code port} through. */
    public boolean allows(Protocol traffic, int port) {
        return protocol.includes(traffic) && ports.contains(port);
    }

    /** E.g. {@code inbound rule #1 (tcp 22)} or {@code inbound rule #3 (all traffic)}. */
    public String describe() {
        String what = protocol.isAll() ? "all traffic"
                : protocol.usesPorts() ? protocol.label() + " " + ports
                : protocol.label();
        return direction.word() + " rule #" + position + " (" + what + ")";
    }
}
