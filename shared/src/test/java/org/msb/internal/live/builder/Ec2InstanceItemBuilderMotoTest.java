package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.DescribeItemSource;
import org.msb.item.ConfigurationItem;
import org.msb.item.Relationship;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.iam.IamClient;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS::EC2::Instance items built from DescribeInstances in Config's shape, found by naming convention. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class Ec2InstanceItemBuilderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    private List<ConfigurationItem> items() {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items("AWS::EC2::Instance");
    }

    private String image() { return ec2().describeImages(r -> r.owners("amazon")).images().get(0).imageId(); }

    @Test
    void runningInstanceWithProfileAndImdsV2_hasConfigShape() {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        String profileArn = iam.createInstanceProfile(r -> r.instanceProfileName("app-ssm")).instanceProfile().arn();
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
        String subnet = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.1.0/24")).subnet().subnetId();
        String sg = ec2().createSecurityGroup(r -> r.groupName("app").description("app").vpcId(vpc)).groupId();
        String id = ec2().runInstances(r -> r.imageId(image()).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1)
                .subnetId(subnet).securityGroupIds(sg).iamInstanceProfile(p -> p.arn(profileArn))
                .metadataOptions(m -> m.httpTokens(HttpTokensState.REQUIRED))
                .tagSpecifications(t -> t.resourceType("instance").tags(tag -> tag.key("Name").value("app-1")))).instances().get(0).instanceId();

        ConfigurationItem item = items().stream().filter(i -> i.resourceId().equals(id)).findFirst().orElseThrow();

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals("AWS::EC2::Instance", item.resourceType());
        assertEquals("arn:aws:ec2:us-east-1:" + MotoServer.ACCOUNT_ID + ":instance/" + id, item.arn());
        assertEquals(id, item.property("instanceId").text());
        assertEquals("running", item.property("state.name").text());
        assertEquals(16L, item.property("state.code").number());
        assertEquals("t3.micro", item.property("instanceType").text());
        assertEquals(subnet, item.property("subnetId").text());
        assertEquals(vpc, item.property("vpcId").text());
        assertEquals("required", item.property("metadataOptions.httpTokens").text());
        assertTrue(item.property("iamInstanceProfile.arn").text().endsWith("instance-profile/app-ssm"), item.property("iamInstanceProfile").toString());
        assertEquals(sg, item.property("securityGroups").at(0).get("groupId").text());
        assertEquals("app-1", item.tag("Name"));
        assertEquals("Name", item.property("tags").at(0).get("key").text());
        assertTrue(item.property("launchTime").text().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), item.property("launchTime").text());
        assertEquals(item.property("placement.availabilityZone").text(), item.availabilityZone());
        String eni = item.property("networkInterfaces").at(0).get("networkInterfaceId").text();
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::NetworkInterface", eni, null, "Contains NetworkInterface")));
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::SecurityGroup", sg, null, "Is associated with SecurityGroup")));
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::Subnet", subnet, null, "Is contained in Subnet")));
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::VPC", vpc, null, "Is contained in Vpc")));
    }

    @Test
    void stoppedInstanceIsListed_terminatedIsLeftOut() {
        List<String> ids = ec2().runInstances(r -> r.imageId(image()).instanceType(InstanceType.T3_MICRO).minCount(2).maxCount(2))
                .instances().stream().map(i -> i.instanceId()).toList();
        ec2().stopInstances(r -> r.instanceIds(ids.get(0)));
        ec2().terminateInstances(r -> r.instanceIds(ids.get(1)));

        List<ConfigurationItem> items = items();

        ConfigurationItem stopped = items.stream().filter(i -> i.resourceId().equals(ids.get(0))).findFirst().orElseThrow();
        assertEquals("stopped", stopped.property("state.name").text());
        assertFalse(items.stream().anyMatch(i -> i.resourceId().equals(ids.get(1))), "terminated instances are deleted in Config");
    }
}
