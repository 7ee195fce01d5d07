package org.msb.cli.security;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.CliRun;
import org.msb.cli.DemoAccount;
import org.msb.cli.scan.RuleCatalog;
import org.msb.internal.lambda.ConfigRuleHandler;
import org.msb.internal.lambda.ContainerClients;
import org.msb.internal.live.AwsClients;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.model.secrets.SecretBearingItems;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

/**
 * "No secret is written anywhere": the demo account seeded with fake secrets in every place the rules read
 * plain values (an ECS task's environment, CloudFormation parameters, tags of buckets, instances and stacks,
 * then every output is searched for them: {@code msb scan} in text, JSON and CSV
 * (stdout, stderr and --output files), the world a capture writes (redaction + WorldWriter, as AccountCapture
 * does), and each rule's Lambda handler on change and scheduled events (its log lines and every request it
 * sends, PutEvaluations annotations included).
 */
class NoSecretWrittenTest {
    @RegisterExtension
    static final WireMockExtension AWS = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    // Fake, but shaped like the real thing so the detectors see them.
    static final String GITHUB_TOKEN = "ghp_" + "R7tY2uI9oP4aS6dF1gH3jK8lZ0xC5vB2nM7q";
    static final String AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSeedKey01";
    static final String ACCESS_KEY_ID = "AKIAQYLPMN5HSEEDKEY7";
    static final String DB_PASSWORD = "Xk9#mP2vLq8!zR4w-seeded";
    static final String SLACK_WEBHOOK = "https://hooks.slack.com/services/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";
    static final List<String> SECRETS = List.of(GITHUB_TOKEN, AWS_SECRET_KEY, ACCESS_KEY_ID, DB_PASSWORD, SLACK_WEBHOOK);

    @TempDir Path dir;
    JsonObject seeded;
    Path worldFile;

    @BeforeEach
    void seed() throws IOException {
        seeded = DemoAccount.json();
        for (JsonElement e : seeded.getAsJsonArray("configurationItems")) {
            JsonObject ci = e.getAsJsonObject();
            JsonObject conf = ci.getAsJsonObject("configuration");
            switch (ci.get("resourceType").getAsString()) {
                case "AWS::ECS::TaskDefinition" -> {
                    JsonArray env = conf.getAsJsonArray("ContainerDefinitions").get(0).getAsJsonObject().getAsJsonArray("Environment");
                    env.forEach(v -> { if (v.getAsJsonObject().get("Name").getAsString().equals("GITHUB_TOKEN")) v.getAsJsonObject().addProperty("Value", GITHUB_TOKEN); });
                    env.add(pair("Name", "AWS_SECRET_ACCESS_KEY", "Value", AWS_SECRET_KEY));
                    env.add(pair("Name", "ALERTS_WEBHOOK", "Value", SLACK_WEBHOOK));
                }
                case "AWS::CloudFormation::Stack" -> {
                    for (JsonElement p : conf.getAsJsonArray("parameters")) {
                        JsonObject o = p.getAsJsonObject();
                        if (o.get("parameterKey").getAsString().equals("DBPassword")) o.addProperty("parameterValue", DB_PASSWORD);
                    }
                    conf.getAsJsonArray("parameters").add(pair("parameterKey", "AccessKeyId", "parameterValue", ACCESS_KEY_ID));
                    conf.getAsJsonArray("tags").add(pair("key", "deploy-token", "value", GITHUB_TOKEN));
                }
                case "AWS::S3::Bucket", "AWS::EC2::Instance", "AWS::IAM::User", "AWS::Lambda::Function" -> {
                    ci.getAsJsonObject("tags").addProperty("ci-token", GITHUB_TOKEN);
                    ci.getAsJsonObject("tags").addProperty("aws_secret_access_key", AWS_SECRET_KEY);
                }
                default -> { }
            }
        }
        assertTrue(seeded.toString().contains(GITHUB_TOKEN) && seeded.toString().contains(DB_PASSWORD), "the secrets are seeded");
        worldFile = Files.writeString(dir.resolve("seeded.json"), seeded.toString());
    }

    @Test
    void scan_inEveryFormat_printsNoSeededSecret() throws IOException {
        for (String format : List.of("text", "json", "csv")) {
            Path file = dir.resolve("out." + format);
            CliRun toStdout = CliRun.of("scan", "--world", worldFile.toString(), "--format", format);
            CliRun toFile = CliRun.of("scan", "--world", worldFile.toString(), "--format", format, "--output", file.toString());
            assertNoSecret("scan --format " + format + " stdout", toStdout.out());
            assertNoSecret("scan --format " + format + " stderr", toStdout.err() + toFile.err() + toFile.out());
            assertNoSecret("scan --format " + format + " --output", Files.readString(file));
            assertFalse(toStdout.out().isBlank(), format + " printed a report");
        }
        JsonObject json = JsonParser.parseString(CliRun.of("scan", "--world", worldFile.toString(), "--format", "json", "--rules", "no-hardcoded-secrets").out())
                .getAsJsonObject();
        Map<String, String> verdicts = new LinkedHashMap<>();
        json.getAsJsonArray("results").forEach(r -> verdicts.put(r.getAsJsonObject().get("resourceId").getAsString(),
                r.getAsJsonObject().get("compliance").getAsString()));
        assertEquals("NON_COMPLIANT", verdicts.get("checkout"), "the seeded ECS secrets were evaluated: " + verdicts);
        assertEquals("NON_COMPLIANT", verdicts.get(stackId("orders-db")), "the seeded stack parameter was evaluated: " + verdicts);
    }

    @Test
    void capturedWorld_whenWritten_holdsNoSeededSecretInItemsItScans() {
        World world = WorldReader.fromJson(seeded, "seeded demo");
        List<ConfigurationItem> redacted = world.account().allItems().stream().map(SecretBearingItems::redact).toList();
        JsonObject written = WorldWriter.world(world.account().accountId(), world.account().region(), world.capturedAt(), "seeded",
                redacted, Map.of(), Map.of());
        String text = WorldWriter.toJson(written, true);
        assertNoSecret("captured world", text);
        assertTrue(text.contains("\"checkout\"") && text.contains("\"AWS_SECRET_ACCESS_KEY\"") && text.contains("\"ci-token\""),
                "the items and tag keys are kept, only values are redacted");
        assertEquals(WorldReader.fromJson(seeded, "seeded").account().allItems().size(), WorldReader.fromJson(written, "written").account().allItems().size());
    }

    @Test
    void lambdaHandler_ofEveryRule_logsAndSendsNoSeededSecret() {
        AWS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService.PutEvaluations"))
                .willReturn(json("{\"FailedEvaluations\":[]}")));
        AWS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService.GetComplianceDetailsByConfigRule"))
                .willReturn(json("{\"EvaluationResults\":[]}")));
        World world = WorldReader.fromJson(seeded, "seeded demo");
        String region = world.account().region();
        ContainerClients clients = new ContainerClients(new AwsClients.Settings(Region.of(region), URI.create(AWS.baseUrl()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "stub")), 1));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int invocations = 0, failed = 0;
        List<String> failures = new ArrayList<>();
        for (Rule rule : RuleCatalog.load().rules()) {
            RuleSpec spec = rule.spec();
            ConfigRuleHandler handler = new ConfigRuleHandler(rule, clients, (aws, account) -> world.account(),
                    Clock.fixed(world.capturedAt(), ZoneOffset.UTC), d -> { }, new PrintStream(log, true, StandardCharsets.UTF_8));
            String params = parameters(world.parametersFor(spec.id()));
            List<JsonObject> events = new ArrayList<>();
            if (spec.isPeriodic()) events.add(event(spec, scheduled(world), params));
            for (ConfigurationItem item : world.account().allItems()) {
                if (spec.changeTypes().contains(item.resourceType())) events.add(event(spec, change(item, world), params));
            }
            for (JsonObject e : events) {
                invocations++;
                try {
                    handler.invoke(e.toString().getBytes(StandardCharsets.UTF_8), "req-" + invocations);
                } catch (RuntimeException ex) {
                    failed++;  // logged by the handler, and searched below like every other line
                    failures.add(spec.id() + ": " + ex.getMessage());
                }
            }
        }
        String logText = log.toString(StandardCharsets.UTF_8);
        assertNoSecret("handler log", logText);
        StringBuilder sent = new StringBuilder();
        for (LoggedRequest r : AWS.findAll(anyRequestedFor(anyUrl()))) sent.append(r.getBodyAsString()).append('\n');
        assertNoSecret("requests the handlers sent", sent.toString());
        assertTrue(invocations > 43, "every rule ran, change events for each item: " + invocations);
        assertEquals(0, failed, "every invocation succeeded: " + failures);
        assertTrue(sent.toString().contains("\"ComplianceResourceId\":\"checkout\",\"ComplianceType\":\"NON_COMPLIANT\""),
                "no-hardcoded-secrets reported the seeded task definition: " + sent);
    }

    private static String stackId(String name) {
        return "arn:aws:cloudformation:eu-west-1:111122223333:stack/" + name + "/5b0f6a10-8d1e-11f0-9c2b-0a1b2c3d4e5f";
    }

    private static JsonObject scheduled(World world) {
        JsonObject inv = new JsonObject();
        inv.addProperty("awsAccountId", world.account().accountId());
        inv.addProperty("notificationCreationTime", world.capturedAt().toString());
        inv.addProperty("messageType", "ScheduledNotification");
        inv.addProperty("recordVersion", "1.0");
        return inv;
    }

    private static JsonObject change(ConfigurationItem item, World world) {
        JsonObject inv = new JsonObject();
        JsonObject ci = WorldWriter.item(item);
        ci.addProperty("configurationItemCaptureTime", item.captureTime().toString());
        inv.add("configurationItem", ci);
        inv.addProperty("notificationCreationTime", world.capturedAt().toString());
        inv.addProperty("messageType", "ConfigurationItemChangeNotification");
        inv.addProperty("recordVersion", "1.3");
        return inv;
    }

    private static JsonObject event(RuleSpec spec, JsonObject invoking, String params) {
        JsonObject e = new JsonObject();
        e.addProperty("version", "1.0");
        e.addProperty("invokingEvent", invoking.toString());
        e.addProperty("ruleParameters", params);
        e.addProperty("resultToken", "eyJlbmNyeXB0ZWREYXRhIjpbMTIsLTQ1LDg4XX0=");
        e.addProperty("eventLeftScope", false);
        e.addProperty("executionRoleArn", "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig");
        e.addProperty("configRuleArn", "arn:aws:config:eu-west-1:111122223333:config-rule/config-rule-" + spec.id());
        e.addProperty("configRuleName", spec.id());
        e.addProperty("configRuleId", "config-rule-" + spec.id());
        e.addProperty("accountId", "111122223333");
        e.addProperty("evaluationMode", "DETECTIVE");
        return e;
    }

    private static String parameters(Map<String, String> p) {
        JsonObject o = new JsonObject();
        p.forEach(o::addProperty);
        return o.toString();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private static JsonObject pair(String k1, String v1, String k2, String v2) {
        JsonObject o = new JsonObject();
        o.addProperty(k1, v1);
        o.addProperty(k2, v2);
        return o;
    }

    /** Names each seeded secret found and the text around it, so a leak is easy to trace. */
    static void assertNoSecret(String where, String text) {
        List<String> found = new ArrayList<>();
        for (String s : SECRETS) {
            int i = text.indexOf(s);
            if (i >= 0) found.add(s + " in ..." + text.substring(Math.max(0, i - 120), Math.min(text.length(), i + s.length() + 40)) + "...");
        }
        assertEquals(List.of(), found, where + " leaks seeded secrets");
    }
}
