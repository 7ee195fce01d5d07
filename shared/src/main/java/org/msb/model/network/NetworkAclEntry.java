package org.msb.model.network;

/**
 * One entry of a network ACL ({@code entries[]} of an {@code AWS::EC2::NetworkAcl} item). Entries are
 * evaluated in ascending rule number and the first one that matches decides; {@code 32767} (shown as
 * {@code *}) is the default deny.
 *
 * @param ports {@link PortRange#ALL} for protocols without ports
 */
public record NetworkAclEntry(int ruleNumber, Direction direction, Protocol protocol, boolean allow, Cidr cidr, PortRange ports) {

    /** The default entries AWS adds to every network ACL (32767 for IPv4, 32768 for IPv6) cannot be changed. */
    public boolean isDefault() { return ruleNumber >= 32767; }

    public boolean matches(Protocol traffic, int port) {
        return protocol.includes(traffic) && ports.contains(port);
    }

    /** E.g. {@code inbound rule 100 (allow all traffic from 0.0.0.0/0)}. */
    public String describe() {
        String what = protocol.isAll() ? "all traffic" : protocol.usesPorts() ? protocol.label() + " " + ports : protocol.label();
        return direction.word() + " rule " + (isDefault() ? "*" : Integer.toString(ruleNumber)) + " ("
                + (allow ? "allow " : "deny ") + what + (direction == Direction.INGRESS ? " from " : " to ") + cidr + ")";
    }
}
