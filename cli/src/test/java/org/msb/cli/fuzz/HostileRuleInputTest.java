package org.msb.cli.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.msb.cli.scan.RuleCatalog;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Compliance;
import org.msb.rule.Rule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The INF rules that read security groups, on a group with 10,000 rules: they finish (the timeout is a hang guard,
 * not a performance claim) and decide right, with and without one rule that opens SSH to the world.
 */
@Timeout(120)
class HostileRuleInputTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<String> SG_RULES = List.of("management-ports-closed", "security-groups-restricted");

    @Test
    void tenThousandRulesFromSingleHostsAreCompliant() {
        ConfigurationItem sg = ConfigurationItemParser.parse(securityGroup(10_000, false));
        for (String id : SG_RULES) {
            List<RuleResult> results = evaluate(id, sg);
            assertEquals(1, results.size(), id);
            assertEquals(Compliance.COMPLIANT, results.get(0).evaluation().compliance(), id + ": " + results.get(0).evaluation().annotation());
        }
    }

    @Test
    void tenThousandRulesAndSshOpenToTheWorldAreNonCompliantNamingThePort() {
        ConfigurationItem sg = ConfigurationItemParser.parse(securityGroup(10_000, true));
        for (String id : SG_RULES) {
            List<RuleResult> results = evaluate(id, sg);
            assertEquals(1, results.size(), id);
            assertEquals(Compliance.NON_COMPLIANT, results.get(0).evaluation().compliance(), id);
            assertTrue(results.get(0).evaluation().annotation().contains("22"), id + ": " + results.get(0).evaluation().annotation());
        }
    }

    private static List<RuleResult> evaluate(String ruleId, ConfigurationItem item) {
        Rule rule = RuleCatalog.load().rules().stream().filter(r -> r.spec().id().equals(ruleId)).findFirst().orElseThrow();
        StaticAccountView view = new StaticAccountView("123456789012", "eu-west-1", List.of(item), Map.of(), "not in this test");
        RuleRunner.Context ctx = new RuleRunner.Context(view, ExceptionRegister.empty(), NOW, ParameterValidator.validate(rule.spec(), Map.of()));
        return new RuleRunner(rule).change(item, false, NOW, ctx);
    }

    /** 10,000 single-port rules from single public hosts, 443 open to the world, and optionally 22 too. */
    static JsonObject securityGroup(int rules, boolean sshOpen) {
        JsonArray perms = new JsonArray();
        for (int i = 0; i < rules; i++) perms.add(permission(1024 + i, "8." + (i / 256) + "." + (i % 256) + ".1/32"));
        perms.add(permission(443, "0.0.0.0/0"));
        if (sshOpen) perms.add(permission(22, "0.0.0.0/0"));
        JsonObject conf = new JsonObject();
        conf.addProperty("groupId", "sg-0big");
        conf.addProperty("groupName", "big");
        conf.addProperty("vpcId", "vpc-1");
        conf.add("ipPermissions", perms);
        conf.add("ipPermissionsEgress", new JsonArray());
        JsonObject item = new JsonObject();
        item.addProperty("resourceType", "AWS::EC2::SecurityGroup");
        item.addProperty("resourceId", "sg-0big");
        item.addProperty("configurationItemStatus", "OK");
        item.addProperty("awsAccountId", "123456789012");
        item.addProperty("awsRegion", "eu-west-1");
        item.add("configuration", conf);
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
