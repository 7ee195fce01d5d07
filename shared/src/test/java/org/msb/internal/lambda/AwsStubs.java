package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * WireMock stubs in AWS's wire formats: Config and SSM speak JSON 1.1 (POST / with X-Amz-Target
 * {@code StarlingDoveService.<Operation>} / {@code AmazonSSM.<Operation>}, errors as {@code {"__type":..}}).
 */
final class AwsStubs {
    static final String CONFIG = "StarlingDoveService.";
    static final String SSM = "AmazonSSM.";
    static final String JSON_11 = "application/x-amz-json-1.1";

    private final WireMockExtension wm;

    AwsStubs(WireMockExtension wm) {
        this.wm = wm;
    }

    static MappingBuilder config(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(CONFIG + operation));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "7d1c3a52-0000-4000-8000-000000000001").withBody(body);
    }

    static ResponseDefinitionBuilder ok(String body) { return json(200, body); }

    static String error(String type, String message) {
        JsonObject o = new JsonObject();
        o.addProperty("__type", type);
        o.addProperty("message", message);
        return o.toString();
    }

    static ResponseDefinitionBuilder throttled() { return json(400, error("ThrottlingException", "Rate exceeded")); }

    static ResponseDefinitionBuilder accessDenied(String action) {
        return json(400, error("AccessDeniedException", "User: arn:aws:sts::111122223333:assumed-role/msb-tagged-bucket/fn is not "
                + "authorized to perform: " + action + " because no identity-based policy allows the " + action + " action"));
    }

    void stubConfig(String operation, ResponseDefinitionBuilder response) {
        wm.stubFor(config(operation).willReturn(response));
    }

    /** PutEvaluations accepting everything, as Config answers. */
    void acceptEvaluations() { stubConfig("PutEvaluations", ok("{\"FailedEvaluations\":[]}")); }

    /** No earlier results for stale clean-up. */
    void noEarlierResults() { stubConfig("GetComplianceDetailsByConfigRule", ok("{\"EvaluationResults\":[]}")); }

    List<LoggedRequest> configRequests(String operation) {
        return wm.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(CONFIG + operation)));
    }

    List<JsonObject> configBodies(String operation) {
        return configRequests(operation).stream().map(r -> JsonParser.parseString(r.getBodyAsString()).getAsJsonObject()).toList();
    }

    /** Every evaluation sent, over all PutEvaluations calls. */
    List<JsonObject> sentEvaluations() {
        return configBodies("PutEvaluations").stream()
                .flatMap(b -> b.getAsJsonArray("Evaluations").asList().stream().map(e -> e.getAsJsonObject()))
                .toList();
    }
}
