package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.AwsCallException;
import org.msb.error.InvalidRegisterException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ExceptionRegister parameter: the register read from S3 or SSM over HTTP and applied to the verdict. */
class ExceptionRegisterFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String S3_PATH = "/msb-registers/baseline/exceptions.yaml";

    AwsStubs aws;
    Harness h;

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        h = new Harness(wm.baseUrl());
        aws.acceptEvaluations();
    }

    /** The change event's bucket without its owner tag: NON_COMPLIANT unless excepted. */
    static byte[] untaggedBucketEvent(String registerLocation) {
        JsonObject event = Events.load("change-bucket.json");
        JsonObject item = Events.item(event);
        item.add("tags", new JsonObject());
        return Events.bytes(Events.withParameters(Events.withItem(event, item), "{\"ExceptionRegister\":\"" + registerLocation + "\"}"));
    }

    @Test
    void invoke_whenS3RegisterExceptsTheBucket_sendsCompliantByException() {
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-yaml")
                .withBody(Events.resource("/lambda/registers/exceptions.yaml"))));

        h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("COMPLIANT", e.get("ComplianceType").getAsString());
        assertTrue(e.get("Annotation").getAsString().startsWith("Excepted by EX-0042 (approved by jane.doe@example.com, valid until 2026-12-31)"),
                e.get("Annotation").getAsString());
        assertFalse(h.logText().contains("central logging team"), "register contents are not logged");
    }

    @Test
    void invoke_whenS3RegisterHasABadByte_failsNamingItInsteadOfReplacingIt() {
        byte[] yaml = Events.resource("/lambda/registers/exceptions.yaml").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(yaml, yaml.length + 1);
        bad[yaml.length] = (byte) 0xC3; // a UTF-8 lead byte with nothing after it
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(200).withBody(bad)));

        Exception e = assertThrows(Exception.class,
                () -> h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1"));

        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("s3://msb-registers/baseline/exceptions.yaml"), e.getMessage());
        assertEquals(0, aws.sentEvaluations().size(), "no verdict without the register");
    }

    @Test
    void invoke_whenRegisterReadTwiceWithinTheCacheTime_readsS3Once() {
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(200).withBody(Events.resource("/lambda/registers/exceptions.yaml"))));
        ConfigRuleHandler handler = h.handler();

        handler.invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1");
        handler.invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r2");

        assertEquals(1, wm.findAll(getRequestedFor(urlEqualTo(S3_PATH))).size());
        assertEquals(2, aws.sentEvaluations().size());
    }

    @Test
    void invoke_whenRegisterBucketIsInAnotherRegion_followsS3sRedirect() {
        // S3's answer to a request signed for the wrong region: 301 naming the bucket's region
        wm.stubFor(get(urlEqualTo(S3_PATH)).withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing("/" + Harness.REGION + "/s3/"))
                .willReturn(aResponse().withStatus(301).withHeader("Content-Type", "application/xml").withHeader("x-amz-bucket-region", "eu-central-1")
                        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code><Message>The bucket you are"
                                + " attempting to access must be addressed using the specified endpoint.</Message><RequestId>R1</RequestId></Error>")));
        wm.stubFor(get(urlEqualTo(S3_PATH)).withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing("/eu-central-1/s3/"))
                .willReturn(aResponse().withStatus(200).withBody(Events.resource("/lambda/registers/exceptions.yaml"))));

        h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1");

        assertEquals("COMPLIANT", aws.sentEvaluations().get(0).get("ComplianceType").getAsString(), "the register was read");
        assertEquals(1, wm.findAll(getRequestedFor(urlEqualTo(S3_PATH))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing("/eu-central-1/s3/"))).size());
    }

    @Test
    void invoke_whenSsmRegister_readsTheParameterWithDecryption() {
        JsonObject answer = new JsonObject();
        JsonObject parameter = new JsonObject();
        parameter.addProperty("Name", "/msb/exception-register");
        parameter.addProperty("Type", "SecureString");
        parameter.addProperty("Value", Events.resource("/lambda/registers/exceptions.json"));
        parameter.addProperty("Version", 3);
        answer.add("Parameter", parameter);
        wm.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(AwsStubs.SSM + "GetParameter"))
                .willReturn(AwsStubs.ok(answer.toString())));

        h.handler().invoke(untaggedBucketEvent("ssm:/msb/exception-register"), "r1");

        JsonObject request = com.google.gson.JsonParser.parseString(wm.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(AwsStubs.SSM + "GetParameter"))).get(0).getBodyAsString()).getAsJsonObject();
        assertEquals("/msb/exception-register", request.get("Name").getAsString());
        assertTrue(request.get("WithDecryption").getAsBoolean());
        assertEquals("COMPLIANT", aws.sentEvaluations().get(0).get("ComplianceType").getAsString());
    }

    @Test
    void invoke_whenRegisterMissing_failsNamingItAndSendsNothing() {
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                        + "<Key>baseline/exceptions.yaml</Key><RequestId>4442587FB7D0A2F9</RequestId></Error>")));

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1"));

        assertTrue(e.getMessage().startsWith("Cannot read the exception register s3://msb-registers/baseline/exceptions.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchKey"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty(), "no verdict without the register");
    }

    @Test
    void invoke_whenRegisterDenied_namesTheMissingPermission() {
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message>"
                        + "<RequestId>4442587FB7D0A2F9</RequestId></Error>")));

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1"));

        assertTrue(e.getMessage().contains("probably lacks s3:GetObject"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }

    @Test
    void invoke_whenRegisterInvalid_failsNamingTheEntryAndField() {
        wm.stubFor(get(urlEqualTo(S3_PATH)).willReturn(aResponse().withStatus(200)
                .withBody("exceptions:\n  - id: EX-1\n    rules: [tagged-bucket]\n    resource: audit-logs\n    reason: r\n    approver: a@example.com\n")));

        InvalidRegisterException e = assertThrows(InvalidRegisterException.class,
                () -> h.handler().invoke(untaggedBucketEvent("s3://msb-registers/baseline/exceptions.yaml"), "r1"));

        assertTrue(e.getMessage().contains("EX-1"), e.getMessage());
        assertTrue(e.getMessage().contains("'expires' is missing"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }
}
