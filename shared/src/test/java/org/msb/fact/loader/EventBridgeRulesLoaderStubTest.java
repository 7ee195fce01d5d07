package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.EventBridgeRules;
import org.msb.internal.live.AwsReadException;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EventBridge paging and errors in AWS's wire format (JSON 1.1, X-Amz-Target AWSEvents.*): moto returns one page,
 * so the NextToken loop and AccessDenied are shown against stubs.
 */
class EventBridgeRulesLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");

    static MappingBuilder call(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents." + operation));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @Test
    void load_whenRulesComeInPages_followsNextTokenForRulesAndTargets() {
        AWS.stubFor(call("ListRules").withRequestBody(equalToJson("{\"EventBusName\":\"default\",\"Limit\":100}"))
                .willReturn(json(200, "{\"Rules\":[{\"Name\":\"gd-high\",\"Arn\":\"arn:aws:events:eu-west-1:111122223333:rule/gd-high\","
                        + "\"EventPattern\":\"{\\\"source\\\":[\\\"aws.guardduty\\\"]}\",\"State\":\"ENABLED\",\"EventBusName\":\"default\"}],"
                        + "\"NextToken\":\"page-2\"}")));
        AWS.stubFor(call("ListRules").withRequestBody(containing("\"NextToken\":\"page-2\""))
                .willReturn(json(200, "{\"Rules\":[{\"Name\":\"break-glass\",\"Arn\":\"arn:aws:events:eu-west-1:111122223333:rule/break-glass\","
                        + "\"EventPattern\":\"{\\\"source\\\":[\\\"aws.sts\\\"]}\",\"State\":\"ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS\","
                        + "\"ManagedBy\":null,\"EventBusName\":\"default\"}]}")));
        AWS.stubFor(call("ListTargetsByRule").withRequestBody(equalToJson("{\"Rule\":\"gd-high\",\"EventBusName\":\"default\",\"Limit\":100}"))
                .willReturn(json(200, "{\"Targets\":[{\"Id\":\"soc\",\"Arn\":\"arn:aws:sns:eu-west-1:111122223333:soc\"}],\"NextToken\":\"t2\"}")));
        AWS.stubFor(call("ListTargetsByRule").withRequestBody(containing("\"NextToken\":\"t2\""))
                .willReturn(json(200, "{\"Targets\":[{\"Id\":\"sec-hub\",\"Arn\":\"arn:aws:events:eu-west-1:111122223333:event-bus/sec\"}]}")));
        AWS.stubFor(call("ListTargetsByRule").withRequestBody(containing("\"Rule\":\"break-glass\""))
                .willReturn(json(200, "{\"Targets\":[]}")));

        EventBridgeRules fact = new EventBridgeRulesLoader().load(AWS.clients());

        assertEquals(List.of("gd-high", "break-glass"), fact.rules().stream().map(EventBridgeRules.EventRule::name).toList());
        assertEquals(List.of("soc", "sec-hub"), fact.rules().get(0).targets().stream().map(EventBridgeRules.Target::id).toList());
        assertTrue(fact.rules().get(1).isEnabled(), "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS delivers events");
        assertTrue(fact.rules().get(1).targets().isEmpty());
    }

    @Test
    void load_whenDenied_failsNamingTheAction() {
        AWS.stubFor(call("ListRules").willReturn(json(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"User: "
                + "arn:aws:sts::111122223333:assumed-role/msb/x is not authorized to perform: events:ListRules\"}")));
        AwsReadException e = assertThrows(AwsReadException.class, () -> new EventBridgeRulesLoader().load(AWS.clients()));
        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("events:ListRules", e.iamAction());
    }
}
