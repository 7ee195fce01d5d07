package org.msb.cli.deploy;

import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;

/**
 * One plain stack in one region stubbed in CloudFormation's Query/XML wire format (CreateStack, UpdateStack,
 * DescribeStacks, GetTemplate, DescribeStackEvents), for templates moto cannot create. A request is matched by its
 * form body (Action, StackName) and by the region in its SigV4 credential scope.
 */
final class StackStubs {
    private final Stubbing server;
    private final String name;
    private final String region;
    private final String scenario;

    StackStubs(Stubbing server, String name, String region) {
        this.server = server;
        this.name = name;
        this.region = region;
        this.scenario = "stack " + name + " in " + region;
    }

    MappingBuilder call(String operation) {
        return DeployAws.operation(operation).withRequestBody(containing("&StackName=" + name))
                .withHeader("Authorization", containing("/" + region + "/cloudformation/aws4_request"));
    }

    /** Absent until CreateStack; then CREATE_IN_PROGRESS once, then CREATE_COMPLETE holding the parameters and template. */
    StackStubs createdOnRequest(Map<String, String> parameters, String template) {
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(xml(400, "stack-does-not-exist.xml")));
        server.stubFor(call("CreateStack").inScenario(scenario).willSetStateTo("creating").willReturn(xml(200, "create-stack.xml")));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("creating").willSetStateTo("created")
                .willReturn(stack("CREATE_IN_PROGRESS", parameters)));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("created").willReturn(stack("CREATE_COMPLETE", parameters)));
        server.stubFor(call("GetTemplate").inScenario(scenario).whenScenarioStateIs("created").willReturn(template(template)));
        return this;
    }

    /**
     * ROLLBACK_COMPLETE (an earlier creation failed) until DeleteStack; DELETE_IN_PROGRESS once, then absent; after
     * CreateStack CREATE_IN_PROGRESS once, then CREATE_COMPLETE.
     */
    StackStubs recreatedOnRequest(Map<String, String> parameters, String template) {
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(stack("ROLLBACK_COMPLETE", parameters)));
        server.stubFor(call("GetTemplate").inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(template(template)));
        server.stubFor(call("DeleteStack").inScenario(scenario).willSetStateTo("deleting").willReturn(xml(200, "delete-stack.xml")));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("deleting").willSetStateTo("deleted")
                .willReturn(stack("DELETE_IN_PROGRESS", parameters)));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("deleted").willReturn(xml(400, "stack-does-not-exist.xml")));
        server.stubFor(call("CreateStack").inScenario(scenario).whenScenarioStateIs("deleted").willSetStateTo("creating")
                .willReturn(xml(200, "create-stack.xml")));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("creating").willSetStateTo("created")
                .willReturn(stack("CREATE_IN_PROGRESS", parameters)));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("created").willReturn(stack("CREATE_COMPLETE", parameters)));
        server.stubFor(call("GetTemplate").inScenario(scenario).whenScenarioStateIs("created").willReturn(template(template)));
        return this;
    }

    /** Absent until CreateStack; then ROLLBACK_IN_PROGRESS once and ROLLBACK_COMPLETE, its events naming the failed function. */
    StackStubs rolledBackOnCreate(Map<String, String> parameters, String template) {
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(xml(400, "stack-does-not-exist.xml")));
        server.stubFor(call("CreateStack").inScenario(scenario).willSetStateTo("creating").willReturn(xml(200, "create-stack.xml")));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("creating").willSetStateTo("rolled back")
                .willReturn(stack("ROLLBACK_IN_PROGRESS", parameters)));
        server.stubFor(call("DescribeStacks").inScenario(scenario).whenScenarioStateIs("rolled back").willReturn(stack("ROLLBACK_COMPLETE", parameters)));
        server.stubFor(call("DescribeStackEvents").willReturn(xml(200, "events-rollback.xml")));
        server.stubFor(call("GetTemplate").willReturn(template(template)));
        return this;
    }

    /** Exists in this state, with these parameters and template. */
    StackStubs existing(String status, Map<String, String> parameters, String template) {
        server.stubFor(call("DescribeStacks").willReturn(stack(status, parameters)));
        server.stubFor(call("GetTemplate").willReturn(template(template)));
        return this;
    }

    ResponseDefinitionBuilder stack(String status, Map<String, String> parameters) {
        String members = parameters.entrySet().stream().map(e -> "          <member>\n            <ParameterKey>" + escape(e.getKey())
                + "</ParameterKey>\n            <ParameterValue>" + escape(e.getValue()) + "</ParameterValue>\n          </member>")
                .collect(Collectors.joining("\n"));
        return body(200, fill("describe-stacks.xml").replace("${status}", status).replace("${parameters}", members));
    }

    ResponseDefinitionBuilder template(String template) { return body(200, fill("get-template.xml").replace("${template}", escape(template))); }

    ResponseDefinitionBuilder xml(int status, String resource) { return body(status, fill(resource)); }

    private String fill(String resource) { return DeployAws.resource("stack/" + resource).replace("${name}", name).replace("${region}", region); }

    private static ResponseDefinitionBuilder body(int status, String xml) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(xml);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
