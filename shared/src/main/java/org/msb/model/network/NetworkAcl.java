package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A network ACL as its {@code AWS::EC2::NetworkAcl} item records it: {@code entries[]} with
 * {@code ruleNumber}, {@code protocol}, {@code ruleAction}, {@code egress}, {@code cidrBlock} or
 * {@code ipv6CidrBlock}, and {@code portRange.from/to}. Unlike a security group it is ordered: for each
 * address, the lowest-numbered matching entry decides, so a deny before an allow wins and an allow before
 * a deny wins.
 */
public record NetworkAcl(String networkAclId, String vpcId, boolean isDefault, List<NetworkAclEntry> entries) {
    public static final String RESOURCE_TYPE = "AWS::EC2::NetworkAcl";

    public NetworkAcl {
        entries = entries.stream().sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber)).toList();
    }

    /** The addresses whose traffic is allowed, and what each allow entry decided. */
    public record Admission(AddressSet allowed, List<Admitted> allows) {
        public Admission { allows = List.copyOf(allows); }
    }

    /** The addresses an allow entry decided: its block minus what earlier entries had already decided. */
    public record Admitted(NetworkAclEntry entry, AddressSet addresses) {}

    public static NetworkAcl from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        ItemFields fields = new ItemFields(ci);
        List<NetworkAclEntry> entries = new ArrayList<>();
        List<Node> recorded = ci.property("entries").list();
        for (int i = 0; i < recorded.size(); i++) entries.add(entry(recorded.get(i), fields, "entries[" + i + "]"));
        return new NetworkAcl(ci.property("networkAclId").text(ci.resourceId()), ci.property("vpcId").text(),
                ci.property("isDefault").isTrue(), entries);
    }

    /** The entries of one direction in evaluation order. */
    public List<NetworkAclEntry> entries(Direction direction) {
        return entries.stream().filter(e -> e.direction() == direction).toList();
    }

    /**
     * Which addresses of {@code family} may send (ingress) or receive (egress) {@code protocol} traffic on
     * {@code port}: each address is decided by the first matching entry in rule-number order; an address no
     * entry matches is denied, as by the default entry.
     */
    public Admission admission(Direction direction, Protocol protocol, int port, IpFamily family) {
        AddressSet undecided = AddressSet.all(family);
        AddressSet allowed = AddressSet.empty(family);
        List<Admitted> allows = new ArrayList<>();
        for (NetworkAclEntry e : entries(direction)) {
            if (e.cidr().family() != family || !e.matches(protocol, port)) continue;
            AddressSet decidedHere = undecided.intersect(AddressSet.of(e.cidr()));
            if (e.allow() && !decidedHere.isEmpty()) {
                allowed = allowed.union(decidedHere);
                allows.add(new Admitted(e, decidedHere));
            }
            undecided = undecided.minus(decidedHere);
            if (undecided.isEmpty()) break;
        }
        return new Admission(allowed, allows);
    }

    /** Which of {@code ports} the whole internet (IPv4 or IPv6) can reach through this ACL, and by which entries. */
    public List<Exposure> internetExposures(Direction direction, Protocol protocol, Collection<Integer> ports) {
        List<Exposure> out = new ArrayList<>();
        for (int port : new TreeSet<>(ports)) {
            for (IpFamily family : IpFamily.values()) {
                Admission a = admission(direction, protocol, port, family);
                if (!a.allowed().reachesWholeInternet()) continue;
                ExposureBuilder culprits = new ExposureBuilder();
                for (Admitted x : a.allows()) culprits.add(x.entry().cidr().toString(), x.entry().describe(), x.addresses(), AddressSet.of(x.entry().cidr()));
                out.add(culprits.build(protocol, port, family));
            }
        }
        return out;
    }

    private static NetworkAclEntry entry(Node e, ItemFields fields, String at) {
        Long number = e.get("ruleNumber").number();
        if (number == null || number < 1 || number > 32768) throw fields.error(at + ".ruleNumber", "\"" + e.get("ruleNumber").text() + "\" is not a rule number 1-32768");
        Boolean egress = e.get("egress").bool();
        if (egress == null) throw fields.error(at + ".egress", "is missing or not a boolean");
        String action = e.get("ruleAction").text("").toLowerCase(Locale.ROOT);
        if (!action.equals("allow") && !action.equals("deny")) throw fields.error(at + ".ruleAction", "\"" + e.get("ruleAction").text() + "\" is not allow or deny");
        Protocol protocol = fields.protocol(e.get("protocol"), at + ".protocol");
        String v4 = e.get("cidrBlock").text(), v6 = e.get("ipv6CidrBlock").text();
        if (v4 == null && v6 == null) throw fields.error(at, "has neither cidrBlock nor ipv6CidrBlock");
        Cidr cidr = v4 != null ? fields.cidr(v4, at + ".cidrBlock") : fields.cidr(v6, at + ".ipv6CidrBlock");
        // TCP and UDP entries always carry portRange; for other protocols it is absent or ignored
        PortRange ports = protocol.usesPorts() ? fields.ports(e.path("portRange.from"), e.path("portRange.to"), at + ".portRange") : PortRange.ALL;
        return new NetworkAclEntry(number.intValue(), egress ? Direction.EGRESS : Direction.INGRESS, protocol,
                action.equals("allow"), cidr, ports);
    }
}
