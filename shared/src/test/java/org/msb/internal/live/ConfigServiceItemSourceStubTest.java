package org.msb.internal.live;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;
import org.msb.item.Relationship;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.SchemaPaths;

import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advanced-query path against stubbed Config responses (moto runs no queries). */
class ConfigServiceItemSourceStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();
    static final String SG = "AWS::EC2::SecurityGroup";

    private ConfigServiceItemSource recordingEverything() {
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorders").willReturn(StubAws.json(200, "config-recorders-all-supported.json")));
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorderStatus").willReturn(StubAws.json(200, "config-recorder-status-recording.json")));
        return new ConfigServiceItemSource(AWS.clients(), t -> true);
    }

    @Test
    void items_readsEveryPageOfTheAdvancedQuery_andDropsDeletedItems() {
        ConfigServiceItemSource source = recordingEverything();
        AWS.stubFor(StubAws.config("SelectResourceConfig").withRequestBody(matchingJsonPath("$.NextToken", equalTo("page-2-token")))
                .atPriority(1).willReturn(StubAws.json(200, "config-select-sg-page2.json")));
        AWS.stubFor(StubAws.config("SelectResourceConfig").atPriority(2).willReturn(StubAws.json(200, "config-select-sg-page1.json")));

        assertTrue(source.covers(SG));
        List<ConfigurationItem> items = source.items(SG);

        assertEquals(List.of("sg-6c7fa917", "sg-0a1b2c3d4e5f60718", "sg-0badc0ffee0ddf00d"), items.stream().map(ConfigurationItem::resourceId).toList(),
                "both pages, without the ResourceDeleted row");
        ConfigurationItem bastion = items.get(1);
        assertEquals("bastion", bastion.resourceName());
        assertEquals("Private", bastion.tag("NetworkLocation"), "tags as key/value rows are normalised");
        assertEquals(List.of(new Relationship("AWS::EC2::VPC", "vpc-d2d616b5", null, "Is contained in Vpc")), bastion.relationships());
        assertEquals("0.0.0.0/0", bastion.property("ipPermissions").at(0).get("ipRanges").at(0).text());
        assertEquals(ItemStatus.ResourceDiscovered, items.get(2).status());
        assertEquals(Set.of(), SchemaPaths.unknownPaths(bastion));

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> queries =
                AWS.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService.SelectResourceConfig")));
        assertEquals(2, queries.size());
        JsonObject first = JsonParser.parseString(queries.get(0).getBodyAsString()).getAsJsonObject();
        assertEquals("SELECT " + ConfigServiceItemSource.FIELDS + " WHERE resourceType = '" + SG + "'", first.get("Expression").getAsString());
        assertEquals(100, first.get("Limit").getAsInt());
        assertFalse(first.has("NextToken"));
        assertEquals("page-2-token", JsonParser.parseString(queries.get(1).getBodyAsString()).getAsJsonObject().get("NextToken").getAsString());
    }

    @Test
    void items_whenQueryIsNotServed_failsInsteadOfReportingNone() {
        ConfigServiceItemSource source = recordingEverything();
        AWS.stubFor(StubAws.config("SelectResourceConfig").willReturn(StubAws.motoNotImplemented()));

        AwsReadException e = assertThrows(AwsReadException.class, () -> source.items(SG));

        assertEquals(AwsReadException.Kind.NOT_SERVED, e.kind());
        assertTrue(e.getMessage().startsWith("Config SelectResourceConfig failed: the endpoint answered HTTP 500 without an AWS error code"), e.getMessage());
        assertTrue(e.getMessage().contains("not an empty result"), e.getMessage());
    }

    @Test
    void coverage_whenRecorderCannotBeRead_recordsNothingAndSaysWhy() {
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorders").willReturn(StubAws.json(400, "config-access-denied.json")));
        ConfigServiceItemSource source = new ConfigServiceItemSource(AWS.clients(), t -> true);

        assertFalse(source.covers(SG));
        String why = source.whyNot(SG);
        assertTrue(why.contains("could not be read") && why.contains("config:DescribeConfigurationRecorders") && why.contains("AccessDeniedException"), why);
    }

    @Test
    void coverage_whenEndpointHasNoConfig_recordsNothing() {
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorders").willReturn(StubAws.motoNotImplemented()));
        ConfigServiceItemSource source = new ConfigServiceItemSource(AWS.clients(), t -> true);

        assertFalse(source.covers("AWS::S3::Bucket"));
        assertTrue(source.whyNot("AWS::S3::Bucket").contains("HTTP 500 without an AWS error code"), source.whyNot("AWS::S3::Bucket"));
    }

    @Test
    void liveView_whenNoSourceCoversType_isUnavailableNotEmpty() {
        recordingEverything();
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorderStatus").willReturn(StubAws.json(200, "config-recorder-status-recording.json")
                .withBody("{\"ConfigurationRecordersStatus\":[{\"name\":\"default\",\"recording\":false}]}")));
        // the stub stands for real AWS: trust Config for every type, as without an endpoint override
        LiveAccountView view = new LiveAccountView(AWS.clients(), "123456789012", List.of(new ConfigServiceItemSource(AWS.clients(), t -> true),
                new DescribeItemSource(AWS.clients(), "123456789012", java.time.Clock.systemUTC())));

        var e = assertThrows(org.msb.error.FactUnavailableException.class, () -> view.items("AWS::CloudTrail::Trail"));

        assertEquals("items:AWS::CloudTrail::Trail", e.fact());
        assertTrue(e.getMessage().contains("the AWS Config recorder default in us-east-1 is not recording"), e.getMessage());
        assertTrue(e.getMessage().contains("no describe-API builder for AWS::CloudTrail::Trail"), e.getMessage());
    }
}
