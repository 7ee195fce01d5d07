package org.msb.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A security group configuration item (Config's shape) with thousands of ingress rules, for the hostile-input tests
 * of the framework's network model and of the rules that read security groups.
 */
public final class LargeSecurityGroup {
    public static final String GROUP_ID = "sg-0big";

    private LargeSecurityGroup() {}

    /**
     * {@code rules} single-port TCP rules (ports 1024 upwards) each from one public host (8.x.y.1/32), then 443 open to
     * the world: nothing of it exposes a management port.
     */
    public static JsonObject item(int rules) {
        JsonArray perms = new JsonArray();
        for (int i = 0; i < rules; i++) perms.add(permission(1024 + i, "8." + (i / 256) + "." + (i % 256) + ".1/32"));
        perms.add(permission(443, "0.0.0.0/0"));
        JsonObject conf = new JsonObject();
        conf.addProperty("groupId", GROUP_ID);
        conf.addProperty("groupName", "big");
        conf.addProperty("vpcId", "vpc-1");
        conf.add("ipPermissions", perms);
        conf.add("ipPermissionsEgress", new JsonArray());
        JsonObject item = new JsonObject();
        item.addProperty("resourceType", "AWS::EC2::SecurityGroup");
        item.addProperty("resourceId", GROUP_ID);
        item.addProperty("configurationItemStatus", "OK");
        item.addProperty("awsAccountId", "123456789012");
        item.addProperty("awsRegion", "eu-west-1");
        item.add("configuration", conf);
        return item;
    }

    /** Appends a TCP ingress rule on {@code port} from each of {@code cidrs} to an {@link #item}; returns the item. */
    public static JsonObject withIngress(JsonObject item, int port, String... cidrs) {
        JsonArray perms = item.getAsJsonObject("configuration").getAsJsonArray("ipPermissions");
        for (String cidr : cidrs) perms.add(permission(port, cidr));
        return item;
    }

    private static JsonObject permission(int port, String cidr) {
        JsonObject p = new JsonObject();
        p.addProperty("ipProtocol", "tcp");
        p.addProperty("fromPort", port);
        p.addProperty("toPort", port);
        JsonArray ranges = new JsonArray();
        JsonObject r = new JsonObject();
        r.addProperty("cidrIp", cidr);
        ranges.add(r);
        p.add("ipv4Ranges", ranges);
        return p;
    }
}
