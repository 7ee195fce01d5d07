package org.msb.model.network;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Real example items from the reference folder, and copies of them with one property replaced. */
final class ExampleItems {
    static final String RDK_SECURITY_GROUP = "aws-config-rdk/example_ci/AWS_EC2_SecurityGroup.json";
    static final String RDK_NETWORK_ACL = "aws-config-rdk/example_ci/AWS_EC2_NetworkAcl.json";
    static final String CUSTODIAN_SG_EVENT = "cloud-custodian/rule-invocation-events/event-config-rule-security-group.json";
    static final String RDK_ROUTE_TABLE = "aws-config-rdk/example_ci/AWS_EC2_RouteTable.json";
    static final String RDK_SUBNET = "aws-config-rdk/example_ci/AWS_EC2_Subnet.json";
    static final String RDK_NAT_GATEWAY = "aws-config-rdk/example_ci/AWS_EC2_NatGateway.json";

    private ExampleItems() {}

    static JsonObject json(String relative) {
        try {
            return JsonParser.parseString(Files.readString(Reference.examples().resolve(relative))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConfigurationItem item(String relative) { return ConfigurationItemParser.parse(json(relative)); }

    /** The configuration item inside a rule invocation event ({@code invokingEvent} is a JSON string). */
    static ConfigurationItem fromEvent(String relative) {
        JsonObject invoking = JsonParser.parseString(json(relative).get("invokingEvent").getAsString()).getAsJsonObject();
        return ConfigurationItemParser.parse(invoking.get("configurationItem"));
    }

    /** A copy of an example item with {@code configuration.<property>} replaced by {@code json}. */
    static ConfigurationItem withConfiguration(String relative, String property, String json) {
        return withConfiguration(relative, new String[] {property, json});
    }

    /** A copy of an example item with several {@code configuration} properties replaced: name, json, name, json... */
    static ConfigurationItem withConfiguration(String relative, String... propertyJson) {
        JsonObject item = json(relative);
        for (int i = 0; i < propertyJson.length; i += 2) {
            item.getAsJsonObject("configuration").add(propertyJson[i], JsonParser.parseString(propertyJson[i + 1]));
        }
        return ConfigurationItemParser.parse(item);
    }
}
