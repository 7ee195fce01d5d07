package org.msb.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run of TCP or UDP ports that the whole internet of one address family can reach through a security group,
 * with the public sources and the rules that open it. Found by {@link #of}, which looks at every port at the
 * cost of one check per distinct stretch of the group's port ranges, not 65,536.
 */
public record OpenPorts(Protocol protocol, PortRange ports, IpFamily family, List<String> sources, List<String> rules) {
    public OpenPorts {
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
    }

    /** Every open run of {@code protocol} ports, and the prefix lists whose entries were unknown. */
    public record Scan(List<OpenPorts> open, Set<String> unresolvedPrefixLists) {
        public Scan {
            open = List.copyOf(open);
            unresolvedPrefixLists = Collections.unmodifiableSet(new TreeSet<>(unresolvedPrefixLists));
        }
    }

    /**
     * The ports of {@code protocol} (TCP or UDP) that the whole internet can reach in {@code direction}: each
     * stretch between the bounds of the group's port ranges is allowed by the same rules, so one port decides it.
     */
    public static Scan of(SecurityGroup group, Direction direction, Protocol protocol, PrefixLists lists) {
        if (!protocol.usesPorts()) throw new IllegalArgumentException("ports are for tcp and udp, not " + protocol);
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        for (SecurityGroupPermission p : group.permissions(direction)) {
            if (!p.protocol().includes(protocol)) continue;
            bounds.add(p.ports().from());
            if (p.ports().to() < PortRange.MAX_PORT) bounds.add(p.ports().to() + 1);
        }
        List<OpenPorts> open = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        List<Integer> starts = new ArrayList<>(bounds);
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : PortRange.MAX_PORT;
            SecurityGroup.Reach reach = group.internetExposures(direction, protocol, List.of(from), lists);
            unresolved.addAll(reach.unresolvedPrefixLists());
            for (Exposure e : reach.exposures()) merge(open, new OpenPorts(protocol, new PortRange(from, to), e.family(), e.sources(), e.rules()));
        }
        return new Scan(open, unresolved);
    }

    /** Adjacent runs opened by the same sources and rules become one. */
    private static void merge(List<OpenPorts> open, OpenPorts next) {
        for (int i = open.size() - 1; i >= 0; i--) {
            OpenPorts last = open.get(i);
            if (last.family() == next.family() && last.ports().to() + 1 == next.ports().from()
                    && Objects.equals(last.sources(), next.sources()) && Objects.equals(last.rules(), next.rules())) {
                open.set(i, new OpenPorts(last.protocol(), new PortRange(last.ports().from(), next.ports().to()), last.family(),
                        last.sources(), last.rules()));
                return;
            }
        }
        open.add(next);
    }

    /** True when every port of the protocol is open (what an all-traffic rule does). */
    public boolean isEveryPort() { return ports.isAll(); }

    /** E.g. {@code tcp 0-65535 to 0.0.0.0/0 by outbound rule #1 (all traffic)}. */
    public String describe(String preposition) {
        return protocol.label() + " " + ports + " " + preposition + " " + String.join(" + ", sources) + " by " + String.join(" + ", rules);
    }
}
