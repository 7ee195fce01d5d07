package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.AwsCallException;
import org.msb.fact.Facts;
import org.msb.testkit.AwsStubServer;

import java.time.Clock;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS errors during a read become AwsReadException naming service, operation, code and IAM action; never a value. */
class AwsErrorMappingStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    @Test
    void fact_whenIamDenies_failsNamingTheMissingPermission_once() {
        AWS.stubFor(StubAws.query("GetAccountPasswordPolicy").willReturn(StubAws.xml(403, "iam-access-denied.xml")));
        LiveAccountView view = new LiveAccountView(AWS.clients(), "123456789012");

        AwsReadException e = assertThrows(AwsReadException.class, () -> view.fact(Facts.PASSWORD_POLICY));

        assertInstanceOf(AwsCallException.class, e, "the CLI and the handler catch AwsCallException");
        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("IAM", e.service());
        assertEquals("GetAccountPasswordPolicy", e.operation());
        assertEquals("AccessDenied", e.errorCode());
        assertEquals("iam:GetAccountPasswordPolicy", e.iamAction());
        assertTrue(e.getMessage().startsWith("IAM GetAccountPasswordPolicy failed: AccessDenied (HTTP 403): User: "
                + "arn:aws:iam::123456789012:user/auditor is not authorized"), e.getMessage());
        assertTrue(e.getMessage().contains("The caller probably lacks iam:GetAccountPasswordPolicy."), e.getMessage());
        assertTrue(e.getMessage().endsWith("[request id 4c8f1e2a-7d35-4f0e-9b0b-2a9c1d6e5f11]"), e.getMessage());
        AwsReadException again = assertThrows(AwsReadException.class, () -> view.fact(Facts.PASSWORD_POLICY));
        assertSame(e, again);
        AWS.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetAccountPasswordPolicy")));
    }

    @Test
    void items_whenEc2Unauthorized_failsNamingTheMissingPermission() {
        AWS.stubFor(StubAws.query("DescribeSecurityGroups").willReturn(StubAws.xml(403, "ec2-unauthorized.xml")));
        DescribeItemSource source = new DescribeItemSource(AWS.clients(), "123456789012", Clock.systemUTC());

        AwsReadException e = assertThrows(AwsReadException.class, () -> source.items("AWS::EC2::SecurityGroup"));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("UnauthorizedOperation", e.errorCode());
        assertTrue(e.getMessage().startsWith("EC2 DescribeSecurityGroups failed: UnauthorizedOperation (HTTP 403): "), e.getMessage());
        assertTrue(e.getMessage().contains("The caller probably lacks ec2:DescribeSecurityGroups."), e.getMessage());
    }

    @Test
    void fact_whenThrottledPastRetries_isThrottledError() {
        AWS.stubFor(StubAws.query("GetAccountPasswordPolicy").willReturn(StubAws.xml(400, "iam-throttling.xml")));

        AwsReadException e = assertThrows(AwsReadException.class,
                () -> new LiveAccountView(AWS.clients(), "123456789012").fact(Facts.PASSWORD_POLICY));

        assertEquals(AwsReadException.Kind.THROTTLED, e.kind());
        assertEquals("Throttling", e.errorCode());
        assertTrue(e.getMessage().startsWith("IAM GetAccountPasswordPolicy failed: Throttling (HTTP 400): Rate exceeded."), e.getMessage());
        assertTrue(e.getMessage().contains("kept throttling it past the retries"), e.getMessage());
    }

    @Test
    void fact_whenEndpointDoesNotImplementOperation_isNotServedError() {
        AWS.stubFor(StubAws.query("GetAccountPasswordPolicy").willReturn(StubAws.motoNotImplemented()));

        AwsReadException e = assertThrows(AwsReadException.class,
                () -> new LiveAccountView(AWS.clients(), "123456789012").fact(Facts.PASSWORD_POLICY));

        assertEquals(AwsReadException.Kind.NOT_SERVED, e.kind());
        assertTrue(e.getMessage().startsWith("IAM GetAccountPasswordPolicy failed: the endpoint answered HTTP 500 without an AWS error code"),
                e.getMessage());
    }

    @Test
    void callerIdentity_whenNothingListens_isClientError() throws java.io.IOException {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (AwsClients dead = new AwsClients(AWS.clients().settings().withEndpoint(java.net.URI.create("http://127.0.0.1:" + closedPort)))) {
            AwsReadException e = assertThrows(AwsReadException.class, () -> CallerIdentity.of(dead));
            assertEquals(AwsReadException.Kind.CLIENT_ERROR, e.kind());
            assertTrue(e.getMessage().startsWith("STS GetCallerIdentity got no answer"), e.getMessage());
        }
    }
}
