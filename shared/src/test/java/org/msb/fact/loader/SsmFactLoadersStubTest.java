package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.ManagedInstances;
import org.msb.fact.PatchStates;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ssm.instanceInformation and ssm.instancePatchStates over SSM's JSON 1.1 wire format (X-Amz-Target AmazonSSM.*),
 * stubbed because moto 5.2.1 implements neither DescribeInstanceInformation nor DescribeInstancePatchStates.
 * Bodies follow the API reference: epoch-second timestamps, PascalCase members.
 */
class SsmFactLoadersStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    static MappingBuilder ssm(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM." + operation));
    }

    private void twoPagesOfInstances() {
        AWS.stubFor(ssm("DescribeInstanceInformation").withRequestBody(matchingJsonPath("$.NextToken", absent())).atPriority(2)
                .willReturn(StubAws.json(200, "inf-ssm-instance-information-page1.json")));
        AWS.stubFor(ssm("DescribeInstanceInformation").withRequestBody(matchingJsonPath("$.NextToken", equalTo("AAEAAQinfPage2"))).atPriority(1)
                .willReturn(StubAws.json(200, "inf-ssm-instance-information-page2.json")));
    }

    @Test
    void instanceInformation_readsEveryPage_withPingStatusAndIsoTimes() {
        twoPagesOfInstances();

        ManagedInstances m = new ManagedInstancesLoader().load(AWS.clients());

        assertEquals(List.of("i-0a1b2c3d4e5f61001", "i-0a1b2c3d4e5f61002", "i-0a1b2c3d4e5f61005"),
                m.instances().stream().map(ManagedInstances.Instance::instanceId).toList());
        ManagedInstances.Instance lost = m.of("i-0a1b2c3d4e5f61005").orElseThrow();
        assertEquals("ConnectionLost", lost.pingStatus());
        assertEquals("2026-11-12T07:41:00Z", lost.lastPingDateTime());
        assertTrue(m.of("i-0a1b2c3d4e5f61001").orElseThrow().isOnline());
        assertEquals("Windows", m.of("i-0a1b2c3d4e5f61001").orElseThrow().platformType());
    }

    @Test
    void patchStates_asksForTheManagedInstances_andReadsOperationEndAndCounts() {
        twoPagesOfInstances();
        AWS.stubFor(ssm("DescribeInstancePatchStates").willReturn(StubAws.json(200, "inf-ssm-instance-patch-states.json")));

        PatchStates p = new PatchStatesLoader().load(AWS.clients());

        PatchStates.State api = p.of("i-0a1b2c3d4e5f61002").orElseThrow();
        assertEquals("2026-11-29T03:10:02Z", api.operationEndTime());
        assertEquals("Scan", api.operation());
        assertEquals("pb-0c10e65780EXAMPLE", api.baselineId());
        assertEquals(3, api.missingCount());
        assertEquals(1, api.criticalNonCompliantCount());
        List<LoggedRequest> asked = AWS.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeInstancePatchStates")));
        assertEquals(1, asked.size());
        assertEquals(3, JsonParser.parseString(asked.get(0).getBodyAsString()).getAsJsonObject().getAsJsonArray("InstanceIds").size());
    }

    @Test
    void patchStates_whenMoreThanFiftyInstances_asksInBatchesOfFifty() {
        StringBuilder page = new StringBuilder("{\"InstanceInformationList\":[");
        for (int i = 0; i < 51; i++) {
            page.append(i == 0 ? "" : ",").append("{\"InstanceId\":\"i-0b000000000000").append(String.format("%03d", i))
                    .append("\",\"PingStatus\":\"Online\",\"LastPingDateTime\":1.7965E9,\"ResourceType\":\"EC2Instance\",\"PlatformType\":\"Linux\"}");
        }
        page.append("]}");
        AWS.stubFor(ssm("DescribeInstanceInformation").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(page.toString())));
        AWS.stubFor(ssm("DescribeInstancePatchStates").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{\"InstancePatchStates\":[]}")));

        new PatchStatesLoader().load(AWS.clients());

        List<Integer> sizes = AWS.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeInstancePatchStates")))
                .stream().map(r -> JsonParser.parseString(r.getBodyAsString()).getAsJsonObject().getAsJsonArray("InstanceIds").size()).toList();
        assertEquals(List.of(50, 1), sizes);
    }

    @Test
    void patchStates_whenDenied_failsNamingTheAction_neverAnEmptyFact() {
        twoPagesOfInstances();
        AWS.stubFor(ssm("DescribeInstancePatchStates").willReturn(StubAws.json(400, "inf-ssm-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new PatchStatesLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied());
        assertEquals("ssm:DescribeInstancePatchStates", e.iamAction());
        assertTrue(e.getMessage().contains("SSM DescribeInstancePatchStates failed: AccessDeniedException"), e.getMessage());
    }
}
