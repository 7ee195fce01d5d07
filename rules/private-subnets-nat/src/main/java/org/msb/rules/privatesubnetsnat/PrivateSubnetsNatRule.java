package org.msb.rules.privatesubnetsnat;

import org.msb.item.ConfigurationItem;
import org.msb.model.compute.Ec2Instance;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * INF-8: resources that are not meant to face the internet sit in private subnets. A subnet is public only when
 * its owner designates it so with a tag ({@code publicSubnetTag}, default {@code tier=public}); every other subnet
 * must not auto-assign public IPv4 addresses and must reach the internet, if at all, only outbound: through a NAT
 * gateway, an egress-only internet gateway, or an inspecting hop (firewall endpoint, transit gateway, appliance,
 * on-premises). A route to an internet gateway makes a subnet public whatever it is called. Instances have a public
 * IP only in designated public subnets. A subnet without an explicit association uses its VPC's main route table,
 * so a main table that routes to an internet gateway is flagged on its own: every new subnet would be public.
 * <p>
 * Exceeds SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED, NO_UNRESTRICTED_ROUTE_TO_IGW and EC2_INSTANCE_NO_PUBLIC_IP, which
 * cannot tell designated public subnets (load balancers, NAT gateways, bastions) from private ones.
 * <pre>
 * Scenario 1: Given a private subnet whose table routes 0.0.0.0/0 to a NAT gateway       Then COMPLIANT naming the path
 * Scenario 2: Given an untagged subnet on the main table with 0.0.0.0/0 -> igw            Then NON_COMPLIANT naming route, table and "main"
 * Scenario 3: Given an untagged subnet with mapPublicIpOnLaunch                           Then NON_COMPLIANT
 * Scenario 4: Given a subnet tagged tier=public with an internet gateway route            Then COMPLIANT
 * Scenario 5: Given a route table with an igw route serving an untagged subnet (or main)  Then NON_COMPLIANT naming the subnets
 * Scenario 6: Given an instance with a public IP outside a designated public subnet       Then NON_COMPLIANT naming IP and subnet
 * Scenario 7: Given a deleted subnet or one that left the scope                           Then NOT_APPLICABLE (framework)
 * Scenario 8: Given a valid (or expired) exception                                        Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 9: Given publicSubnetTag "a,b"                                                 Then the invocation fails naming parameter and value
 * </pre>
 */
public final class PrivateSubnetsNatRule implements Rule {
    static final String PUBLIC_TAG = "publicSubnetTag";

    static final RuleSpec SPEC = RuleSpec.builder("private-subnets-nat", "INF-8")
            .title("Private resources in private subnets; internet access through NAT")
            .baseline("Private resources must be in a private subnet with Internet access only provided via Nat Gateway")
            .description("Outside subnets tagged public: no auto-assigned public IPs, no instance public IPs, and no route to an "
                    + "internet gateway; internet access only through NAT or an inspecting hop.")
            .severity(Severity.HIGH)
            .onChange(Subnet.RESOURCE_TYPE, RouteTable.RESOURCE_TYPE, Ec2Instance.RESOURCE_TYPE)
            // periodic too: a subnet's verdict depends on route tables and tags that change without the subnet changing
            .periodic().cleanUpStale()
            .param(ParameterSpec.string(PUBLIC_TAG, "tier=public", "The tag (key=value, or a key alone) that designates a public subnet")
                    .matching(TagSelector.PATTERN, "a tag key, or key=value, without commas"))
            .remediation("Turn off auto-assign public IPv4 on private subnets, route their 0.0.0.0/0 to a NAT gateway (or an "
                    + "inspection endpoint) instead of the internet gateway, keep the main route table free of internet-gateway "
                    + "routes, release public IPs of private instances, and tag the subnets meant to be public.")
            .managedRule("SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED", "NO_UNRESTRICTED_ROUTE_TO_IGW", "EC2_INSTANCE_NO_PUBLIC_IP")
            .securityHub("EC2.9", "EC2.15")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        TagSelector publicTag = TagSelector.parse(in.params().string(PUBLIC_TAG));
        VpcRouting routing = VpcRouting.fromItems(in.items(Subnet.RESOURCE_TYPE), in.items(RouteTable.RESOURCE_TYPE), List.of());
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : in.subjects(Subnet.RESOURCE_TYPE)) out.add(subnet(in, item, routing, publicTag));
        for (ConfigurationItem item : in.subjects(RouteTable.RESOURCE_TYPE)) out.add(routeTable(in, item, routing, publicTag));
        for (ConfigurationItem item : in.subjects(Ec2Instance.RESOURCE_TYPE)) out.add(instance(in, item, routing, publicTag));
        return out;
    }

    private static Evaluation subnet(RuleInput in, ConfigurationItem item, VpcRouting routing, TagSelector publicTag) {
        Subnet s = Subnet.from(item);
        var egress = routing.egressOf(s);
        if (publicTag.matches(s.tags())) {
            return in.compliant(item, "Designated public subnet (" + publicTag + ")"
                    + egress.map(e -> e.direct().isEmpty() ? "" : "; routes to " + targets(e.direct())).orElse("") + ".");
        }
        List<String> problems = new ArrayList<>();
        if (s.mapPublicIpOnLaunch()) problems.add("auto-assigns public IPv4 addresses (mapPublicIpOnLaunch)");
        if (egress.isEmpty()) {
            problems.add("its route table is not recorded (no association and no main table of " + s.vpcId() + "), so its internet path is unknown");
        } else if (!egress.get().direct().isEmpty()) {
            problems.add("routes " + routes(egress.get().direct()) + " through " + egress.get().tableLabel());
        }
        if (!problems.isEmpty()) {
            return in.nonCompliant(item, "Subnet not tagged " + publicTag + " " + String.join(" and ", problems)
                    + "; expected no public IPs and internet access only through a NAT gateway or an inspecting hop.");
        }
        var e = egress.get();
        if (e.isIsolated()) return in.compliant(item, "Private subnet without internet route (" + e.tableLabel() + ").");
        return in.compliant(item, "Private subnet reaching the internet through " + targets(e.routes().stream().map(RouteTable.InternetRoute::route).toList())
                + " (" + e.tableLabel() + ").");
    }

    private static Evaluation routeTable(RuleInput in, ConfigurationItem item, VpcRouting routing, TagSelector publicTag) {
        RouteTable t = RouteTable.from(item);
        List<Route> direct = t.internetRoutes().stream().map(RouteTable.InternetRoute::route)
                .filter(r -> r.target().kind().egress() == RouteTarget.Egress.DIRECT).toList();
        if (direct.isEmpty()) return in.compliant(item, "No route to an internet gateway.");
        List<Subnet> served = routing.subnetsUsing(t);
        if (t.main()) {
            return in.nonCompliant(item, "Main route table of " + t.vpcId() + " routes " + routes(direct)
                    + ": every subnet without its own route table is public; expected no internet-gateway route in the main table.");
        }
        List<String> privateOnes = served.stream().filter(s -> !publicTag.matches(s.tags())).map(Subnet::describe).toList();
        if (!privateOnes.isEmpty()) {
            return in.nonCompliant(item, "Routes " + routes(direct) + " for subnets not tagged " + publicTag + ": "
                    + String.join(", ", privateOnes) + "; expected internet-gateway routes only for designated public subnets.");
        }
        return in.compliant(item, "Routes " + routes(direct) + " only for designated public subnets"
                + (served.isEmpty() ? " (serves no subnet)." : " (" + served.stream().map(Subnet::subnetId).collect(Collectors.joining(", ")) + ")."));
    }

    private static Evaluation instance(RuleInput in, ConfigurationItem item, VpcRouting routing, TagSelector publicTag) {
        Ec2Instance i = Ec2Instance.from(item);
        if (!i.hasPublicIp()) return in.compliant(item, "No public IP address.");
        String ips = String.join(", ", i.publicIps());
        var subnet = i.subnetId() == null ? java.util.Optional.<Subnet>empty() : routing.subnet(i.subnetId());
        if (subnet.isPresent() && publicTag.matches(subnet.get().tags())) {
            return in.compliant(item, "Public IP " + ips + " in designated public subnet " + subnet.get().describe() + ".");
        }
        String where = subnet.map(s -> "subnet " + s.describe() + ", not tagged " + publicTag)
                .orElse("subnet " + i.subnetId() + ", which is not recorded");
        return in.nonCompliant(item, "Public IP " + ips + " in " + where + "; expected no public IP outside designated public subnets.");
    }

    private static String routes(List<Route> routes) {
        return routes.stream().map(Route::describe).collect(Collectors.joining(", "));
    }

    private static String targets(List<Route> routes) {
        Set<String> t = new LinkedHashSet<>();
        routes.forEach(r -> t.add(r.target().describe()));
        return String.join(", ", t);
    }
}
