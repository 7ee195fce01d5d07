package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.BuildContext;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RuleAction;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of the NACL shape moto cannot show: ICMP entries, and the ARN partition outside the aws partition. */
class NetworkAclItemBuilderTest {

    @Test
    void item_whenIcmpEntry_writesIcmpTypeCodeAsConfigDoes() {
        NetworkAcl acl = NetworkAcl.builder().networkAclId("acl-0123").vpcId("vpc-1").isDefault(false).ownerId("111122223333")
                .entries(NetworkAclEntry.builder().ruleNumber(120).protocol("1").ruleAction(RuleAction.ALLOW).egress(true)
                        .cidrBlock("10.0.0.0/8").icmpTypeCode(i -> i.type(8).code(-1)).build())
                .build();
        try (AwsClients clients = new AwsClients(AwsClients.Settings.of("cn-north-1", URI.create("http://127.0.0.1:1")))) {
            ConfigurationItem item = NetworkAclItemBuilder.item(new BuildContext(clients, "111122223333", "cn-north-1", Instant.EPOCH), acl);

            Node entry = item.property("entries").at(0);
            assertEquals(8L, entry.path("icmpTypeCode.type").number());
            assertEquals(-1L, entry.path("icmpTypeCode.code").number());
            assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
            assertEquals("arn:aws-cn:ec2:cn-north-1:111122223333:network-acl/acl-0123", item.arn());
        }
    }
}
