package org.msb.cli.generate;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.AwsStubServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the member template's post-deploy custom resource ({@code StartEvaluationsFunction}, inline Python) as
 * Lambda would: the committed template's code, CloudFormation's {@code cfnresponse} module (the copy moto ships,
 * which is AWS's published one), boto3 sending its Config calls over HTTP to a stub in Config's JSON 1.1 wire
 * format, and the response PUT to the stack's pre-signed ResponseURL. What it must do: start every rule of every
 * pack it names, in calls of at most 25 rules (the API's limit), across pages; and never fail the stack.
 */
class EvaluationStarterExecutionTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();
    static final String TARGET = "StarlingDoveService.";
    static final Path TEMPLATE = Path.of("..", "deploy", "member-stackset.yaml");

    @TempDir Path dir;

    @BeforeEach
    void setUp() throws IOException {
        Map<String, Object> function = Templates.resources(Templates.parse(Files.readString(TEMPLATE))).get(EvaluationStarter.FUNCTION);
        Map<String, Object> props = Templates.properties(function);
        assertEquals("index.handler", props.get("Handler"));
        Files.writeString(dir.resolve("index.py"), (String) Templates.map(props, "Code").get("ZipFile"));
        AWS.stubFor(put(urlPathEqualTo("/cfn-response")).willReturn(ok()));
    }

    @Test
    void create_when_packsHaveManyRules_startsEveryRuleInBatchesOfAtMost25() throws Exception {
        List<String> amRules = names("account-contacts-conformance-pack-a1", 30);
        stubRules("msb-am", null, amRules.subList(0, 20), "page-2");
        stubRules("msb-am", "page-2", amRules.subList(20, 30), null);
        stubRules("msb-dp", null, List.of("encryption-at-rest-conformance-pack-b2"), null);
        AWS.stubFor(post("/").withHeader("X-Amz-Target", equalTo(TARGET + "StartConfigRulesEvaluation"))
                .willReturn(okJson("{}").withHeader("Content-Type", "application/x-amz-json-1.1")));

        JsonObject response = invoke("Create", List.of("msb-am", "msb-dp"));

        Set<String> started = new HashSet<>();
        for (JsonObject call : calls("StartConfigRulesEvaluation")) {
            JsonArray batch = call.getAsJsonArray("ConfigRuleNames");
            assertTrue(batch.size() <= 25, "StartConfigRulesEvaluation takes at most 25 rules, got " + batch.size());
            for (JsonElement n : batch) assertTrue(started.add(n.getAsString()), "started twice: " + n);
        }
        Set<String> expected = new HashSet<>(amRules);
        expected.add("encryption-at-rest-conformance-pack-b2");
        assertEquals(expected, started);
        assertEquals(2, calls("StartConfigRulesEvaluation").size());
        assertEquals("SUCCESS", response.get("Status").getAsString());
        assertEquals("started the evaluation of 31 rule(s)", response.getAsJsonObject("Data").get("Message").getAsString());
        assertEquals("StartEvaluations", response.get("LogicalResourceId").getAsString());
    }

    @Test
    void update_when_configDeniesAccess_stillSucceedsAndSaysWhy() throws Exception {
        AWS.stubFor(post("/").withHeader("X-Amz-Target", equalTo(TARGET + "DescribeConformancePackCompliance"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized to DescribeConformancePackCompliance\"}")));

        JsonObject response = invoke("Update", List.of("msb-am"));

        assertEquals("SUCCESS", response.get("Status").getAsString(), "a running deployment must not roll back for this");
        String message = response.getAsJsonObject("Data").get("Message").getAsString();
        assertTrue(message.startsWith("could not start evaluations:") && message.contains("AccessDenied"), message);
        assertEquals(List.of(), calls("StartConfigRulesEvaluation"));
    }

    @Test
    void delete_when_stackIsRemoved_callsNothingAndSucceeds() throws Exception {
        JsonObject response = invoke("Delete", List.of("msb-am"));

        assertEquals("SUCCESS", response.get("Status").getAsString());
        assertEquals("nothing to start", response.getAsJsonObject("Data").get("Message").getAsString());
        assertEquals(0, AWS.findAll(postRequestedFor(urlEqualTo("/"))).size());
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }

    /** One page of DescribeConformancePackCompliance, shaped as Config answers it. */
    private static void stubRules(String pack, String token, List<String> rules, String nextToken) {
        JsonObject body = new JsonObject();
        body.addProperty("ConformancePackName", pack);
        JsonArray list = new JsonArray();
        for (String r : rules) {
            JsonObject o = new JsonObject();
            o.addProperty("ConfigRuleName", r);
            o.addProperty("Compliance", "COMPLIANT");
            o.add("Controls", new JsonArray());
            list.add(o);
        }
        body.add("ConformancePackRuleComplianceList", list);
        if (nextToken != null) body.addProperty("NextToken", nextToken);
        String request = token == null
                ? "{\"ConformancePackName\":\"" + pack + "\",\"Limit\":1000}"
                : "{\"ConformancePackName\":\"" + pack + "\",\"Limit\":1000,\"NextToken\":\"" + token + "\"}";
        AWS.stubFor(post("/").withHeader("X-Amz-Target", equalTo(TARGET + "DescribeConformancePackCompliance"))
                .withRequestBody(equalToJson(request))
                .willReturn(okJson(body.toString()).withHeader("Content-Type", "application/x-amz-json-1.1")));
    }

    private static List<JsonObject> calls(String operation) {
        List<JsonObject> out = new ArrayList<>();
        for (LoggedRequest r : AWS.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + operation)))) {
            out.add(JsonParser.parseString(r.getBodyAsString()).getAsJsonObject());
        }
        return out;
    }

    /** Runs the handler in a fresh Python process and returns the body it PUT to the ResponseURL. */
    private JsonObject invoke(String requestType, List<String> packs) throws Exception {
        Path cfnresponse = cfnResponseModule();
        JsonObject event = new JsonObject();
        event.addProperty("RequestType", requestType);
        event.addProperty("ResponseURL", AWS.baseUrl() + "/cfn-response?X-Amz-Signature=test");
        event.addProperty("StackId", "arn:aws:cloudformation:eu-west-1:111122223333:stack/StackSet-msb-baseline-1/0a1b");
        event.addProperty("RequestId", "4f2b-request");
        event.addProperty("ResourceType", "Custom::MsbStartEvaluations");
        event.addProperty("LogicalResourceId", "StartEvaluations");
        JsonObject properties = new JsonObject();
        JsonArray names = new JsonArray();
        packs.forEach(names::add);
        properties.add("ConformancePackNames", names);
        properties.addProperty("ArtifactVersion", "2026-11-30");
        event.add("ResourceProperties", properties);
        Files.writeString(dir.resolve("event.json"), event.toString());

        String driver = """
                import json, sys
                sys.path[:0] = [sys.argv[1], sys.argv[2]]
                import index
                class Context:
                    log_stream_name = "2026/11/30/[$LATEST]0123"
                index.handler(json.load(open(sys.argv[3])), Context())
                """;
        ProcessBuilder pb = new ProcessBuilder("python3", "-c", driver, dir.toString(), cfnresponse.toString(), dir.resolve("event.json").toString())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("AWS_ENDPOINT_URL", AWS.baseUrl());
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.remove("AWS_PROFILE");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the handler did not finish");
        assertEquals(0, p.exitValue(), "the handler raised:\n" + output);
        List<LoggedRequest> responses = AWS.findAll(putRequestedFor(urlPathEqualTo("/cfn-response")));
        assertEquals(1, responses.size(), "exactly one response to CloudFormation; output:\n" + output);
        return JsonParser.parseString(responses.get(0).getBodyAsString()).getAsJsonObject();
    }

    /** CloudFormation's cfnresponse module as moto ships it (AWS's published source); CI installs moto. */
    private static Path cfnResponseModule() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c",
                    "import moto, os; print(os.path.join(os.path.dirname(moto.__file__), 'packages', 'cfnresponse'))")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed: the custom resource's code cannot be run here");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(p.exitValue() == 0, "python3 has no moto/boto3 (see ../shared/aws/LOCAL-EMULATOR.md): " + out);
        Path dir = Path.of(out);
        assertTrue(Files.exists(dir.resolve("cfnresponse.py")), "no cfnresponse.py in " + dir);
        return dir;
    }
}
