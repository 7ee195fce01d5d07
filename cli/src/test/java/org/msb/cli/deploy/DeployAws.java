package org.msb.cli.deploy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * AWS for the deploy tests, as a JUnit 5 extension on an instance field (after the moto server and the stub server
 * it joins): S3, CloudFormation stacks and stack sets, STS and Organizations from the moto server; what moto cannot
 * do with the member template (stack instances: moto builds their stacks itself and has no AWS::Lambda::Alias) from
 * WireMock stubs in CloudFormation's Query/XML wire format. S3 and CloudFormation calls go to WireMock, which
 * answers the stubbed operations and forwards every other request to moto (and counts them). Before each test,
 * once both servers are wiped, moto holds an organization with all features.
 */
final class DeployAws implements Deployer.Clients, BeforeEachCallback {
    private final MotoServer moto;
    private final AwsStubServer proxy;

    DeployAws(MotoServer moto, AwsStubServer proxy) {
        this.moto = moto;
        this.proxy = proxy;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        proxy.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().proxiedFrom(moto.endpoint().toString())));
        moto.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));
    }

    /** S3 through the proxy too, so a test can count the uploads. */
    @Override public S3Client s3(String region) { return proxy.clients(region).s3(); }

    @Override
    public CloudFormationClient cloudFormation(String region) { return proxy.clients(region).regional(CloudFormationClient.class, CloudFormationClient::builder); }

    @Override public String accountId() { return moto.clients().sts().getCallerIdentity().account(); }

    @Override
    public String organizationId() {
        return moto.clients().global(OrganizationsClient.class, OrganizationsClient::builder).describeOrganization().organization().id();
    }

    /** Stack instances: none until CreateStackInstances; its operation runs once, then succeeds. */
    void stubStackInstances() {
        proxy.stubFor(operation("ListStackInstances").inScenario("instances").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(200, "instances-none.xml")));
        proxy.stubFor(operation("CreateStackInstances").inScenario("instances").willSetStateTo("created")
                .willReturn(xml(200, "create-stack-instances.xml")));
        proxy.stubFor(operation("ListStackInstances").inScenario("instances").whenScenarioStateIs("created")
                .willReturn(xml(200, "instances-two.xml")));
        proxy.stubFor(operation("DescribeStackSetOperation").inScenario("operation").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("polled").willReturn(xml(200, "operation-RUNNING.xml")));
        proxy.stubFor(operation("ListStackSetOperationResults").inScenario("operation").whenScenarioStateIs("polled")
                .willSetStateTo("done").willReturn(xml(200, "results-running.xml")));
        proxy.stubFor(operation("DescribeStackSetOperation").inScenario("operation").whenScenarioStateIs("done")
                .willReturn(xml(200, "operation-SUCCEEDED.xml")));
        proxy.stubFor(operation("ListStackSetOperationResults").inScenario("operation").whenScenarioStateIs("done")
                .willReturn(xml(200, "results-succeeded.xml")));
    }

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
