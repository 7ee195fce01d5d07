package org.msb.model.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.model.network.ExampleItems.RDK_SECURITY_GROUP;

class OpenPortsTest {

    private static SecurityGroup group(String ingress) {
        return SecurityGroup.from(ExampleItems.withConfiguration(RDK_SECURITY_GROUP, "ipPermissions", ingress));
    }

    private static List<String> runs(SecurityGroup g, Protocol p) {
        return OpenPorts.of(g, Direction.INGRESS, p, PrefixLists.none()).open().stream()
                .map(o -> o.ports() + " " + o.family() + " " + String.join("+", o.rules())).toList();
    }

    @Test
    void of_whenOverlappingRangesFromTheInternet_splitsWhereTheOpeningRulesChange() {
        SecurityGroup g = group("""
                [{"ipProtocol": "tcp", "fromPort": 1000, "toPort": 2000, "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}]},
                 {"ipProtocol": "tcp", "fromPort": 1500, "toPort": 2500, "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}]},
                 {"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "ipv4Ranges": [{"cidrIp": "10.0.0.0/8"}]}]""");
        assertEquals(List.of("1000-1499 IPV4 inbound rule #1 (tcp 1000-2000)",
                "1500-2000 IPV4 inbound rule #1 (tcp 1000-2000)+inbound rule #2 (tcp 1500-2500)",
                "2001-2500 IPV4 inbound rule #2 (tcp 1500-2500)"), runs(g, Protocol.TCP));
    }

    @Test
    void of_whenAllTraffic_opensEveryTcpAndUdpPortInOneRun() {
        SecurityGroup g = group("""
                [{"ipProtocol": "-1", "ipv6Ranges": [{"cidrIpv6": "::/0"}]}]""");
        List<OpenPorts> tcp = OpenPorts.of(g, Direction.INGRESS, Protocol.TCP, PrefixLists.none()).open();
        assertEquals(1, tcp.size());
        assertTrue(tcp.get(0).isEveryPort());
        assertEquals(IpFamily.IPV6, tcp.get(0).family());
        assertEquals(List.of("0-65535 IPV6 inbound rule #1 (all traffic)"), runs(g, Protocol.UDP));
    }

    @Test
    void of_whenOnlyPartOfTheInternet_findsNothing_andNamesUnknownPrefixLists() {
        SecurityGroup g = group("""
                [{"ipProtocol": "tcp", "fromPort": 443, "toPort": 443, "ipv4Ranges": [{"cidrIp": "0.0.0.0/1"}], "prefixListIds": [{"prefixListId": "pl-4fa04526"}]}]""");
        OpenPorts.Scan scan = OpenPorts.of(g, Direction.INGRESS, Protocol.TCP, PrefixLists.none());
        assertEquals(List.of(), scan.open());
        assertEquals(java.util.Set.of("pl-4fa04526"), scan.unresolvedPrefixLists());
    }

    @Test
    void of_whenProtocolHasNoPorts_refuses() {
        assertThrows(IllegalArgumentException.class, () -> OpenPorts.of(group("[]"), Direction.INGRESS, Protocol.ICMP, PrefixLists.none()));
    }
}
