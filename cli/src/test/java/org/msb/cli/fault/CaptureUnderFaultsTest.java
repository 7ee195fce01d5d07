package org.msb.cli.fault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.Msb;
import org.msb.cli.fault.FaultProxy.Fault;
import org.msb.internal.live.AwsClients;
import org.msb.testkit.MotoServer;
import picocli.CommandLine;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb capture --live} through a fault-injecting proxy in front of moto: at fault rates 0, 5% and 20%
 * (throttling in each protocol's shape, 500s, connections closed, answers delayed past the client's attempt
 * timeout) every item and fact of the fault-free capture is captured equal, or listed as a gap (exit 4), or the
 * capture fails loudly (exit 1) naming the call; nothing is silently missing, different or duplicated.
 */
class CaptureUnderFaultsTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir static Path dir;
    static final String RULES = "s3-access-logging,encryption-at-rest,encryption-in-transit,security-groups-restricted,"
            + "management-ports-closed,password-policy,no-long-term-keys,vpc-flow-logs,private-subnets-nat,least-privilege";
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    @BeforeAll
    static void seed() {
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
    }

    @AfterAll
    static void clear() {
        for (String p : List.of("aws.accessKeyId", "aws.secretAccessKey", AwsClients.ATTEMPT_TIMEOUT_PROPERTY, AwsClients.CALL_TIMEOUT_PROPERTY)) {
            System.clearProperty(p);
        }
    }

    static void resources() {
        S3Client s3 = MOTO.clients().s3();
        for (int i = 0; i < 6; i++) {
            String b = "fault-bucket-" + i;
            s3.createBucket(r -> r.bucket(b));
            s3.putBucketTagging(r -> r.bucket(b).tagging(t -> t.tagSet(x -> x.key("owner").value("team-" + b))));
        }
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.60.0.0/16")).vpc().vpcId();
        for (int i = 0; i < 6; i++) {
            int n = i;
            String sg = ec2.createSecurityGroup(r -> r.groupName("fault-sg-" + n).description("sg " + n).vpcId(vpc)).groupId();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(sg).ipPermissions(p -> p.ipProtocol("tcp").fromPort(20 + n).toPort(20 + n)
                    .ipRanges(x -> x.cidrIp("0.0.0.0/0"))));
            ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.60." + n + ".0/24"));
            ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(8 + n));
        }
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        for (int i = 0; i < 5; i++) {
            String u = "fault-user-" + i;
            iam.createUser(r -> r.userName(u));
            iam.createAccessKey(r -> r.userName(u));
        }
        for (int i = 0; i < 3; i++) MOTO.clients().regional(KmsClient.class, KmsClient::builder).createKey(r -> r.description("fault"));
        MOTO.clients().regional(SnsClient.class, SnsClient::builder).createTopic(r -> r.name("fault-topic"));
    }

    /** One capture through the proxy; the world (null when the capture failed) and what it printed. */
    record Capture(int exit, JsonObject world, String err, int requests, Map<Fault, Integer> faults) {}

    static Capture capture(Map<Fault, Double> rates, long seed, String name) throws IOException {
        try (FaultProxy proxy = new FaultProxy(MOTO.endpoint(), rates, seed, ATTEMPT_TIMEOUT.plusSeconds(1))) {
            Path out = dir.resolve(name + ".json");
            // the capture's clients give up an attempt after ATTEMPT_TIMEOUT; the proxy's delayed answers come a second later
            System.setProperty(AwsClients.ATTEMPT_TIMEOUT_PROPERTY, ATTEMPT_TIMEOUT.toString());
            System.setProperty(AwsClients.CALL_TIMEOUT_PROPERTY, "PT90S");
            StringWriter err = new StringWriter();
            CommandLine cl = Msb.commandLine();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            int exit;
            try {
                exit = cl.execute("capture", "--live", "--endpoint-url", proxy.endpoint().toString(), "--region", "us-east-1",
                        "--rules", RULES, "-o", out.toString(), "--compact");
            } finally {
                System.clearProperty(AwsClients.ATTEMPT_TIMEOUT_PROPERTY);
                System.clearProperty(AwsClients.CALL_TIMEOUT_PROPERTY);
            }
            JsonObject world = exit == 0 || exit == 4 ? JsonParser.parseString(Files.readString(out)).getAsJsonObject() : null;
            if (world == null) assertFalse(Files.exists(out), "a failed capture writes no world that could pass for complete");
            Map<Fault, Integer> faults = new LinkedHashMap<>();
            proxy.injected.forEach((k, v) -> faults.put(k, v.get()));
            return new Capture(exit, world, err.toString(), proxy.requests.get(), faults);
        }
    }

    /** The figures of one run against the fault-free capture. */
    record Figures(double rate, int requests, Map<Fault, Integer> faults, int exit, int expected, int captured, int gaps,
                   int duplicated, int lost, List<String> lostNames) {
        String row() {
            return String.format("| %4.0f%% | %5d | %s | %d | %5d | %5d | %4d | %4d | %4d |", rate * 100, requests, faults, exit, expected,
                    captured, gaps, duplicated, lost);
        }
    }

    static Figures compare(double rate, JsonObject reference, Capture c) {
        Map<String, JsonElement> expected = contents(reference);
        if (c.world() == null) {
            // failed loudly: exit 1 and the reason on stderr; nothing was written as if complete
            return new Figures(rate, c.requests(), c.faults(), c.exit(), expected.size(), 0, 0, 0, 0, List.of());
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, JsonElement> got = new HashMap<>();
        for (JsonElement e : c.world().getAsJsonArray("configurationItems")) {
            String key = key(e.getAsJsonObject());
            seen.merge(key, 1, Integer::sum);
            got.put(key, normalised(e.getAsJsonObject()));
        }
        if (c.world().has("facts")) c.world().getAsJsonObject("facts").entrySet().forEach(f -> got.put("fact " + f.getKey(), f.getValue()));
        Set<String> gaps = c.world().has("unavailable") ? c.world().getAsJsonObject("unavailable").keySet() : Set.of();
        int captured = 0, gapped = 0;
        List<String> lost = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (e.getValue().equals(got.get(e.getKey()))) captured++;
            else if (gaps.contains(gapName(e.getKey()))) gapped++;
            else lost.add(e.getKey() + (got.containsKey(e.getKey()) ? " (different)" : " (absent)"));
        }
        int duplicated = (int) seen.values().stream().filter(n -> n > 1).count();
        return new Figures(rate, c.requests(), c.faults(), c.exit(), expected.size(), captured, gapped, duplicated, lost.size(), lost);
    }

    /** Items by "items:TYPE id" and facts by "fact NAME", as a capture without faults holds them. */
    static Map<String, JsonElement> contents(JsonObject world) {
        Map<String, JsonElement> out = new LinkedHashMap<>();
        for (JsonElement e : world.getAsJsonArray("configurationItems")) out.put(key(e.getAsJsonObject()), normalised(e.getAsJsonObject()));
        if (world.has("facts")) world.getAsJsonObject("facts").entrySet().forEach(f -> out.put("fact " + f.getKey(), f.getValue()));
        return out;
    }

    static String key(JsonObject item) { return "items:" + item.get("resourceType").getAsString() + " " + item.get("resourceId").getAsString(); }

    /** The gap name AccountCapture records for what the key names: "items:TYPE" or the fact name. */
    static String gapName(String key) { return key.startsWith("fact ") ? key.substring(5) : key.substring(0, key.indexOf(' ')); }

    /** The item without the time it was captured at (a describe-built item is stamped with the capture's clock). */
    static JsonElement normalised(JsonObject item) {
        JsonObject copy = item.deepCopy();
        copy.remove("configurationItemCaptureTime");
        return copy;
    }

    @Test
    void captureLive_underFaults_deliversEveryItemAndFactExactlyOnceOrSaysWhatIsMissing() throws IOException {
        resources();
        Capture clean = capture(Map.of(), 1, "rate-0");
        assertEquals(0, clean.exit(), clean.err());
        Set<String> types = new TreeSet<>();
        clean.world().getAsJsonArray("configurationItems").forEach(e -> types.add(e.getAsJsonObject().get("resourceType").getAsString()));
        assertTrue(types.containsAll(List.of("AWS::S3::Bucket", "AWS::EC2::SecurityGroup", "AWS::IAM::User")), "the reference holds items: " + types);

        List<Figures> figures = new ArrayList<>();
        figures.add(compare(0, clean.world(), capture(Map.of(), 2, "rate-0-again")));
        for (double rate : List.of(0.05, 0.20)) {
            for (long seed : List.of(11L)) {
                Map<Fault, Double> rates = new LinkedHashMap<>();
                for (Fault f : Fault.values()) rates.put(f, rate / Fault.values().length);
                Capture c = capture(rates, seed, "rate-" + (int) (rate * 100) + "-" + seed);
                Figures f = compare(rate, clean.world(), c);
                figures.add(f);
                if (c.exit() != 0 && c.exit() != 4) {
                    assertEquals(1, c.exit(), c.err());
                    assertTrue(c.err().contains("msb: error:") || c.err().contains("msb:"), "a failed capture says why: " + c.err());
                }
                assertEquals(List.of(), f.lostNames(), "silently lost or changed at " + rate + " seed " + seed + "\n" + c.err());
                assertEquals(0, f.duplicated(), "duplicated at " + rate + " seed " + seed);
                if (c.world() != null) assertEquals(f.expected(), f.captured() + f.gaps(), "every expected item or fact is captured or a listed gap");
            }
        }
        StringBuilder table = new StringBuilder("\n| rate | requests | injected faults | exit | expected | captured | gaps | duplicated | lost |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        figures.forEach(f -> table.append(f.row()).append('\n'));
        System.out.println("capture under faults (rules: " + RULES + ")" + table);
        assertTrue(figures.stream().anyMatch(f -> f.faults().values().stream().mapToInt(Integer::intValue).sum() > 0), "faults were injected");
    }

    @Test
    void captureLive_whenEveryCallIsThrottled_failsLoudlyNamingTheCallAndWritesNothing() throws IOException {
        Capture c = capture(Map.of(Fault.THROTTLE, 1.0), 3, "throttled");
        assertEquals(1, c.exit(), c.err());
        assertNull(c.world());
        assertTrue(c.err().contains("msb: error:") && c.err().contains("GetCallerIdentity") && c.err().contains("Throttling"), c.err());
        assertEquals(5, c.requests(), "the SDK's five attempts, then the error");
    }
}
