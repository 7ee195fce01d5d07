package org.msb.cli.deploy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.msb.internal.live.AwsClients;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * AWS for the deploy tests: S3, CloudFormation stacks and stack sets, STS and Organizations from the moto server;
 * what moto cannot do with the member template (stack instances: moto builds their stacks itself and has no
 * AWS::Lambda::Alias) from WireMock stubs in CloudFormation's Query/XML wire format. S3 and CloudFormation calls
 * go to WireMock, which answers the stubbed operations and forwards every other request to moto (and counts them).
 */
final class DeployAws implements Deployer.Clients {
    private final MotoServer moto;
    private final WireMockServer proxy;
    private final Map<String, AwsClients> proxied = new ConcurrentHashMap<>();

    DeployAws(MotoServer moto, WireMockServer proxy) {
        this.moto = moto;
        this.proxy = proxy;
        proxy.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().proxiedFrom(moto.endpoint().toString())));
    }

    /** S3 through the proxy too, so a test can count the uploads. */
    @Override public S3Client s3(String region) { return proxied(region).s3(); }

    @Override
    public CloudFormationClient cloudFormation(String region) { return proxied(region).regional(CloudFormationClient.class, CloudFormationClient::builder); }

    private AwsClients proxied(String region) {
        return proxied.computeIfAbsent(region, r -> new AwsClients(new AwsClients.Settings(Region.of(r), URI.create(proxy.baseUrl()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")), 1)));
    }

    @Override public String accountId() { return moto.clients().sts().getCallerIdentity().account(); }

    @Override
    public String organizationId() {
        return moto.clients().global(OrganizationsClient.class, OrganizationsClient::builder).describeOrganization().organization().id();
    }

    void close() { proxied.values().forEach(AwsClients::close); }

    /** A CloudFormation Query operation: POST / with Action=OPERATION in the form body. */
    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).atPriority(1).withRequestBody(containing("Action=" + name + "&"));
    }

    static ResponseDefinitionBuilder xml(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(resource(resource));
    }

    static String resource(String name) {
        try (InputStream in = DeployAws.class.getResourceAsStream("/deploy/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource deploy/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
