package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.item.Relationship;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.TrafficType;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** AWS::EC2::VPC and AWS::EC2::FlowLog items built from the EC2 API in Config's shape (moto serves both). */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class Ec2VpcFlowLogItemsMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    private List<ConfigurationItem> items(String type) {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
    }

    private ConfigurationItem item(String type, String id) {
        return items(type).stream().filter(i -> i.resourceId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + id + " not listed"));
    }

    @Test
    void vpc_hasConfigShapeWithItsSubnetsAndInterfaces() {
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.30.0.0/16")
                .tagSpecifications(t -> t.resourceType("vpc").tags(tag -> tag.key("Name").value("prod-data")))).vpc().vpcId();
        String subnet = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.1.0/24")).subnet().subnetId();
        String eni = ec2().createNetworkInterface(r -> r.subnetId(subnet)).networkInterface().networkInterfaceId();

        ConfigurationItem item = item("AWS::EC2::VPC", vpc);

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals(vpc, item.property("vpcId").text());
        assertEquals("10.30.0.0/16", item.property("cidrBlock").text());
        assertEquals("available", item.property("state").text());
        assertEquals("10.30.0.0/16", item.property("cidrBlockAssociationSet").at(0).get("cidrBlock").text());
        assertEquals("associated", item.property("cidrBlockAssociationSet").at(0).path("cidrBlockState.state").text());
        assertFalse(item.property("isDefault").isTrue());
        assertEquals("prod-data", item.resourceName());
        assertEquals("arn:aws:ec2:us-east-1:" + MotoServer.ACCOUNT_ID + ":vpc/" + vpc, item.arn());
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::Subnet", subnet, null, "Contains Subnet")));
        assertTrue(item.relationships().contains(new Relationship("AWS::EC2::NetworkInterface", eni, null, "Contains NetworkInterface")));
        assertTrue(items("AWS::EC2::VPC").stream().anyMatch(i -> i.property("isDefault").isTrue()), "moto's default VPC is listed too");
    }

    @Test
    void flowLogs_haveConfigShapeAndShowADeliveryFailure() {
        // moto reads the whole ARN after ":::" as the bucket name, so the destination carries no prefix here
        MOTO.clients().s3().createBucket(r -> r.bucket("examplecorp-log-archive"));
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.40.0.0/16")).vpc().vpcId();
        String subnet = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.1.0/24")).subnet().subnetId();
        String toS3 = ec2().createFlowLogs(r -> r.resourceIds(vpc).resourceType(FlowLogsResourceType.VPC).trafficType(TrafficType.ALL)
                .logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::examplecorp-log-archive")
                .maxAggregationInterval(60)).flowLogIds().get(0);
        // CloudWatch Logs delivery to a log group that does not exist: AWS (and moto) report FAILED, "Access error"
        String broken = ec2().createFlowLogs(r -> r.resourceIds(subnet).resourceType(FlowLogsResourceType.SUBNET)
                .trafficType(TrafficType.REJECT).logDestinationType(LogDestinationType.CLOUD_WATCH_LOGS).logGroupName("missing-group")
                .deliverLogsPermissionArn("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":role/flow-logs")).flowLogIds().get(0);

        ConfigurationItem s3 = item("AWS::EC2::FlowLog", toS3);
        ConfigurationItem cw = item("AWS::EC2::FlowLog", broken);

        assertEquals(Set.of(), SchemaPaths.unknownPaths(s3));
        assertEquals(Set.of(), SchemaPaths.unknownPaths(cw));
        assertEquals(toS3, s3.property("flowLogId").text());
        assertEquals(vpc, s3.property("resourceId").text());
        assertEquals("ALL", s3.property("trafficType").text());
        assertEquals("ACTIVE", s3.property("flowLogStatus").text());
        assertEquals("SUCCESS", s3.property("deliverLogsStatus").text());
        assertEquals("s3", s3.property("logDestinationType").text());
        assertEquals("arn:aws:s3:::examplecorp-log-archive", s3.property("logDestination").text());
        assertEquals(60L, s3.property("maxAggregationInterval").number());
        assertNotNull(s3.property("creationTime").number(), "epoch milliseconds, as in Config's item");
        assertEquals("arn:aws:ec2:us-east-1:" + MotoServer.ACCOUNT_ID + ":flow-log/" + toS3, s3.arn());
        assertEquals(subnet, cw.property("resourceId").text());
        assertEquals("REJECT", cw.property("trafficType").text());
        assertEquals("FAILED", cw.property("deliverLogsStatus").text());
        assertEquals("Access error", cw.property("deliverLogsErrorMessage").text());
        assertEquals("cloud-watch-logs", cw.property("logDestinationType").text());
        assertEquals("missing-group", cw.property("logGroupName").text());
    }
}
