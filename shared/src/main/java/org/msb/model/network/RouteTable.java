package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A route table as its {@code AWS::EC2::RouteTable} item records it: {@code routes[]} (destination in
 * {@code destinationCidrBlock}, {@code destinationIpv6CidrBlock} or {@code destinationPrefixListId}; the target
 * in one of the fields {@link RouteTarget} reads; {@code state}) and {@code associations[]} ({@code subnetId},
 * {@code gatewayId} for an edge association, {@code main: true} for the VPC's main table, and
 * {@code associationState.state}).
 */
public record RouteTable(String routeTableId, String vpcId, boolean main, List<String> subnetIds, List<String> gatewayIds,
                         List<Route> routes) {
    public static final String RESOURCE_TYPE = "AWS::EC2::RouteTable";

    public RouteTable {
        subnetIds = List.copyOf(subnetIds);
        gatewayIds = List.copyOf(gatewayIds);
        routes = List.copyOf(routes);
    }

    /** The routes that carry traffic bound for public addresses, and which public addresses each one carries. */
    public record InternetRoute(Route route, AddressSet publicAddresses) {}

    public static RouteTable from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        ItemFields fields = new ItemFields(ci);
        boolean main = false;
        List<String> subnets = new ArrayList<>(), gateways = new ArrayList<>();
        for (Node a : ci.property("associations").list()) {
            String state = a.path("associationState.state").text();
            if (state != null && !state.equalsIgnoreCase("associated")) continue;  // associating, disassociated, failed
            if (a.get("main").isTrue()) main = true;
            if (a.get("subnetId").text() != null) subnets.add(a.get("subnetId").text());
            if (a.get("gatewayId").text() != null) gateways.add(a.get("gatewayId").text());
        }
        List<Route> routes = new ArrayList<>();
        List<Node> recorded = ci.property("routes").list();
        for (int i = 0; i < recorded.size(); i++) routes.add(route(recorded.get(i), fields, "routes[" + i + "]"));
        return new RouteTable(ci.property("routeTableId").text(ci.resourceId()), ci.property("vpcId").text(), main, subnets, gateways, routes);
    }

    /**
     * The active routes that internet-bound traffic takes, each with the public addresses it carries after
     * longest-prefix matching (a {@code 0.0.0.0/0} route carries nothing a more specific route takes first).
     * A prefix-list destination is counted only when it goes to an internet or carrier gateway: its entries are
     * not in the item, and other prefix-list routes lead to AWS services through gateway endpoints.
     */
    public List<InternetRoute> internetRoutes() {
        List<InternetRoute> out = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            List<Route> cidrRoutes = routes.stream().filter(Route::isActive)
                    .filter(r -> r.destination() != null && r.destination().family() == family)
                    .sorted(Comparator.comparingInt((Route r) -> r.destination().prefixLength()).reversed())
                    .toList();
            AddressSet taken = AddressSet.empty(family);
            for (Route r : cidrRoutes) {
                AddressSet carried = AddressSet.of(r.destination()).minus(taken);
                taken = taken.union(r.destination());
                AddressSet pub = carried.intersect(PublicInternet.of(family));
                if (!pub.isEmpty() && r.target().kind() != RouteTarget.Kind.LOCAL) out.add(new InternetRoute(r, pub));
            }
        }
        for (Route r : routes) {
            if (r.isActive() && r.destination() == null && r.target().kind().egress() == RouteTarget.Egress.DIRECT) {
                out.add(new InternetRoute(r, AddressSet.empty(IpFamily.IPV4)));
            }
        }
        return out;
    }

    private static Route route(Node r, ItemFields fields, String at) {
        String v4 = r.get("destinationCidrBlock").text(), v6 = r.get("destinationIpv6CidrBlock").text();
        String pl = r.get("destinationPrefixListId").text();
        Cidr dest = v4 != null ? fields.cidr(v4, at + ".destinationCidrBlock")
                : v6 != null ? fields.cidr(v6, at + ".destinationIpv6CidrBlock") : null;
        if (dest == null && pl == null) {
            throw fields.error(at, "has no destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId");
        }
        RouteTarget target = RouteTarget.of(r.get("gatewayId").text(), r.get("natGatewayId").text(), r.get("transitGatewayId").text(),
                r.get("egressOnlyInternetGatewayId").text(), r.get("networkInterfaceId").text(), r.get("instanceId").text(),
                r.get("vpcPeeringConnectionId").text(), r.get("carrierGatewayId").text(), r.get("localGatewayId").text(), dest == null);
        if (target.kind() == RouteTarget.Kind.UNKNOWN) throw fields.error(at, "names no target this model knows (" + target.id() + ")");
        return new Route(dest, pl, target, r.get("state").text());
    }
}
