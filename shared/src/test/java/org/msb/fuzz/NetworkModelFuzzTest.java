package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Timeout;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.model.network.Cidr;
import org.msb.model.network.Direction;
import org.msb.model.network.Exposure;
import org.msb.model.network.NatGateway;
import org.msb.model.network.NetworkAcl;
import org.msb.model.network.OpenPorts;
import org.msb.model.network.PrefixLists;
import org.msb.model.network.Protocol;
import org.msb.model.network.RouteTable;
import org.msb.model.network.SecurityGroup;
import org.msb.model.network.Subnet;
import org.msb.model.network.VpcRouting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The network model: security groups, network ACLs, route tables, subnets and NAT gateways read from mutated
 * items (the demo account's INF items and the rdk samples) give a model or an {@link InvalidItemException}; the
 * reasoning rules run on a model (open ports, ACL admission, internet routes, subnet egress) always answers.
 * CIDR text, parsed alone, gives a block that prints back to itself or an IllegalArgumentException (the documented
 * contract of {@link Cidr#parse}, which the item readers turn into InvalidItemException).
 */
class NetworkModelFuzzTest {
    private static final List<Protocol> PROTOCOLS = List.of(Protocol.TCP, Protocol.UDP, Protocol.ALL, Protocol.ICMP, Protocol.ICMPV6);

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void reasonOnMutatedItems(FuzzedDataProvider data) {
        List<JsonElement> seeds = Seeds.json("network");
        int count = data.consumeInt(1, 4);
        List<JsonElement> mutated = new ArrayList<>();
        for (int i = 0; i < count; i++) mutated.add(JsonMutator.mutate(data.pickValue(seeds), data, 10));
        List<Integer> ports = List.of(data.consumeInt(-2, 65537), 22, 3389);
        Direction direction = data.pickValue(Direction.values());
        Protocol protocol = data.pickValue(PROTOCOLS);
        Outcomes.resultOrTyped(InvalidItemException.class, () -> reason(mutated, ports, direction, protocol));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseCidr(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Cidr c;
        try {
            c = Cidr.parse(text);
        } catch (IllegalArgumentException rejected) {
            Outcomes.check(rejected.getMessage() != null && !rejected.getMessage().isBlank(), "a CIDR error without a message");
            return;
        }
        Outcomes.check(Cidr.parse(c.toString()).equals(c), "CIDR " + text + " does not print back to itself: " + c);
        Outcomes.check(c.first().compareTo(c.last()) <= 0, "CIDR " + c + " has first > last");
    }

    private static void reason(List<JsonElement> jsons, List<Integer> ports, Direction direction, Protocol protocol) {
        List<ConfigurationItem> items = new ArrayList<>();
        for (JsonElement j : jsons) items.add(ConfigurationItemParser.parse(j));
        PrefixLists lists = PrefixLists.fromItems(items);
        List<ConfigurationItem> subnets = new ArrayList<>(), tables = new ArrayList<>(), nats = new ArrayList<>();
        for (ConfigurationItem ci : items) {
            switch (ci.resourceType()) {
                case SecurityGroup.RESOURCE_TYPE -> {
                    SecurityGroup sg = SecurityGroup.from(ci);
                    sg.prefixListIds();
                    SecurityGroup.Reach reach = sg.internetExposures(direction, protocol, ports.stream().filter(p -> p >= 0 && p <= 65535).toList(), lists);
                    for (Exposure e : reach.exposures()) Outcomes.check(!e.sources().isEmpty(), "an exposure without a source");
                    if (protocol.usesPorts()) {
                        for (OpenPorts o : OpenPorts.of(sg, direction, protocol, lists).open()) o.describe("from");
                    }
                }
                case NetworkAcl.RESOURCE_TYPE -> {
                    NetworkAcl acl = NetworkAcl.from(ci);
                    for (Exposure e : acl.internetExposures(direction, protocol, ports.stream().filter(p -> p >= 0 && p <= 65535).toList())) {
                        Outcomes.check(!e.rules().isEmpty(), "an ACL exposure without an entry");
                    }
                }
                case RouteTable.RESOURCE_TYPE -> {
                    RouteTable.from(ci).internetRoutes();
                    tables.add(ci);
                }
                case Subnet.RESOURCE_TYPE -> subnets.add(ci);
                case NatGateway.RESOURCE_TYPE -> nats.add(ci);
                default -> { }
            }
        }
        VpcRouting routing = VpcRouting.fromItems(subnets, tables, nats);
        for (Subnet s : routing.subnets()) {
            routing.egressOf(s).ifPresent(e -> { e.direct(); e.tableLabel(); e.isIsolated(); });
        }
        for (ConfigurationItem t : tables) routing.subnetsUsing(RouteTable.from(t));
    }
}
