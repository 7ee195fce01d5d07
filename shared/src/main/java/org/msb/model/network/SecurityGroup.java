package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A security group as its {@code AWS::EC2::SecurityGroup} configuration item records it. Peers of a
 * permission are read from every form Config has used: {@code ipRanges} (strings), {@code ipv4Ranges[].cidrIp},
 * {@code ipv6Ranges[].cidrIpv6}, {@code prefixListIds[].prefixListId} and {@code userIdGroupPairs[].groupId}.
 */
public record SecurityGroup(String groupId, String groupName, String vpcId,
                            List<SecurityGroupPermission> ingress, List<SecurityGroupPermission> egress) {
    public static final String RESOURCE_TYPE = "AWS::EC2::SecurityGroup";

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    /** What {@link #internetExposures} found: the exposed ports, and prefix lists whose entries were unknown. */
    public record Reach(List<Exposure> exposures, Set<String> unresolvedPrefixLists) {
        public Reach {
            exposures = List.copyOf(exposures);
            unresolvedPrefixLists = Collections.unmodifiableSet(new TreeSet<>(unresolvedPrefixLists));
        }

        public boolean isExposed() { return !exposures.isEmpty(); }
    }

    public static SecurityGroup from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        ItemFields fields = new ItemFields(ci);
        return new SecurityGroup(ci.property("groupId").text(ci.resourceId()), ci.property("groupName").text(),
                ci.property("vpcId").text(),
                permissions(ci, fields, "ipPermissions", Direction.INGRESS),
                permissions(ci, fields, "ipPermissionsEgress", Direction.EGRESS));
    }

    /** Every prefix list the group's permissions name, in either direction. */
    public Set<String> prefixListIds() {
        Set<String> ids = new TreeSet<>();
        for (SecurityGroupPermission p : ingress) ids.addAll(p.prefixListIds());
        for (SecurityGroupPermission p : egress) ids.addAll(p.prefixListIds());
        return Collections.unmodifiableSet(ids);
    }

    public List<SecurityGroupPermission> permissions(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /**
     * The sources (ingress) or destinations (egress) that {@code protocol} traffic on {@code port} may have,
     * as one address set per family. Prefix lists are expanded through {@code lists}; unknown lists and
     * referenced groups add nothing.
     */
    public AddressSet reach(Direction direction, Protocol protocol, int port, IpFamily family, PrefixLists lists) {
        AddressSet all = AddressSet.empty(family);
        for (SecurityGroupPermission p : permissions(direction)) {
            if (!p.allows(protocol, port)) continue;
            all = all.union(AddressSet.of(family, p.cidrs()));
            for (String pl : p.prefixListIds()) {
                List<Cidr> entries = lists.entries(pl);
                if (entries != null) all = all.union(AddressSet.of(family, entries));
            }
        }
        return all;
    }

    /**
     * Which of {@code ports} the whole internet (IPv4 or IPv6, counted separately) can reach with
     * {@code protocol} traffic, and through which permissions and public ranges. A port counts as exposed
     * when the allowed ranges together hold every public address: {@code 0.0.0.0/0}, {@code ::/0}, or halves
     * that add up to it. A {@code /32} or a private range never does.
     */
    public Reach internetExposures(Direction direction, Protocol protocol, Collection<Integer> ports, PrefixLists lists) {
        List<Exposure> exposures = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        for (int port : new TreeSet<>(ports)) {
            for (IpFamily family : IpFamily.values()) {
                ExposureBuilder culprits = new ExposureBuilder();
                for (SecurityGroupPermission p : permissions(direction)) {
                    if (!p.allows(protocol, port)) continue;
                    for (Cidr c : p.cidrs()) {
                        if (c.family() == family) culprits.add(c.toString(), p.describe(), AddressSet.of(c), AddressSet.of(c));
                    }
                    for (String pl : p.prefixListIds()) {
                        List<Cidr> entries = lists.entries(pl);
                        if (entries == null) unresolved.add(pl);
                        else culprits.add(pl, p.describe(), AddressSet.of(family, entries), AddressSet.of(family, entries));
                    }
                }
                if (!culprits.isEmpty() && reach(direction, protocol, port, family, lists).reachesWholeInternet()) {
                    exposures.add(culprits.build(protocol, port, family));
                }
            }
        }
        return new Reach(exposures, unresolved);
    }

    private static List<SecurityGroupPermission> permissions(ConfigurationItem ci, ItemFields fields, String key, Direction direction) {
        List<SecurityGroupPermission> out = new ArrayList<>();
        List<Node> recorded = ci.property(key).list();
        for (int i = 0; i < recorded.size(); i++) {
            Node p = recorded.get(i);
            String at = key + "[" + i + "]";
            Protocol protocol = fields.protocol(p.get("ipProtocol"), at + ".ipProtocol");
            // ports only mean ports for TCP and UDP; for ICMP they are type and code, for -1 they are absent or -1
            PortRange ports = protocol.usesPorts() ? fields.ports(p.get("fromPort"), p.get("toPort"), at + ".fromPort/toPort") : PortRange.ALL;
            Set<Cidr> cidrs = new LinkedHashSet<>();  // ipRanges and ipv4Ranges repeat each other in newer items
            List<Node> v4 = p.get("ipRanges").list();
            for (int j = 0; j < v4.size(); j++) {
                cidrs.add(fields.cidr(v4.get(j).isObject() ? v4.get(j).get("cidrIp").text() : v4.get(j).text(), at + ".ipRanges[" + j + "]"));
            }
            List<Node> v4objects = p.get("ipv4Ranges").list();
            for (int j = 0; j < v4objects.size(); j++) {
                cidrs.add(fields.cidr(v4objects.get(j).get("cidrIp").text(), at + ".ipv4Ranges[" + j + "].cidrIp"));
            }
            List<Node> v6 = p.get("ipv6Ranges").list();
            for (int j = 0; j < v6.size(); j++) {
                cidrs.add(fields.cidr(v6.get(j).isObject() ? v6.get(j).get("cidrIpv6").text() : v6.get(j).text(), at + ".ipv6Ranges[" + j + "].cidrIpv6"));
            }
            List<String> prefixLists = new ArrayList<>();
            for (Node pl : p.get("prefixListIds").list()) {
                String id = pl.isObject() ? pl.get("prefixListId").text() : pl.text();
                if (id != null) prefixLists.add(id);
            }
            List<String> groups = new ArrayList<>();
            for (Node g : p.get("userIdGroupPairs").list()) {
                String id = g.get("groupId").text(g.get("groupName").text());
                if (id != null) groups.add(id);
            }
            out.add(new SecurityGroupPermission(direction, i + 1, protocol, ports, List.copyOf(cidrs), prefixLists, groups));
        }
        return out;
    }
}
