package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.model.network.ExampleItems.RDK_NETWORK_ACL;

class NetworkAclTest {
    private static final List<Integer> MANAGEMENT = List.of(22, 3389);

    private static NetworkAcl acl(String entries) {
        return NetworkAcl.from(ExampleItems.withConfiguration(RDK_NETWORK_ACL, "entries", entries));
    }

    private static List<Integer> exposedPorts(NetworkAcl acl) {
        return acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT).stream().map(Exposure::port).toList();
    }

    @Test
    void from_whenRdkDefaultAcl_readsEntriesInRuleOrder() {
        NetworkAcl acl = NetworkAcl.from(ExampleItems.item(RDK_NETWORK_ACL));
        assertEquals("acl-b48fd1d0", acl.networkAclId());
        assertTrue(acl.isDefault());
        List<NetworkAclEntry> in = acl.entries(Direction.INGRESS);
        assertEquals(List.of(100, 32767), in.stream().map(NetworkAclEntry::ruleNumber).toList());
        assertTrue(in.get(0).allow());
        assertFalse(in.get(1).allow());
        assertTrue(in.get(1).isDefault());
    }

    @Test
    void internetExposures_whenDefaultAllowAll_exposesThroughRule100() {
        NetworkAcl acl = NetworkAcl.from(ExampleItems.item(RDK_NETWORK_ACL));
        List<Exposure> ex = acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT);
        assertEquals(List.of(
                new Exposure(Protocol.TCP, 22, IpFamily.IPV4, List.of("0.0.0.0/0"), List.of("inbound rule 100 (allow all traffic from 0.0.0.0/0)")),
                new Exposure(Protocol.TCP, 3389, IpFamily.IPV4, List.of("0.0.0.0/0"), List.of("inbound rule 100 (allow all traffic from 0.0.0.0/0)"))),
                ex);
    }

    @Test
    void internetExposures_whenDenyBeforeAllow_theDenyWins() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":90,"protocol":"6","ruleAction":"deny","egress":false,"cidrBlock":"0.0.0.0/0","portRange":{"from":22,"to":22}},
                 {"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0"},
                 {"ruleNumber":32767,"protocol":"-1","ruleAction":"deny","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        assertEquals(List.of(3389), exposedPorts(acl));
    }

    @Test
    void internetExposures_whenAllowBeforeDeny_theAllowWins() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":110,"protocol":"6","ruleAction":"deny","egress":false,"cidrBlock":"0.0.0.0/0","portRange":{"from":22,"to":22}},
                 {"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0"},
                 {"ruleNumber":32767,"protocol":"-1","ruleAction":"deny","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        assertEquals(List.of(22, 3389), exposedPorts(acl));
    }

    @Test
    void internetExposures_whenOnlyPrivateRangesDeniedFirst_stillExposed() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":50,"protocol":"-1","ruleAction":"deny","egress":false,"cidrBlock":"10.0.0.0/8"},
                 {"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        assertEquals(List.of(22, 3389), exposedPorts(acl));
    }

    @Test
    void internetExposures_whenHalfTheInternetDeniedFirst_notWholeInternet() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":50,"protocol":"6","ruleAction":"deny","egress":false,"cidrBlock":"128.0.0.0/1","portRange":{"from":0,"to":65535}},
                 {"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        assertTrue(exposedPorts(acl).isEmpty());
        NetworkAcl.Admission a = acl.admission(Direction.INGRESS, Protocol.TCP, 22, IpFamily.IPV4);
        assertEquals(AddressSet.of(Cidr.parse("0.0.0.0/1")), a.allowed());
    }

    @Test
    void internetExposures_whenHalvesAllowedByTwoEntries_exposesThroughBoth() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":100,"protocol":"6","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/1","portRange":{"from":22,"to":22}},
                 {"ruleNumber":110,"protocol":"6","ruleAction":"allow","egress":false,"cidrBlock":"128.0.0.0/1","portRange":{"from":22,"to":22}}]""");
        List<Exposure> ex = acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT);
        assertEquals(1, ex.size());
        assertEquals(List.of("0.0.0.0/1", "128.0.0.0/1"), ex.get(0).sources());
    }

    @Test
    void internetExposures_whenAHostIsAllowedBeforeAllowAll_namesTheAllowAll() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":100,"protocol":"6","ruleAction":"allow","egress":false,"cidrBlock":"52.16.203.7/32","portRange":{"from":22,"to":22}},
                 {"ruleNumber":200,"protocol":"-1","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        Exposure ssh = acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT).get(0);
        assertEquals(List.of("inbound rule 200 (allow all traffic from 0.0.0.0/0)"), ssh.rules());
        NetworkAcl.Admission a = acl.admission(Direction.INGRESS, Protocol.TCP, 22, IpFamily.IPV4);
        assertEquals(2, a.allows().size());
        assertEquals(AddressSet.all(IpFamily.IPV4).minus(AddressSet.of(Cidr.parse("52.16.203.7/32"))), a.allows().get(1).addresses());
    }

    @Test
    void internetExposures_whenIpv6AllowOnly_exposesOnIpv6() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":100,"protocol":"-1","ruleAction":"deny","egress":false,"cidrBlock":"0.0.0.0/0"},
                 {"ruleNumber":101,"protocol":"-1","ruleAction":"allow","egress":false,"ipv6CidrBlock":"::/0"},
                 {"ruleNumber":32768,"protocol":"-1","ruleAction":"deny","egress":false,"ipv6CidrBlock":"::/0"}]""");
        List<Exposure> ex = acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT);
        assertEquals(List.of(IpFamily.IPV6, IpFamily.IPV6), ex.stream().map(Exposure::family).toList());
        assertEquals(List.of("inbound rule 101 (allow all traffic from ::/0)"), ex.get(0).rules());
    }

    @Test
    void internetExposures_whenEphemeralRangeAllowed_exposes3389Too() {
        // the usual "return traffic" entry 1024-65535 also admits RDP and WinRM from anywhere
        NetworkAcl acl = acl("""
                [{"ruleNumber":100,"protocol":"6","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0","portRange":{"from":443,"to":443}},
                 {"ruleNumber":110,"protocol":"6","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0","portRange":{"from":1024,"to":65535}},
                 {"ruleNumber":120,"protocol":"17","ruleAction":"allow","egress":false,"cidrBlock":"0.0.0.0/0","portRange":{"from":0,"to":65535}}]""");
        assertEquals(List.of(3389), exposedPorts(acl));
        assertEquals(List.of("inbound rule 110 (allow tcp 1024-65535 from 0.0.0.0/0)"),
                acl.internetExposures(Direction.INGRESS, Protocol.TCP, MANAGEMENT).get(0).rules());
    }

    @Test
    void internetExposures_whenOnlyEgressAllows_ingressIsClosed() {
        NetworkAcl acl = acl("""
                [{"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":true,"cidrBlock":"0.0.0.0/0"}]""");
        assertTrue(exposedPorts(acl).isEmpty());
        assertEquals(2, acl.internetExposures(Direction.EGRESS, Protocol.TCP, MANAGEMENT).size());
    }

    @Test
    void from_whenEntryHasNoCidr_namesTheEntry() {
        ConfigurationItem ci = ExampleItems.withConfiguration(RDK_NETWORK_ACL, "entries", """
                [{"ruleNumber":100,"protocol":"-1","ruleAction":"allow","egress":false}]""");
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> NetworkAcl.from(ci));
        assertTrue(e.getMessage().contains("acl-b48fd1d0") && e.getMessage().contains("entries[0]"), e.getMessage());
    }

    @Test
    void from_whenActionUnknown_namesTheValue() {
        ConfigurationItem ci = ExampleItems.withConfiguration(RDK_NETWORK_ACL, "entries", """
                [{"ruleNumber":100,"protocol":"-1","ruleAction":"permit","egress":false,"cidrBlock":"0.0.0.0/0"}]""");
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> NetworkAcl.from(ci));
        assertTrue(e.getMessage().contains("entries[0].ruleAction") && e.getMessage().contains("permit"), e.getMessage());
    }
}
