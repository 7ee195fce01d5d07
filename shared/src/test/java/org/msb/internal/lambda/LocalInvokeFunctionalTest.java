package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LocalInvoke end to end: the rule found through ServiceLoader (a class loader over lambda/rule-jar stands
 * for the rule jar), the event file, real HTTP to the stub endpoint, the printed evaluations and exit codes.
 */
class LocalInvokeFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir Path dir;
    AwsStubs aws;
    URLClassLoader ruleJar;
    ClassLoader previous;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        ruleJar = RuleLoaderTest.jar("rule-jar");
        previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ruleJar);
    }

    @AfterEach
    void tearDown() throws IOException {
        Thread.currentThread().setContextClassLoader(previous);
        ruleJar.close();
    }

    Path eventFile(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, Events.resource("/lambda/events/" + name));
        return f;
    }

    int run(Map<String, String> env, String... args) {
        return LocalInvoke.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() { return out.toString(StandardCharsets.UTF_8); }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void run_whenEventAndEndpoint_printsTheEvaluationsSentAsATable() throws IOException {
        aws.acceptEvaluations();

        int code = run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--endpoint-url", wm.baseUrl(), "--region", "us-east-1");

        assertEquals(0, code, err());
        List<String> lines = out().lines().toList();
        assertEquals("Rule tagged-bucket: 1 evaluation(s) sent in 1 PutEvaluations call(s)", lines.get(0));
        assertTrue(lines.get(1).matches("COMPLIANCE\\s+RESOURCE TYPE\\s+RESOURCE ID\\s+ORDERING TIMESTAMP\\s+ANNOTATION"), lines.get(1));
        assertTrue(lines.get(2).matches("COMPLIANT\\s+AWS::S3::Bucket\\s+audit-logs\\s+2026-03-01T10:15:30.123Z\\s+Tagged owner=security\\."), lines.get(2));
        // no credentials in the environment and an endpoint given: dummy credentials sign the calls
        assertTrue(aws.configRequests("PutEvaluations").get(0).getHeader("Authorization").contains("Credential=local/"));
        assertTrue(err().contains("\"event\":\"invocation\""), "the handler's log goes to stderr");
    }

    @Test
    void run_whenJsonAndParameters_printsJsonLinesWithTheOverriddenParameters() throws IOException {
        aws.acceptEvaluations();

        int code = run(Map.of("AWS_REGION", "us-east-1"), "--event", eventFile("change-bucket.json").toString(),
                "--endpoint-url", wm.baseUrl(), "--parameters", "{\"TagKey\":\"cost-centre\"}", "--json");

        assertEquals(0, code, err());
        List<String> lines = out().lines().toList();
        assertEquals(1, lines.size(), out());
        JsonObject e = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("NON_COMPLIANT", e.get("compliance").getAsString());
        assertEquals("audit-logs", e.get("resourceId").getAsString());
        assertEquals("The bucket has no cost-centre tag; expected one.", e.get("annotation").getAsString());
        assertEquals("2026-03-01T10:15:30.123Z", e.get("orderingTimestamp").getAsString());
    }

    @Test
    void run_whenNoRegionGiven_takesItFromTheRuleArn() throws IOException {
        aws.acceptEvaluations();

        int code = run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--endpoint-url", wm.baseUrl());

        assertEquals(0, code, err());
        assertTrue(aws.configRequests("PutEvaluations").get(0).getHeader("Authorization").contains("/us-east-1/config/aws4_request"));
    }

    @Test
    void run_whenInvocationFails_printsTheErrorAndExitsOne() throws IOException {
        aws.stubConfig("PutEvaluations", AwsStubs.accessDenied("config:PutEvaluations"));

        int code = run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--endpoint-url", wm.baseUrl(), "--region", "us-east-1");

        assertEquals(1, code);
        assertTrue(err().contains("Invocation failed: Config PutEvaluations failed: AccessDeniedException (HTTP 400)"), err());
        assertTrue(err().contains("probably lacks config:PutEvaluations"), err());
    }

    @Test
    void run_whenEventMalformed_exitsOneNamingTheProblem() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"resultToken\":\"TESTMODE\"}");

        int code = run(Map.of(), "--event", bad.toString(), "--endpoint-url", wm.baseUrl(), "--region", "us-east-1");

        assertEquals(1, code);
        assertTrue(err().contains("Invocation failed: Config rule event has no invokingEvent"), err());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }

    @Test
    void run_whenUsageWrong_exitsTwoWithUsage() throws IOException {
        assertEquals(2, run(Map.of(), "--endpoint-url", wm.baseUrl()));
        assertTrue(err().contains("--event FILE is required"), err());
        assertTrue(err().contains("Usage: java -cp <rule>.jar org.msb.internal.lambda.LocalInvoke"), err());

        err.reset();
        assertEquals(2, run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--verbose"));
        assertTrue(err().contains("unknown argument \"--verbose\""), err());

        err.reset();
        assertEquals(2, run(Map.of(), "--event", dir.resolve("missing.json").toString()));
        assertTrue(err().contains("does not exist"), err());

        err.reset();
        assertEquals(2, run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--parameters", "[1]"));
        assertTrue(err().contains("--parameters must be a JSON object"), err());

        err.reset();
        assertEquals(2, run(Map.of(), "--event", eventFile("change-bucket.json").toString(), "--endpoint-url", "not a url"));
        assertTrue(err().contains("--endpoint-url"), err());
    }

    @Test
    void run_whenHelp_printsUsageAndExitsZero() {
        assertEquals(0, run(Map.of(), "--help"));
        assertTrue(out().contains("--endpoint-url URL"), out());
    }
}
