package org.msb.model.network;

import org.msb.item.ConfigurationItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the subnets of an account's VPCs reach the internet, worked out once from the recorded subnets, route
 * tables and NAT gateways. A subnet uses the route table explicitly associated with it, otherwise its VPC's
 * main route table; its internet path is that table's {@link RouteTable#internetRoutes() internet routes}.
 * A NAT gateway's own traffic follows the route table of the subnet it sits in, which is how an inspecting
 * hop after the NAT (a firewall endpoint before the internet gateway) is found.
 */
public final class VpcRouting {
    private final Map<String, Subnet> subnets;
    private final Map<String, RouteTable> tables;
    private final Map<String, NatGateway> natGateways;
    private final Map<String, RouteTable> explicit = new HashMap<>();
    private final Map<String, RouteTable> mainByVpc = new HashMap<>();
    /** Subnets by the table they are explicitly associated with, and the unassociated ones by VPC, in recorded order. */
    private final Map<String, List<Subnet>> associatedByTable = new HashMap<>();
    private final Map<String, List<Subnet>> unassociatedByVpc = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    /** Which table a subnet uses, and whether through the main-table default. */
    public record Association(RouteTable table, boolean viaMainTable) {}

    /** A subnet's way to the internet: the table it uses and the routes internet-bound traffic takes. */
    public record SubnetEgress(Subnet subnet, Association association, List<RouteTable.InternetRoute> routes) {
        public SubnetEgress { routes = List.copyOf(routes); }

        /** True when no route leads towards public addresses (an isolated subnet). */
        public boolean isIsolated() { return routes.isEmpty(); }

        /** Routes whose target is reachable from the internet too (internet or carrier gateways). */
        public List<Route> direct() { return withEgress(RouteTarget.Egress.DIRECT); }

        public List<Route> withEgress(RouteTarget.Egress egress) {
            return routes.stream().map(RouteTable.InternetRoute::route).filter(r -> r.target().kind().egress() == egress).toList();
        }

        /** E.g. {@code rtb-0a1 (main route table)}. */
        public String tableLabel() {
            return association.table().routeTableId() + (association.viaMainTable() ? " (main route table)" : "");
        }
    }

    private VpcRouting(Collection<Subnet> subnets, Collection<RouteTable> tables, Collection<NatGateway> nats) {
        this.subnets = index(subnets, Subnet::subnetId);
        this.tables = index(tables, RouteTable::routeTableId);
        this.natGateways = index(nats, NatGateway::natGatewayId);
        for (RouteTable t : tables) {
            for (String s : t.subnetIds()) explicit.put(s, t);
            if (t.main() && t.vpcId() != null) mainByVpc.put(t.vpcId(), t);
        }
        // indexed once: looking through every subnet for every route table was quadratic in large accounts
        for (Subnet s : this.subnets.values()) {
            order.put(s.subnetId(), order.size());
            RouteTable used = explicit.get(s.subnetId());
            if (used != null) associatedByTable.computeIfAbsent(used.routeTableId(), k -> new ArrayList<>()).add(s);
            else if (s.vpcId() != null) unassociatedByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s);
        }
    }

    public static VpcRouting of(Collection<Subnet> subnets, Collection<RouteTable> tables, Collection<NatGateway> nats) {
        return new VpcRouting(subnets, tables, nats);
    }

    /** From recorded items of the three types (other types are ignored). */
    public static VpcRouting fromItems(Collection<ConfigurationItem> subnetItems, Collection<ConfigurationItem> tableItems,
                                       Collection<ConfigurationItem> natItems) {
        return of(subnetItems.stream().map(Subnet::from).toList(), tableItems.stream().map(RouteTable::from).toList(),
                natItems.stream().map(NatGateway::from).toList());
    }

    public Optional<Subnet> subnet(String subnetId) { return Optional.ofNullable(subnets.get(subnetId)); }

    public Optional<NatGateway> natGateway(String natGatewayId) { return Optional.ofNullable(natGateways.get(natGatewayId)); }

    public Collection<Subnet> subnets() { return subnets.values(); }

    /** The table a subnet uses; empty when neither an explicit association nor its VPC's main table is recorded. */
    public Optional<Association> associationOf(Subnet subnet) {
        RouteTable t = explicit.get(subnet.subnetId());
        if (t != null) return Optional.of(new Association(t, false));
        RouteTable main = mainByVpc.get(subnet.vpcId());
        return main == null ? Optional.empty() : Optional.of(new Association(main, true));
    }

    /** The subnet's internet path; empty when its route table is not recorded. */
    public Optional<SubnetEgress> egressOf(Subnet subnet) {
        return associationOf(subnet).map(a -> new SubnetEgress(subnet, a, a.table().internetRoutes()));
    }

    /** The recorded subnets that use a table: those associated with it, and for a main table the VPC's unassociated ones. */
    public List<Subnet> subnetsUsing(RouteTable table) {
        List<Subnet> out = new ArrayList<>(associatedByTable.getOrDefault(table.routeTableId(), List.of()));
        if (table.main() && table.vpcId() != null) out.addAll(unassociatedByVpc.getOrDefault(table.vpcId(), List.of()));
        out.sort(java.util.Comparator.comparing(s -> order.get(s.subnetId())));
        return out;
    }

    public Optional<RouteTable> table(String routeTableId) { return Optional.ofNullable(tables.get(routeTableId)); }

    private static <T> Map<String, T> index(Collection<T> values, java.util.function.Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T v : values) m.put(key.apply(v), v);
        return m;
    }
}
