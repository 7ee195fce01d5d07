package org.msb.testkit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import org.msb.internal.live.AwsClients;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JUnit 5 extension: a WireMock server standing in for AWS where the moto server cannot (services it lacks,
 * AccessDenied, throttling, answers it gets wrong), with SDK clients pointed at it. WireMock's own
 * {@link WireMockExtension} runs it: on a static field one server serves the class and is wiped (stubs, scenarios,
 * request journal) before each test; on an instance field each test gets a server of its own.
 *
 * <pre>
 * class AccessAnalyzersLoaderStubTest {
 *     &#64;RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");
 *
 *     &#64;Test void load() {
 *         AWS.stubFor(get(urlPathEqualTo("/analyzer")).willReturn(...));
 *         var analyzers = new AccessAnalyzersLoader().load(AWS.clients());
 *         AWS.verify(1, getRequestedFor(urlPathEqualTo("/analyzer")));
 *     }
 * }
 * </pre>
 *
 * {@link #clients()} are {@link TestAwsClients} for the server's region, {@link #clients(String)} for another; both
 * are made on first use in a test and closed after it.
 */
public final class AwsStubServer extends WireMockExtension {
    private final String region;
    private final Map<String, AwsClients> clients = new ConcurrentHashMap<>();

    /** Clients for us-east-1. */
    public AwsStubServer() { this("us-east-1"); }

    public AwsStubServer(String region) {
        super(WireMockExtension.newInstance());
        this.region = region;
    }

    public URI endpoint() { return URI.create(baseUrl()); }

    /** Clients for this server's region, for the current test. */
    public AwsClients clients() { return clients(region); }

    /** Clients for {@code region}, for the current test. */
    public AwsClients clients(String region) { return clients.computeIfAbsent(region, r -> TestAwsClients.at(endpoint(), r)); }

    @Override
    protected void onAfterEach(WireMockRuntimeInfo info) {
        clients.values().forEach(AwsClients::close);
        clients.clear();
    }
}
