package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::EC2::Instance} items from DescribeInstances, shaped as Config records them (aws-config-rdk
 * AWS_EC2_Instance.json, cloud-custodian event-config-rule-instance.json): instanceId, imageId, state {code, name},
 * instanceType, launchTime, placement, subnetId, vpcId, addresses, iamInstanceProfile {arn, id}, metadataOptions,
 * blockDeviceMappings, securityGroups [{groupName, groupId}], networkInterfaces, configuration.tags as
 * [{key, value}]; relationships to network interfaces, security groups, subnet, volumes and VPC with Config's names.
 * Terminated instances are left out: Config records them as deleted.
 */
public final class Ec2InstanceItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeInstances"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<Instance> instances = AwsCall.read("EC2", "DescribeInstances", "ec2:DescribeInstances",
                () -> ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations().stream()
                        .flatMap(res -> res.instances().stream()).toList());
        List<ConfigurationItem> out = new ArrayList<>(instances.size());
        for (Instance i : instances) {
            if (i.state() != null && i.state().name() == InstanceStateName.TERMINATED) continue;
            out.add(item(ctx, i));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, Instance i) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(i.tags());
        JsonObject conf = ItemDraft.object(
                "instanceId", i.instanceId(),
                "imageId", i.imageId(),
                "state", i.state() == null ? null : ItemDraft.object("code", i.state().code(), "name", i.state().nameAsString()),
                "privateDnsName", i.privateDnsName(),
                "publicDnsName", i.publicDnsName(),
                "stateTransitionReason", i.stateTransitionReason(),
                "keyName", i.keyName(),
                "amiLaunchIndex", i.amiLaunchIndex(),
                "productCodes", productCodes(i),
                "instanceType", i.instanceTypeAsString(),
                "launchTime", ItemDraft.configTime(i.launchTime()),
                "placement", i.placement() == null ? null : ItemDraft.object(
                        "availabilityZone", i.placement().availabilityZone(),
                        "groupName", i.placement().groupName(),
                        "tenancy", i.placement().tenancyAsString(),
                        "hostId", i.placement().hostId(),
                        "affinity", i.placement().affinity(),
                        "partitionNumber", i.placement().partitionNumber()),
                "kernelId", i.kernelId(),
                "ramdiskId", i.ramdiskId(),
                "platform", i.platformAsString(),
                "platformDetails", i.platformDetails(),
                "monitoring", i.monitoring() == null ? null : ItemDraft.object("state", i.monitoring().stateAsString()),
                "subnetId", i.subnetId(),
                "vpcId", i.vpcId(),
                "privateIpAddress", i.privateIpAddress(),
                "publicIpAddress", i.publicIpAddress(),
                "stateReason", i.stateReason() == null ? null : ItemDraft.object("code", i.stateReason().code(), "message", i.stateReason().message()),
                "architecture", i.architectureAsString(),
                "rootDeviceType", i.rootDeviceTypeAsString(),
                "rootDeviceName", i.rootDeviceName(),
                "blockDeviceMappings", blockDevices(i.blockDeviceMappings()),
                "virtualizationType", i.virtualizationTypeAsString(),
                "instanceLifecycle", i.instanceLifecycleAsString(),
                "spotInstanceRequestId", i.spotInstanceRequestId(),
                "clientToken", i.clientToken(),
                "tags", ItemDraft.tagList(tags),
                "securityGroups", groups(i.securityGroups()),
                "sourceDestCheck", i.sourceDestCheck(),
                "hypervisor", i.hypervisorAsString(),
                "networkInterfaces", interfaces(i.networkInterfaces()),
                "iamInstanceProfile", i.iamInstanceProfile() == null ? null
                        : ItemDraft.object("arn", i.iamInstanceProfile().arn(), "id", i.iamInstanceProfile().id()),
                "ebsOptimized", i.ebsOptimized(),
                "enaSupport", i.enaSupport(),
                "cpuOptions", i.cpuOptions() == null ? null
                        : ItemDraft.object("coreCount", i.cpuOptions().coreCount(), "threadsPerCore", i.cpuOptions().threadsPerCore()),
                "hibernationOptions", i.hibernationOptions() == null ? null : ItemDraft.object("configured", i.hibernationOptions().configured()),
                "metadataOptions", i.metadataOptions() == null ? null : ItemDraft.object(
                        "state", i.metadataOptions().stateAsString(),
                        "httpTokens", i.metadataOptions().httpTokensAsString(),
                        "httpPutResponseHopLimit", i.metadataOptions().httpPutResponseHopLimit(),
                        "httpEndpoint", i.metadataOptions().httpEndpointAsString(),
                        "httpProtocolIpv6", i.metadataOptions().httpProtocolIpv6AsString(),
                        "instanceMetadataTags", i.metadataOptions().instanceMetadataTagsAsString()),
                "enclaveOptions", i.enclaveOptions() == null ? null : ItemDraft.object("enabled", i.enclaveOptions().enabled()),
                "bootMode", i.bootModeAsString(),
                "currentInstanceBootMode", i.currentInstanceBootModeAsString(),
                "tpmSupport", i.tpmSupport(),
                "usageOperation", i.usageOperation(),
                "usageOperationUpdateTime", ItemDraft.configTime(i.usageOperationUpdateTime()),
                "capacityReservationId", i.capacityReservationId(),
                "maintenanceOptions", i.maintenanceOptions() == null ? null
                        : ItemDraft.object("autoRecovery", i.maintenanceOptions().autoRecoveryAsString()),
                "privateDnsNameOptions", i.privateDnsNameOptions() == null ? null : ItemDraft.object(
                        "hostnameType", i.privateDnsNameOptions().hostnameTypeAsString(),
                        "enableResourceNameDnsARecord", i.privateDnsNameOptions().enableResourceNameDnsARecord(),
                        "enableResourceNameDnsAAAARecord", i.privateDnsNameOptions().enableResourceNameDnsAAAARecord()));
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::Instance", i.instanceId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":instance/" + i.instanceId())
                .availabilityZone(i.placement() == null ? null : i.placement().availabilityZone())
                .created(i.launchTime())
                .configuration(conf)
                .tags(tags);
        relationships(d, i);
        return d.build();
    }

    /** Config's relationship names for an instance, each related resource once. */
    private static void relationships(ItemDraft d, Instance i) {
        for (InstanceNetworkInterface n : i.networkInterfaces()) {
            d.relationship("AWS::EC2::NetworkInterface", n.networkInterfaceId(), "Contains NetworkInterface");
        }
        Set<String> groups = new LinkedHashSet<>();
        i.securityGroups().forEach(g -> groups.add(g.groupId()));
        groups.forEach(g -> d.relationship("AWS::EC2::SecurityGroup", g, "Is associated with SecurityGroup"));
        if (i.subnetId() != null) d.relationship("AWS::EC2::Subnet", i.subnetId(), "Is contained in Subnet");
        for (InstanceBlockDeviceMapping b : i.blockDeviceMappings()) {
            if (b.ebs() != null && b.ebs().volumeId() != null) d.relationship("AWS::EC2::Volume", b.ebs().volumeId(), "Is attached to Volume");
        }
        if (i.vpcId() != null) d.relationship("AWS::EC2::VPC", i.vpcId(), "Is contained in Vpc");
    }

    private static JsonArray productCodes(Instance i) {
        JsonArray a = new JsonArray();
        i.productCodes().forEach(p -> a.add(ItemDraft.object("productCodeId", p.productCodeId(), "productCodeType", p.productCodeTypeAsString())));
        return a;
    }

    private static JsonArray blockDevices(List<InstanceBlockDeviceMapping> mappings) {
        JsonArray a = new JsonArray();
        for (InstanceBlockDeviceMapping b : mappings) {
            a.add(ItemDraft.object("deviceName", b.deviceName(), "ebs", b.ebs() == null ? null : ItemDraft.object(
                    "volumeId", b.ebs().volumeId(),
                    "status", b.ebs().statusAsString(),
                    "attachTime", ItemDraft.configTime(b.ebs().attachTime()),
                    "deleteOnTermination", b.ebs().deleteOnTermination())));
        }
        return a;
    }

    private static JsonArray groups(List<GroupIdentifier> groups) {
        JsonArray a = new JsonArray();
        groups.forEach(g -> a.add(ItemDraft.object("groupName", g.groupName(), "groupId", g.groupId())));
        return a;
    }

    private static JsonArray interfaces(List<InstanceNetworkInterface> interfaces) {
        JsonArray a = new JsonArray();
        for (InstanceNetworkInterface n : interfaces) {
            JsonArray privateIps = new JsonArray();
            for (InstancePrivateIpAddress p : n.privateIpAddresses()) {
                privateIps.add(ItemDraft.object("privateIpAddress", p.privateIpAddress(), "privateDnsName", p.privateDnsName(),
                        "primary", p.primary(), "association", association(p.association())));
            }
            JsonArray ipv6 = new JsonArray();
            n.ipv6Addresses().forEach(x -> ipv6.add(ItemDraft.object("ipv6Address", x.ipv6Address())));
            a.add(ItemDraft.object(
                    "networkInterfaceId", n.networkInterfaceId(),
                    "subnetId", n.subnetId(),
                    "vpcId", n.vpcId(),
                    "description", n.description(),
                    "ownerId", n.ownerId(),
                    "status", n.statusAsString(),
                    "macAddress", n.macAddress(),
                    "privateIpAddress", n.privateIpAddress(),
                    "privateDnsName", n.privateDnsName(),
                    "sourceDestCheck", n.sourceDestCheck(),
                    "groups", groups(n.groups()),
                    "attachment", n.attachment() == null ? null : ItemDraft.object(
                            "attachmentId", n.attachment().attachmentId(),
                            "deviceIndex", n.attachment().deviceIndex(),
                            "status", n.attachment().statusAsString(),
                            "attachTime", ItemDraft.configTime(n.attachment().attachTime()),
                            "deleteOnTermination", n.attachment().deleteOnTermination(),
                            "networkCardIndex", n.attachment().networkCardIndex()),
                    "association", association(n.association()),
                    "privateIpAddresses", privateIps,
                    "ipv6Addresses", ipv6,
                    "interfaceType", n.interfaceType()));
        }
        return a;
    }

    private static JsonObject association(InstanceNetworkInterfaceAssociation x) {
        if (x == null) return null;
        return ItemDraft.object("publicIp", x.publicIp(), "publicDnsName", x.publicDnsName(), "ipOwnerId", x.ipOwnerId(),
                "carrierIp", x.carrierIp());
    }
}
