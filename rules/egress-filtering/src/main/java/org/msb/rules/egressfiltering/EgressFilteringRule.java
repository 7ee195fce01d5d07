package org.msb.rules.egressfiltering;

import org.msb.item.ConfigurationItem;
import org.msb.model.network.NatGateway;
import org.msb.model.network.Route;
import org.msb.model.network.RouteTable;
import org.msb.model.network.RouteTarget;
import org.msb.model.network.Subnet;
import org.msb.model.network.TagSelector;
import org.msb.model.network.VpcRouting;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * INF-9 (optional): private subnets reach the internet through a path that can filter it: a gateway load balancer
 * or AWS Network Firewall endpoint, a transit gateway to a central egress VPC, or a proxy appliance's network
 * interface (the accepted kinds are a parameter). A NAT gateway alone does not filter, but the common design puts
 * the firewall after it: the NAT gateway's own subnet routes to the firewall endpoint before the internet gateway,
 * so the path is followed through the NAT to the route table of the subnet it sits in. Subnets tagged public
 * (load balancers, NAT gateways) are NOT_APPLICABLE; isolated subnets have nothing to filter.
 * <pre>
 * Scenario 1: Given private 0.0.0.0/0 -> vpce (firewall endpoint)                          Then COMPLIANT
 * Scenario 2: Given private 0.0.0.0/0 -> nat, NAT subnet 0.0.0.0/0 -> vpce                Then COMPLIANT naming both hops
 * Scenario 3: Given private 0.0.0.0/0 -> nat, NAT subnet 0.0.0.0/0 -> igw                 Then NON_COMPLIANT "straight through NAT"
 * Scenario 4: Given 0.0.0.0/0 -> tgw when transit-gateway is not accepted                 Then NON_COMPLIANT naming the parameter
 * Scenario 5: Given a subnet tagged tier=public                                           Then NOT_APPLICABLE
 * Scenario 6: Given a valid (or expired) exception                                        Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 7: Given acceptedEgressTargets=firewall                                        Then the invocation fails naming parameter and value
 * </pre>
 */
public final class EgressFilteringRule implements Rule {
    static final String PUBLIC_TAG = "publicSubnetTag";
    static final String ACCEPTED = "acceptedEgressTargets";
    private static final String KINDS = "gateway-load-balancer-endpoint|transit-gateway|network-interface|virtual-private-gateway|local-gateway";

    static final RuleSpec SPEC = RuleSpec.builder("egress-filtering", "INF-9")
            .title("Private subnets reach the internet through egress filtering")
            .baseline("Optional: Resources connect out to the Internet via egress filtering/proxy to inspect traffic (Sophos UTM, Palo Alto, etc)")
            .description("Private subnets reach the internet only through an inspecting path (Network Firewall or gateway load "
                    + "balancer endpoint, central egress transit gateway, proxy), not straight through NAT.")
            .severity(Severity.MEDIUM)
            .periodic().cleanUpStale().optional()
            .readsItems(Subnet.RESOURCE_TYPE, RouteTable.RESOURCE_TYPE, NatGateway.RESOURCE_TYPE)
            .param(ParameterSpec.string(PUBLIC_TAG, "tier=public", "The tag (key=value, or a key alone) that designates a public subnet")
                    .matching(TagSelector.PATTERN, "a tag key, or key=value, without commas"))
            .param(ParameterSpec.csv(ACCEPTED, "gateway-load-balancer-endpoint,transit-gateway,network-interface",
                            "Route targets that count as an inspecting egress path")
                    .matching(KINDS, "gateway-load-balancer-endpoint, transit-gateway, network-interface, virtual-private-gateway or local-gateway"))
            .remediation("Send private subnets' 0.0.0.0/0 (and ::/0) to an AWS Network Firewall or gateway load balancer endpoint, "
                    + "or to a transit gateway attached to a central egress VPC that filters; when a NAT gateway stays in the path, "
                    + "route the NAT gateway's subnet to the firewall endpoint before the internet gateway.")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        TagSelector publicTag = TagSelector.parse(in.params().string(PUBLIC_TAG));
        Set<RouteTarget.Kind> accepted = accepted(in.params().list(ACCEPTED));
        VpcRouting routing = VpcRouting.fromItems(in.items(Subnet.RESOURCE_TYPE), in.items(RouteTable.RESOURCE_TYPE),
                in.items(NatGateway.RESOURCE_TYPE));
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : in.subjects(Subnet.RESOURCE_TYPE)) {
            Subnet s = Subnet.from(item);
            if (publicTag.matches(s.tags())) {
                out.add(in.notApplicable(item, "Designated public subnet (" + publicTag + "); egress filtering applies to private subnets."));
                continue;
            }
            var egress = routing.egressOf(s);
            if (egress.isEmpty()) {
                out.add(in.nonCompliant(item, "Route table not recorded (no association and no main table of " + s.vpcId()
                        + "), so its egress path cannot be shown; expected an inspecting path."));
                continue;
            }
            if (egress.get().isIsolated()) {
                out.add(in.compliant(item, "No internet route (" + egress.get().tableLabel() + "); nothing to filter."));
                continue;
            }
            List<String> problems = new ArrayList<>();
            Set<String> paths = new LinkedHashSet<>();
            for (RouteTable.InternetRoute r : egress.get().routes()) check(r.route(), routing, accepted, problems, paths);
            out.add(problems.isEmpty()
                    ? in.compliant(item, "Egress inspected: " + String.join("; ", paths) + " (" + egress.get().tableLabel() + ").")
                    : in.nonCompliant(item, String.join("; ", problems) + " (" + egress.get().tableLabel()
                            + "); expected an inspecting path (" + String.join(", ", in.params().list(ACCEPTED)) + ")."));
        }
        return out;
    }

    /** One internet route of a private subnet: accepted as it is, followed through a NAT gateway, or a problem. */
    private static void check(Route r, VpcRouting routing, Set<RouteTarget.Kind> accepted, List<String> problems, Set<String> paths) {
        String dest = r.destination() != null ? r.destination().toString() : r.destinationPrefixListId();
        RouteTarget t = r.target();
        if (accepted.contains(t.kind())) {
            paths.add(dest + " through " + t.describe());
            return;
        }
        switch (t.kind().egress()) {
            case DIRECT -> problems.add(dest + " straight to " + t.describe());
            case INSPECTED -> problems.add(dest + " to " + t.describe() + ", not an accepted inspecting path");
            case OUTBOUND_ONLY -> {
                if (t.kind() != RouteTarget.Kind.NAT_GATEWAY) {
                    problems.add(dest + " to " + t.describe() + " without inspection");
                    return;
                }
                beyondNat(r, dest, t.id(), routing, accepted, problems, paths);
            }
            case NONE -> { }  // peering, gateway endpoints: not an internet path
        }
    }

    /** After a NAT gateway, traffic follows the route table of the NAT gateway's subnet, in the same address family. */
    private static void beyondNat(Route viaNat, String dest, String natId, VpcRouting routing, Set<RouteTarget.Kind> accepted, List<String> problems, Set<String> paths) {
        var nat = routing.natGateway(natId);
        var natSubnet = nat.flatMap(n -> routing.subnet(n.subnetId()));
        var natEgress = natSubnet.flatMap(routing::egressOf);
        if (natEgress.isEmpty()) {
            problems.add(dest + " to " + natId + ", whose " + (nat.isEmpty() ? "item" : "subnet " + nat.get().subnetId() + " or its route table")
                    + " is not recorded, so the path beyond it is unknown");
            return;
        }
        List<Route> next = natEgress.get().routes().stream().map(RouteTable.InternetRoute::route)
                .filter(n -> n.destination() != null && viaNat.destination() != null && n.destination().family() == viaNat.destination().family())
                .toList();
        if (next.isEmpty()) {
            paths.add(dest + " to " + natId + ", whose subnet has no internet route");  // nothing leaves: nothing to filter
            return;
        }
        List<Route> unfiltered = next.stream().filter(n -> !accepted.contains(n.target().kind())).toList();
        if (!unfiltered.isEmpty()) {
            problems.add(dest + " straight through " + natId + " (NAT gateway; its subnet " + natSubnet.get().subnetId() + " routes "
                    + String.join(", ", unfiltered.stream().map(Route::describe).toList()) + ")");
            return;
        }
        next.forEach(n -> paths.add(dest + " through " + natId + " then " + n.target().describe()));
    }

    private static Set<RouteTarget.Kind> accepted(List<String> names) {
        Set<RouteTarget.Kind> kinds = new LinkedHashSet<>();
        for (String n : names) {
            RouteTarget.Kind k = RouteTarget.Kind.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_'));
            kinds.add(k);
            if (k == RouteTarget.Kind.NETWORK_INTERFACE) kinds.add(RouteTarget.Kind.INSTANCE);  // a route to an instance is to its interface
        }
        return kinds;
    }
}
