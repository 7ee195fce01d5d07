package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.AwsCallException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The central-Lambda pattern: ExecutionRoleName makes every call, PutEvaluations included, in the member's role. */
class ExecutionRoleFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String ASSUMED_KEY = "ASIAQ3EGUWNMEMBERKEY";
    static final String SESSION_TOKEN = "FwoGZXIvYXdzEBYaDmember-session-token";

    AwsStubs aws;
    Harness h;

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        h = new Harness(wm.baseUrl());
        aws.acceptEvaluations();
    }

    static String assumeRoleResponse() {
        return """
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <AssumedRoleUser>
                      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:msb-config-rule</AssumedRoleId>
                      <Arn>arn:aws:sts::111122223333:assumed-role/msb-member/msb-config-rule</Arn>
                    </AssumedRoleUser>
                    <Credentials>
                      <AccessKeyId>%s</AccessKeyId>
                      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
                      <SessionToken>%s</SessionToken>
                      <Expiration>2099-01-01T00:00:00Z</Expiration>
                    </Credentials>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                </AssumeRoleResponse>""".formatted(ASSUMED_KEY, SESSION_TOKEN);
    }

    static byte[] eventWithRole() {
        return Events.bytes(Events.withParameters(Events.load("change-bucket.json"), "{\"ExecutionRoleName\":\"msb-member\"}"));
    }

    List<LoggedRequest> stsRequests() {
        return wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole")));
    }

    @Test
    void invoke_whenExecutionRoleName_assumesTheMemberRoleAndSignsPutEvaluationsWithIt() {
        wm.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(assumeRoleResponse())));

        h.handler().invoke(eventWithRole(), "r1");

        List<LoggedRequest> sts = stsRequests();
        assertEquals(1, sts.size());
        String form = URLDecoder.decode(sts.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertTrue(form.contains("RoleArn=arn:aws:iam::111122223333:role/msb-member"), form);
        assertTrue(form.contains("RoleSessionName=msb-config-rule"), form);
        assertTrue(sts.get(0).getHeader("Authorization").contains("Credential=" + Harness.BASE_KEY + "/"),
                "AssumeRole is signed with the function's own credentials");

        LoggedRequest put = aws.configRequests("PutEvaluations").get(0);
        assertTrue(put.getHeader("Authorization").contains("Credential=" + ASSUMED_KEY + "/"), put.getHeader("Authorization"));
        assertEquals(SESSION_TOKEN, put.getHeader("X-Amz-Security-Token"));
        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("COMPLIANT", e.get("ComplianceType").getAsString());
        // the account view reads with the member's clients too
        assertSame(h.clients.clients("arn:aws:iam::111122223333:role/msb-member"), h.clientsSeen.get(0));
        assertNotSame(h.clients.clients(null), h.clientsSeen.get(0));
    }

    @Test
    void invoke_whenCalledAgain_reusesTheContainersClientsAndCredentials() {
        wm.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(assumeRoleResponse())));
        ConfigRuleHandler handler = h.handler();

        handler.invoke(eventWithRole(), "r1");
        handler.invoke(eventWithRole(), "r2");

        assertEquals(1, stsRequests().size(), "credentials cached until they near expiry");
        assertSame(h.clientsSeen.get(0), h.clientsSeen.get(1));
        assertEquals(2, aws.configRequests("PutEvaluations").size());
    }

    @Test
    void invoke_whenAssumeRoleDenied_failsNamingIt_andSendsNothing() {
        wm.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody("""
                        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <Error><Type>Sender</Type><Code>AccessDenied</Code>
                            <Message>User: arn:aws:sts::999988887777:assumed-role/msb-central/fn is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/msb-member</Message>
                          </Error>
                          <RequestId>d2d3a6e1-0000-4000-8000-000000000002</RequestId>
                        </ErrorResponse>""")));

        AwsCallException e = assertThrows(AwsCallException.class, () -> h.handler().invoke(eventWithRole(), "r1"));

        assertTrue(e.getMessage().startsWith("Cannot assume the ExecutionRoleName role arn:aws:iam::111122223333:role/msb-member"), e.getMessage());
        assertTrue(e.getMessage().contains("AccessDenied"), e.getMessage());
        assertTrue(e.getMessage().contains("probably lacks sts:AssumeRole"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }
}
