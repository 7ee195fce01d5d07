package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.engine.RuleRunner;
import org.msb.internal.live.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRaC hooks, called directly: priming loads the cold path without AWS; restore drops what must not survive. */
class SnapStartPrimingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String ROLE = "arn:aws:iam::111122223333:role/msb-member";

    final AtomicInteger resolved = new AtomicInteger();
    ContainerClients clients;
    SnapStartPriming priming;

    @BeforeEach
    void setUp() {
        AwsCredentialsProvider counting = () -> {
            resolved.incrementAndGet();
            return AwsBasicCredentials.create("AKIAIOSFODNN7FUNCTION", "function-secret");
        };
        clients = new ContainerClients(new AwsClients.Settings(Region.US_EAST_1, URI.create(wm.baseUrl()), counting, 5));
        TaggedBucketRule rule = new TaggedBucketRule();
        priming = new SnapStartPriming(rule.spec(), new RuleRunner(rule), clients).register();
    }

    @Test
    void beforeCheckpoint_primesTheChangePath_withoutCredentialsOrAnyHttpCall() throws Exception {
        priming.beforeCheckpoint(null);

        SnapStartPriming.Primed p = priming.last();
        assertEquals("AWS::S3::Bucket", p.sampleType(), "the bundled sample event and its item were parsed");
        assertTrue(p.ruleSkipped(), "the sample is in this rule's scope, so the rule (which may read AWS) did not run");
        assertEquals(1, p.evaluations());
        assertTrue(p.requestBytes() > 100, "a PutEvaluations body was built: " + p.requestBytes());
        assertTrue(p.signed(), "the request was signed");
        assertEquals(0, resolved.get(), "no credentials of the function were resolved before the snapshot");
        assertTrue(wm.findAll(anyRequestedFor(anyUrl())).isEmpty(), "nothing was sent");
    }

    @Test
    void afterRestore_dropsAssumedRoleCredentials_soTheRoleIsAssumedAgain() throws Exception {
        wm.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBody(ExecutionRoleFunctionalTest.assumeRoleResponse())));
        AwsCredentials before = clients.lean(ROLE).credentials().resolveCredentials();
        clients.lean(ROLE).credentials().resolveCredentials();
        assertEquals(1, wm.findAll(postRequestedFor(urlEqualTo("/"))).size(), "cached until they near expiry");

        priming.afterRestore(null);
        AwsCredentials after = clients.lean(ROLE).credentials().resolveCredentials();

        assertEquals(2, wm.findAll(postRequestedFor(urlEqualTo("/"))).size(), "assumed again after restore");
        assertEquals(ExecutionRoleFunctionalTest.ASSUMED_KEY, after.accessKeyId());
        assertEquals(before.accessKeyId(), after.accessKeyId());
    }

    @Test
    void backoff_createsItsRandomSourceOnFirstUse_notBeforeTheSnapshot() {
        Backoff.LazyRandom random = new Backoff.LazyRandom();
        assertFalse(random.created());
        random.get().nextLong();
        assertTrue(random.created());
    }
}
