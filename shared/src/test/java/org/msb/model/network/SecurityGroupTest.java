package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.model.network.ExampleItems.RDK_SECURITY_GROUP;

class SecurityGroupTest {
    private static final List<Integer> MANAGEMENT = List.of(22, 3389, 5985, 5986);

    private static SecurityGroup.Reach ingress(String ipPermissions) {
        return ingress(ipPermissions, PrefixLists.none());
    }

    private static SecurityGroup.Reach ingress(String ipPermissions, PrefixLists lists) {
        ConfigurationItem ci = ExampleItems.withConfiguration(RDK_SECURITY_GROUP, "ipPermissions", ipPermissions);
        return SecurityGroup.from(ci).internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT, lists);
    }

    private static List<Integer> ports(SecurityGroup.Reach r) { return r.exposures().stream().map(Exposure::port).toList(); }

    @Test
    void from_whenRdkExample_readsPermissionsInBothDirections() {
        SecurityGroup sg = SecurityGroup.from(ExampleItems.item(RDK_SECURITY_GROUP));
        assertEquals("sg-1d56fc66", sg.groupId());
        assertEquals("vpc-0990dc6d", sg.vpcId());
        SecurityGroupPermission in = sg.ingress().get(0);
        assertEquals(Protocol.TCP, in.protocol());
        assertEquals(PortRange.single(22), in.ports());
        assertEquals(List.of(Cidr.parse("0.0.0.0/0")), in.cidrs());
        SecurityGroupPermission out = sg.egress().get(0);
        assertEquals(Protocol.ALL, out.protocol());
        assertEquals(PortRange.ALL, out.ports());
    }

    @Test
    void internetExposures_whenRdkExampleOpensSsh_namesPortSourceAndRule() {
        SecurityGroup sg = SecurityGroup.from(ExampleItems.item(RDK_SECURITY_GROUP));
        SecurityGroup.Reach r = sg.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT, PrefixLists.none());
        assertEquals(List.of(new Exposure(Protocol.TCP, 22, IpFamily.IPV4, List.of("0.0.0.0/0"), List.of("inbound rule #1 (tcp 22)"))),
                r.exposures());
        assertTrue(sg.internetExposures(Direction.INGRESS, Protocol.UDP, MANAGEMENT, PrefixLists.none()).exposures().isEmpty());
        assertEquals(List.of(443), sg.internetExposures(Direction.EGRESS, Protocol.TCP, List.of(443), PrefixLists.none())
                .exposures().stream().map(Exposure::port).toList());
    }

    @Test
    void internetExposures_whenCustodianEventRepeatsIpRangesAsIpv4Ranges_countsTheBlockOnce() {
        SecurityGroup sg = SecurityGroup.from(ExampleItems.fromEvent(ExampleItems.CUSTODIAN_SG_EVENT));
        assertEquals(1, sg.ingress().get(0).cidrs().size());
        SecurityGroup.Reach r = sg.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT, PrefixLists.none());
        assertEquals(List.of("0.0.0.0/0"), r.exposures().get(0).sources());
        assertEquals(List.of(22), ports(r));
    }

    @Test
    void internetExposures_whenPortRangeSpans22_exposesIt() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":20,"toPort":25,"ipv4Ranges":[{"cidrIp":"0.0.0.0/0"}],"ipRanges":["0.0.0.0/0"],
                  "ipv6Ranges":[],"prefixListIds":[],"userIdGroupPairs":[]}]""");
        assertEquals(List.of(22), ports(r));
        assertEquals(List.of("inbound rule #1 (tcp 20-25)"), r.exposures().get(0).rules());
    }

    @Test
    void internetExposures_whenWholePortRange_exposesEveryManagementPort() {
        assertEquals(MANAGEMENT, ports(ingress("""
                [{"ipProtocol":"tcp","fromPort":0,"toPort":65535,"ipRanges":["0.0.0.0/0"],"prefixListIds":[],"userIdGroupPairs":[]}]""")));
    }

    @Test
    void internetExposures_whenRangeStopsShortOfThePorts_exposesNothing() {
        assertTrue(ingress("""
                [{"ipProtocol":"tcp","fromPort":23,"toPort":3388,"ipRanges":["0.0.0.0/0"],"prefixListIds":[],"userIdGroupPairs":[]}]""")
                .exposures().isEmpty());
    }

    @Test
    void internetExposures_whenAllProtocolsWithoutPorts_exposesEveryPort() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"-1","ipv4Ranges":[{"cidrIp":"0.0.0.0/0"}],"ipRanges":["0.0.0.0/0"],"ipv6Ranges":[],
                  "prefixListIds":[],"userIdGroupPairs":[]}]""");
        assertEquals(MANAGEMENT, ports(r));
        assertEquals(List.of("inbound rule #1 (all traffic)"), r.exposures().get(0).rules());
    }

    @Test
    void internetExposures_whenIpv6Only_exposesOnIpv6() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":3389,"toPort":3389,"ipv6Ranges":[{"cidrIpv6":"::/0"}],"ipv4Ranges":[],"ipRanges":[],
                  "prefixListIds":[],"userIdGroupPairs":[]}]""");
        assertEquals(List.of(new Exposure(Protocol.TCP, 3389, IpFamily.IPV6, List.of("::/0"), List.of("inbound rule #1 (tcp 3389)"))),
                r.exposures());
    }

    @Test
    void internetExposures_whenHalvesInTwoRules_exposesThroughBoth() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":["0.0.0.0/1"],"prefixListIds":[],"userIdGroupPairs":[]},
                 {"ipProtocol":"6","fromPort":0,"toPort":1024,"ipRanges":["128.0.0.0/1"],"prefixListIds":[],"userIdGroupPairs":[]}]""");
        assertEquals(List.of(22), ports(r));
        assertEquals(List.of("0.0.0.0/1", "128.0.0.0/1"), r.exposures().get(0).sources());
        assertEquals(List.of("inbound rule #1 (tcp 22)", "inbound rule #2 (tcp 0-1024)"), r.exposures().get(0).rules());
    }

    @Test
    void internetExposures_whenOneRuleAloneIsOpen_namesOnlyThatRule() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":["52.16.203.7/32"],"prefixListIds":[],"userIdGroupPairs":[]},
                 {"ipProtocol":"-1","ipRanges":["0.0.0.0/0"],"prefixListIds":[],"userIdGroupPairs":[]}]""");
        assertEquals(List.of("0.0.0.0/0"), r.exposures().get(0).sources());
        assertEquals(List.of("inbound rule #2 (all traffic)"), r.exposures().get(0).rules());
    }

    @Test
    void internetExposures_whenOneHalfOnly_exposesNothing() {
        assertTrue(ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":["0.0.0.0/1"],"prefixListIds":[],"userIdGroupPairs":[]}]""")
                .exposures().isEmpty());
    }

    @Test
    void internetExposures_whenSingleHostOrPrivateRange_exposesNothing() {
        assertTrue(ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":["203.0.113.10/32","10.0.0.0/8"],
                  "ipv6Ranges":[{"cidrIpv6":"2001:db8:1234::/48"}],"prefixListIds":[],"userIdGroupPairs":[]}]""")
                .exposures().isEmpty());
    }

    @Test
    void internetExposures_whenUdpOnly_doesNotExposeTcp() {
        assertTrue(ingress("""
                [{"ipProtocol":"udp","fromPort":0,"toPort":65535,"ipRanges":["0.0.0.0/0"],"prefixListIds":[],"userIdGroupPairs":[]}]""")
                .exposures().isEmpty());
    }

    @Test
    void internetExposures_whenIcmpFromEverywhere_doesNotExposeTcp() {
        assertTrue(ingress("""
                [{"ipProtocol":"icmp","fromPort":-1,"toPort":-1,"ipRanges":["0.0.0.0/0"],"prefixListIds":[],"userIdGroupPairs":[]}]""")
                .exposures().isEmpty());
    }

    @Test
    void internetExposures_whenGroupReference_exposesNothing() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"-1","ipRanges":[],"prefixListIds":[],
                  "userIdGroupPairs":[{"groupId":"sg-0a1b2c3d4e5f60718","userId":"264683526309"}]}]""");
        assertTrue(r.exposures().isEmpty());
        assertTrue(r.unresolvedPrefixLists().isEmpty());
    }

    @Test
    void internetExposures_whenPrefixListNotRecorded_reportsItAsUnresolved() {
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":[],"prefixListIds":[{"prefixListId":"pl-0123456789abcdef0"}],
                  "userIdGroupPairs":[]}]""");
        assertFalse(r.isExposed());
        assertEquals(Set.of("pl-0123456789abcdef0"), r.unresolvedPrefixLists());
    }

    @Test
    void internetExposures_whenRecordedPrefixListHoldsTheInternet_exposesThroughIt() {
        ConfigurationItem list = ConfigurationItemParser.parse("""
                {"resourceType":"AWS::EC2::PrefixList","resourceId":"pl-0123456789abcdef0","configurationItemStatus":"OK",
                 "configuration":{"PrefixListId":"pl-0123456789abcdef0","AddressFamily":"IPv4",
                                  "Entries":[{"Cidr":"0.0.0.0/1"},{"Cidr":"128.0.0.0/1"}]}}""");
        SecurityGroup.Reach r = ingress("""
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":[],"prefixListIds":[{"prefixListId":"pl-0123456789abcdef0"}],
                  "userIdGroupPairs":[]}]""", PrefixLists.fromItems(List.of(list)));
        assertEquals(List.of(22), ports(r));
        assertEquals(List.of("pl-0123456789abcdef0"), r.exposures().get(0).sources());
        assertTrue(r.unresolvedPrefixLists().isEmpty());
    }

    @Test
    void from_whenCidrIsMalformed_namesItemAndPath() {
        ConfigurationItem ci = ExampleItems.withConfiguration(RDK_SECURITY_GROUP, "ipPermissions", """
                [{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":["0.0.0.0/40"],"prefixListIds":[],"userIdGroupPairs":[]}]""");
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> SecurityGroup.from(ci));
        assertTrue(e.getMessage().contains("sg-1d56fc66") && e.getMessage().contains("ipPermissions[0].ipRanges[0]")
                && e.getMessage().contains("0.0.0.0/40"), e.getMessage());
    }

    @Test
    void from_whenProtocolMissing_namesThePath() {
        ConfigurationItem ci = ExampleItems.withConfiguration(RDK_SECURITY_GROUP, "ipPermissions", """
                [{"fromPort":22,"toPort":22,"ipRanges":["0.0.0.0/0"]}]""");
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> SecurityGroup.from(ci));
        assertTrue(e.getMessage().contains("ipPermissions[0].ipProtocol"), e.getMessage());
    }
}
