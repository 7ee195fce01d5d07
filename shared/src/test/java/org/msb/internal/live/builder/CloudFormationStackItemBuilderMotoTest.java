package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.AccountCapture;
import org.msb.internal.live.DescribeItemSource;
import org.msb.internal.live.LiveAccountView;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.RuleSpec;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AWS::CloudFormation::Stack items built from DescribeStacks in Config's shape, found by naming convention; a
 * plaintext secret parameter is redacted when captured. (moto 5.2.1 does not mask NoEcho values: it compares each
 * value, not each key, with the NoEcho keys; CloudFormationStackItemBuilderStubTest covers the masked value.)
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class CloudFormationStackItemBuilderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String PASSWORD = "Xk9#mP2vLq8!zR4w";
    static final String TEMPLATE = """
            {"AWSTemplateFormatVersion": "2010-09-09",
             "Parameters": {
               "DBUser": {"Type": "String"},
               "DBPassword": {"Type": "String"}},
             "Resources": {"Topic": {"Type": "AWS::SNS::Topic"}},
             "Outputs": {"TopicArn": {"Value": {"Ref": "Topic"}, "Description": "the topic"}}}
            """;

    private static String createStack() {
        CloudFormationClient cfn = MOTO.clients().regional(CloudFormationClient.class, CloudFormationClient::builder);
        return cfn.createStack(r -> r.stackName("orders-db").templateBody(TEMPLATE)
                .parameters(p -> p.parameterKey("DBUser").parameterValue("orders"),
                        p -> p.parameterKey("DBPassword").parameterValue(PASSWORD))
                .tags(t -> t.key("team").value("orders"))).stackId();
    }

    @Test
    void stackWithParameters_hasConfigShape() {
        String id = createStack();

        List<ConfigurationItem> items = new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC())
                .items("AWS::CloudFormation::Stack");

        assertEquals(1, items.size(), items.toString());
        ConfigurationItem s = items.get(0);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(s));
        assertEquals(id, s.resourceId());
        assertEquals(id, s.arn());
        assertEquals("orders-db", s.resourceName());
        assertEquals("orders", s.tag("team"));
        assertEquals("CREATE_COMPLETE", s.property("stackStatus").text());
        Map<String, String> parameters = s.property("parameters").list().stream()
                .collect(Collectors.toMap(p -> p.get("parameterKey").text(), p -> p.get("parameterValue").text()));
        assertEquals(Map.of("DBUser", "orders", "DBPassword", PASSWORD), parameters);
        Node output = s.property("outputs").at(0);
        assertEquals("TopicArn", output.get("outputKey").text());
    }

    @Test
    void capture_redactsThePlaintextSecretParameter() {
        createStack();
        RuleSpec rule = RuleSpec.builder("no-hardcoded-secrets", "DP-8").title("t").baseline("b").description("d").remediation("r")
                .onChange("AWS::CloudFormation::Stack").build();

        AccountCapture.Result result = new AccountCapture(new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID),
                Clock.systemUTC(), null).capture(List.of(rule), "stacks");

        assertEquals(Map.of("AWS::CloudFormation::Stack", 1), result.itemsByType());
        String world = WorldWriter.toJson(result.world(), false);
        assertFalse(world.contains(PASSWORD), world);
        assertTrue(world.contains("\"parameterValue\":\"msb-redacted:none:credential-like\""), world);
        assertTrue(world.contains("\"parameterValue\":\"orders\""), "harmless values stay: " + world);
    }
}
