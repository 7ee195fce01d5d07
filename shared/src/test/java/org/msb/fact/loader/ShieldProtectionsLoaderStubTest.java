package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.ShieldProtections;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shield Advanced's JSON 1.1 wire format (X-Amz-Target AWSShield_20160616.*), stubbed because moto 5.2.1 writes the
 * subscription's dates as "30/11/2026, 18:05:46", which no SDK reads. Bodies follow the API reference.
 */
class ShieldProtectionsLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    static MappingBuilder shield(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSShield_20160616." + operation));
    }

    @Test
    void load_whenSubscribed_readsEveryPageOfProtections() {
        AWS.stubFor(shield("DescribeSubscription").willReturn(StubAws.json(200, "inf-shield-describe-subscription.json")));
        AWS.stubFor(shield("ListProtections").withRequestBody(matchingJsonPath("$.NextToken", absent())).atPriority(2)
                .willReturn(StubAws.json(200, "inf-shield-list-protections-page1.json")));
        AWS.stubFor(shield("ListProtections").withRequestBody(matchingJsonPath("$.NextToken", equalTo("AAQWERTYpage2"))).atPriority(1)
                .willReturn(StubAws.json(200, "inf-shield-list-protections-page2.json")));

        ShieldProtections p = new ShieldProtectionsLoader().load(AWS.clients());

        assertTrue(p.subscribed());
        assertEquals(List.of("arn:aws:cloudfront::111122223333:distribution/E2QWRUHAPOMQZL",
                "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web-prod/5f3c2e1d0b9a8c7d"), p.protectedResourceArns());
    }

    @Test
    void load_whenNoSubscription_isNotSubscribed_andListsNothing() {
        AWS.stubFor(shield("DescribeSubscription").willReturn(StubAws.json(400, "inf-shield-no-subscription.json")));

        ShieldProtections p = new ShieldProtectionsLoader().load(AWS.clients());

        assertFalse(p.subscribed());
        assertEquals(List.of(), p.protectedResourceArns());
    }

    @Test
    void load_whenDenied_failsNamingTheAction() {
        AWS.stubFor(shield("DescribeSubscription").willReturn(StubAws.json(400, "inf-shield-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new ShieldProtectionsLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("shield:DescribeSubscription", e.iamAction());
    }
}
