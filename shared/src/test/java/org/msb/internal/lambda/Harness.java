package org.msb.internal.lambda;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.msb.account.AccountView;
import org.msb.internal.live.AwsClients;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;
import org.msb.rule.Rule;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a handler against a stub endpoint with a static account, a fixed clock and a recording sleeper. */
final class Harness {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final String BASE_KEY = "AKIAIOSFODNN7BASEKEY";
    static final Instant NOW = Instant.parse("2026-03-02T00:05:00Z");

    final List<Duration> sleeps = new ArrayList<>();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final List<AwsClients> clientsSeen = new ArrayList<>();
    final ContainerClients clients;

    Harness(String endpoint) {
        this.clients = new ContainerClients(new AwsClients.Settings(Region.of(REGION), URI.create(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(BASE_KEY, "base-secret")), 5));
    }

    ConfigRuleHandler handler(Rule rule, AccountView view) {
        AccountViewFactory views = (c, accountId) -> {
            clientsSeen.add(c);
            return view;
        };
        return new ConfigRuleHandler(rule, clients, views, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    ConfigRuleHandler handler(ConfigurationItem... items) { return handler(new TaggedBucketRule(), world(items)); }

    static StaticAccountView world(ConfigurationItem... items) {
        return new StaticAccountView(ACCOUNT, REGION, Arrays.asList(items), Map.of(), "not in the test world");
    }

    static ConfigurationItem bucket(String name, String... tagPairs) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tagPairs.length; i += 2) tags.put(tagPairs[i], tagPairs[i + 1]);
        return new ConfigurationItem(ACCOUNT, "arn:aws:s3:::" + name, REGION, TaggedBucketRule.BUCKET, name, name, ItemStatus.OK,
                Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), "Regional", null, null, tags, null);
    }

    String logText() { return log.toString(StandardCharsets.UTF_8); }

    List<JsonObject> logLines() {
        return logText().lines().filter(l -> !l.isBlank()).map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    JsonObject invocationLine() {
        List<JsonObject> lines = logLines().stream().filter(o -> o.get("event").getAsString().equals("invocation")).toList();
        if (lines.size() != 1) throw new AssertionError("expected one invocation log line, got " + logText());
        return lines.get(0);
    }
}
