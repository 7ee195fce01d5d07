package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.item.Relationship;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RuleAction;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS::EC2::SecurityGroup and AWS::EC2::NetworkAcl items built from the EC2 API in Config's shape. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class Ec2ItemsMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    private ConfigurationItem item(String type, String id) {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type).stream()
                .filter(i -> i.resourceId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(type + " " + id + " not listed"));
    }

    private String newVpc() { return ec2().createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId(); }

    @Test
    void securityGroupOpenOnSsh_hasConfigShape() {
        String vpc = newVpc();
        String sg = ec2().createSecurityGroup(r -> r.groupName("open-ssh").description("ssh from anywhere").vpcId(vpc)
                .tagSpecifications(t -> t.resourceType("security-group").tags(tag -> tag.key("App").value("blue-moon")))).groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(sg).ipPermissions(
                p -> p.ipProtocol("tcp").fromPort(22).toPort(22)
                        .ipRanges(x -> x.cidrIp("0.0.0.0/0").description("anywhere"))
                        .ipv6Ranges(x -> x.cidrIpv6("::/0")),
                p -> p.ipProtocol("tcp").fromPort(443).toPort(443).userIdGroupPairs(u -> u.groupId(sg).userId(MotoServer.ACCOUNT_ID))));

        ConfigurationItem item = item("AWS::EC2::SecurityGroup", sg);

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals("open-ssh", item.resourceName());
        assertEquals("arn:aws:ec2:us-east-1:" + MotoServer.ACCOUNT_ID + ":security-group/" + sg, item.arn());
        assertEquals(vpc, item.property("vpcId").text());
        assertEquals(sg, item.property("groupId").text());
        Node ssh = item.property("ipPermissions").list().stream().filter(p -> Long.valueOf(22).equals(p.get("fromPort").number()))
                .findFirst().orElseThrow();
        assertEquals("tcp", ssh.get("ipProtocol").text());
        assertEquals(22L, ssh.get("toPort").number());
        assertEquals("0.0.0.0/0", ssh.get("ipRanges").at(0).text(), "ipRanges holds plain CIDR strings");
        assertEquals("0.0.0.0/0", ssh.get("ipv4Ranges").at(0).get("cidrIp").text());
        assertEquals("anywhere", ssh.get("ipv4Ranges").at(0).get("description").text());
        assertEquals("::/0", ssh.get("ipv6Ranges").at(0).get("cidrIpv6").text());
        assertTrue(ssh.get("prefixListIds").isArray());
        Node https = item.property("ipPermissions").list().stream().filter(p -> Long.valueOf(443).equals(p.get("fromPort").number()))
                .findFirst().orElseThrow();
        assertEquals(sg, https.get("userIdGroupPairs").at(0).get("groupId").text());
        Node egress = item.property("ipPermissionsEgress").at(0);
        assertEquals("-1", egress.get("ipProtocol").text());
        assertTrue(egress.get("fromPort").isMissing(), "all-traffic rules have no ports");
        assertEquals("blue-moon", item.tag("App"));
        assertEquals("App", item.property("tags").at(0).get("key").text());
        assertEquals(List.of(new Relationship("AWS::EC2::VPC", vpc, null, "Is contained in Vpc")), item.relationships());
    }

    @Test
    void networkAclEntries_haveConfigShape() {
        String vpc = newVpc();
        String subnet = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.1.0/24")).subnet().subnetId();
        String acl = ec2().createNetworkAcl(r -> r.vpcId(vpc)).networkAcl().networkAclId();
        ec2().createNetworkAclEntry(r -> r.networkAclId(acl).ruleNumber(100).protocol("6").ruleAction(RuleAction.ALLOW).egress(false)
                .cidrBlock("0.0.0.0/0").portRange(p -> p.from(22).to(22)));
        ec2().createNetworkAclEntry(r -> r.networkAclId(acl).ruleNumber(110).protocol("-1").ruleAction(RuleAction.DENY).egress(false)
                .ipv6CidrBlock("::/0"));
        ec2().createNetworkAclEntry(r -> r.networkAclId(acl).ruleNumber(120).protocol("1").ruleAction(RuleAction.ALLOW).egress(true)
                .cidrBlock("10.0.0.0/8").icmpTypeCode(i -> i.type(8).code(-1)));
        String association = ec2().describeNetworkAcls(r -> r.filters(f -> f.name("association.subnet-id").values(subnet)))
                .networkAcls().get(0).associations().stream().filter(a -> subnet.equals(a.subnetId())).findFirst().orElseThrow()
                .networkAclAssociationId();
        ec2().replaceNetworkAclAssociation(r -> r.associationId(association).networkAclId(acl));

        ConfigurationItem item = item("AWS::EC2::NetworkAcl", acl);

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals(vpc, item.property("vpcId").text());
        assertFalse(item.property("isDefault").isTrue());
        List<Node> entries = item.property("entries").list();
        Node ssh = entries.stream().filter(e -> Long.valueOf(100).equals(e.get("ruleNumber").number())).findFirst().orElseThrow();
        assertEquals("6", ssh.get("protocol").text());
        assertEquals("allow", ssh.get("ruleAction").text());
        assertEquals(false, ssh.get("egress").bool());
        assertEquals("0.0.0.0/0", ssh.get("cidrBlock").text());
        assertEquals(22L, ssh.path("portRange.from").number());
        assertEquals(22L, ssh.path("portRange.to").number());
        Node v6 = entries.stream().filter(e -> Long.valueOf(110).equals(e.get("ruleNumber").number())).findFirst().orElseThrow();
        assertEquals("deny", v6.get("ruleAction").text());
        assertEquals("::/0", v6.get("ipv6CidrBlock").text());
        assertTrue(v6.get("cidrBlock").isMissing());
        // moto keeps an entry's ICMP type and code but does not return them: NetworkAclItemBuilderTest covers icmpTypeCode
        assertTrue(entries.stream().anyMatch(e -> Long.valueOf(120).equals(e.get("ruleNumber").number()) && e.get("egress").isTrue()));
        assertEquals(subnet, item.property("associations").at(0).get("subnetId").text());
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::Subnet", subnet, null, "Is attached to Subnet")));
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::VPC", vpc, null, "Is contained in Vpc")));
        assertEquals("arn:aws:ec2:us-east-1:" + MotoServer.ACCOUNT_ID + ":network-acl/" + acl, item.arn());
    }
}
