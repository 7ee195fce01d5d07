package org.msb.rules.securitygroupsrestricted;

import org.msb.error.InvalidParameterException;
import org.msb.item.ConfigurationItem;
import org.msb.model.network.Direction;
import org.msb.model.network.Exposure;
import org.msb.model.network.IpFamily;
import org.msb.model.network.OpenPorts;
import org.msb.model.network.PortRange;
import org.msb.model.network.PrefixLists;
import org.msb.model.network.Protocol;
import org.msb.model.network.SecurityGroup;
import org.msb.model.network.SecurityGroupPermission;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * INF-3: security groups admit the whole internet ({@code 0.0.0.0/0}, {@code ::/0}, or ranges adding up to them)
 * only on authorized TCP and UDP ports, do not let every TCP port out to the whole internet unless allowed, and
 * the default security group of every VPC has no rules at all.
 * <p>
 * Matches VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS (same parameter names and formats, {@code 443,1020-1025}) and
 * VPC_DEFAULT_SECURITY_GROUP_CLOSED, and exceeds them: all-traffic rules and other IP protocols (GRE, ESP...)
 * open to the internet count too, IPv6 and prefix lists are read, and egress is checked (managed rules look at
 * ingress only). ICMP from the internet is allowed: path MTU discovery needs it and it opens no service.
 * Referenced security groups admit only their members' private addresses; unrecorded (AWS-managed) prefix
 * lists are named as unchecked, as in INF-7.
 * <pre>
 * Scenario 1: Given tcp 443 from 0.0.0.0/0 and egress only to the VPC             Then COMPLIANT
 * Scenario 2: Given tcp 8080 (or 0-65535, or all traffic) from 0.0.0.0/0           Then NON_COMPLIANT naming the unauthorized ports
 * Scenario 3: Given the default egress rule (all traffic to 0.0.0.0/0)             Then NON_COMPLIANT unless allowUnrestrictedEgress
 * Scenario 4: Given a default security group with any rule                         Then NON_COMPLIANT naming the rule counts
 * Scenario 5: Given authorizedTcpPorts=443,1020-1025 and 1020-1025 open            Then COMPLIANT
 * Scenario 6: Given a deleted group or one that left the scope                     Then NOT_APPLICABLE (framework)
 * Scenario 7: Given a valid (or expired) exception                                 Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 8: Given authorizedTcpPorts=443-80                                      Then the invocation fails naming parameter and value
 * </pre>
 */
public final class SecurityGroupsRestrictedRule implements Rule {
    static final String TCP_PORTS = "authorizedTcpPorts";
    static final String UDP_PORTS = "authorizedUdpPorts";
    static final String ALLOW_EGRESS = "allowUnrestrictedEgress";
    private static final String PORT = "(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}|0)";

    static final RuleSpec SPEC = RuleSpec.builder("security-groups-restricted", "INF-3")
            .title("Security groups allow only required flows")
            .baseline("Security Groups should be limited to only required flows (inbound and outbound)")
            .description("Security groups admit the internet only on authorized TCP/UDP ports, do not open every port outbound to "
                    + "the internet unless allowed, and default security groups have no rules.")
            .severity(Severity.HIGH)
            // periodic too: a recorded prefix list a group names can change without the group changing
            .onChange(SecurityGroup.RESOURCE_TYPE).periodic().cleanUpStale()
            .readsItems(PrefixLists.RESOURCE_TYPE)
            .param(ParameterSpec.csv(TCP_PORTS, "80,443", "TCP ports or ranges (443,1020-1025) that may be open to 0.0.0.0/0 or ::/0")
                    .matching(PORT + "(-" + PORT + ")?", "ports or port ranges such as 443 or 1020-1025"))
            .param(ParameterSpec.csv(UDP_PORTS, "", "UDP ports or ranges that may be open to 0.0.0.0/0 or ::/0 (none by default)")
                    .matching(PORT + "(-" + PORT + ")?", "ports or port ranges such as 53 or 1020-1025"))
            .param(ParameterSpec.bool(ALLOW_EGRESS, false, "true: a group may let every TCP port out to the whole internet"))
            .remediation("Narrow inbound rules from 0.0.0.0/0 or ::/0 to the authorized ports or to known ranges; replace the "
                    + "all-traffic outbound rule with the destinations and ports the workload needs; remove every rule from "
                    + "default security groups and use dedicated groups instead.")
            .managedRule("VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", "VPC_DEFAULT_SECURITY_GROUP_CLOSED", "RESTRICTED_INCOMING_TRAFFIC")
            .securityHub("EC2.2", "EC2.18", "EC2.19")
            .cis("CIS v1.2.0 4.3", "CIS v3.0.0 5.4")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<PortRange> tcp = ranges(in, TCP_PORTS), udp = ranges(in, UDP_PORTS);
        boolean allowEgress = in.params().boolValue(ALLOW_EGRESS);
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : in.subjects(SecurityGroup.RESOURCE_TYPE)) {
            SecurityGroup group = SecurityGroup.from(item);
            if ("default".equals(group.groupName())) {
                out.add(defaultGroup(in, item, group));
                continue;
            }
            PrefixLists lists = group.prefixListIds().isEmpty() ? PrefixLists.none() : PrefixLists.fromItems(in.items(PrefixLists.RESOURCE_TYPE));
            Set<String> unresolved = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            problems.addAll(unauthorized(group, Protocol.TCP, tcp, lists, unresolved));
            problems.addAll(unauthorized(group, Protocol.UDP, udp, lists, unresolved));
            problems.addAll(otherProtocols(group, lists, unresolved));
            if (!allowEgress) {
                String egress = unrestrictedEgress(group, lists, unresolved);
                if (egress != null) problems.add(egress);
            }
            String unchecked = unresolved.isEmpty() ? "" : " Prefix list " + String.join(", ", unresolved)
                    + " is not recorded by AWS Config; its entries were not checked.";
            out.add(problems.isEmpty()
                    ? in.compliant(item, "Internet ingress only on authorized ports (" + label(tcp, udp) + ")"
                            + (allowEgress ? "." : "; outbound restricted.") + unchecked)
                    : in.nonCompliant(item, String.join("; ", problems) + "; expected internet ingress only on " + label(tcp, udp)
                            + (allowEgress ? "" : " and no unrestricted outbound") + "." + unchecked));
        }
        return out;
    }

    private static Evaluation defaultGroup(RuleInput in, ConfigurationItem item, SecurityGroup g) {
        int inbound = g.ingress().size(), outbound = g.egress().size();
        if (inbound == 0 && outbound == 0) return in.compliant(item, "Default security group of " + g.vpcId() + " has no rules.");
        return in.nonCompliant(item, "Default security group of " + g.vpcId() + " has " + inbound + " inbound and " + outbound
                + " outbound rules; expected none (use dedicated security groups).");
    }

    /** Runs of ports open to the whole internet that no authorized range covers, e.g. "tcp 8080 open to 0.0.0.0/0 by ...". */
    private static List<String> unauthorized(SecurityGroup g, Protocol protocol, List<PortRange> authorized, PrefixLists lists, Set<String> unresolved) {
        OpenPorts.Scan scan = OpenPorts.of(g, Direction.INGRESS, protocol, lists);
        unresolved.addAll(scan.unresolvedPrefixLists());
        List<String> out = new ArrayList<>();
        for (OpenPorts open : scan.open()) {
            for (PortRange left : minus(open.ports(), authorized)) {
                out.add(protocol.label() + " " + left + " open to " + String.join(" + ", open.sources()) + " by " + String.join(" + ", open.rules()));
            }
        }
        return out;
    }

    /** Protocols other than TCP, UDP and ICMP (GRE, ESP...) that a rule opens to the whole internet. */
    private static List<String> otherProtocols(SecurityGroup g, PrefixLists lists, Set<String> unresolved) {
        Set<Protocol> others = new LinkedHashSet<>();
        for (SecurityGroupPermission p : g.ingress()) {
            Protocol x = p.protocol();
            if (!x.isAll() && !x.usesPorts() && !x.equals(Protocol.ICMP) && !x.equals(Protocol.ICMPV6)) others.add(x);
        }
        List<String> out = new ArrayList<>();
        for (Protocol x : others) {
            SecurityGroup.Reach reach = g.internetExposures(Direction.INGRESS, x, List.of(0), lists);
            unresolved.addAll(reach.unresolvedPrefixLists());
            for (Exposure e : reach.exposures()) {
                out.add("protocol " + x.label() + " open to " + String.join(" + ", e.sources()) + " by " + String.join(" + ", e.rules()));
            }
        }
        return out;
    }

    /** Every TCP port reachable outbound to the whole internet of a family: what the all-traffic default rule allows. */
    private static String unrestrictedEgress(SecurityGroup g, PrefixLists lists, Set<String> unresolved) {
        OpenPorts.Scan scan = OpenPorts.of(g, Direction.EGRESS, Protocol.TCP, lists);
        unresolved.addAll(scan.unresolvedPrefixLists());
        for (IpFamily family : IpFamily.values()) {
            List<OpenPorts> runs = scan.open().stream().filter(o -> o.family() == family).toList();
            if (minus(PortRange.ALL, runs.stream().map(OpenPorts::ports).toList()).isEmpty() && !runs.isEmpty()) {
                Set<String> sources = new LinkedHashSet<>(), rules = new LinkedHashSet<>();
                runs.forEach(r -> { sources.addAll(r.sources()); rules.addAll(r.rules()); });
                return "every tcp port open outbound to " + String.join(" + ", sources) + " by " + String.join(" + ", rules);
            }
        }
        return null;
    }

    /** The parts of {@code range} no range of {@code cover} holds. */
    static List<PortRange> minus(PortRange range, List<PortRange> cover) {
        List<PortRange> left = new ArrayList<>(List.of(range));
        for (PortRange c : cover) {
            List<PortRange> next = new ArrayList<>();
            for (PortRange r : left) {
                if (c.to() < r.from() || c.from() > r.to()) { next.add(r); continue; }
                if (c.from() > r.from()) next.add(new PortRange(r.from(), c.from() - 1));
                if (c.to() < r.to()) next.add(new PortRange(c.to() + 1, r.to()));
            }
            left = next;
        }
        return left;
    }

    private static List<PortRange> ranges(RuleInput in, String param) {
        List<PortRange> out = new ArrayList<>();
        for (String v : in.params().list(param)) {
            String[] p = v.split("-");
            int from = Integer.parseInt(p[0]), to = p.length > 1 ? Integer.parseInt(p[1]) : from;
            if (from > to) throw new InvalidParameterException(param, String.join(",", in.params().list(param)),
                    "port ranges written low-high, e.g. 1020-1025 (" + v + " runs backwards)");
            out.add(new PortRange(from, to));
        }
        return out;
    }

    private static String label(List<PortRange> tcp, List<PortRange> udp) {
        String t = tcp.isEmpty() ? "no tcp port" : "tcp " + tcp.stream().map(PortRange::toString).collect(Collectors.joining(", "));
        return udp.isEmpty() ? t : t + "; udp " + udp.stream().map(PortRange::toString).collect(Collectors.joining(", "));
    }
}
