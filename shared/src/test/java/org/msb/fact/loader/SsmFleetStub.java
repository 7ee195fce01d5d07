package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * An SSM fleet served by WireMock in SSM's JSON 1.1 wire format (POST /, X-Amz-Target AmazonSSM.*), paged like AWS
 * (at most the request's MaxResults a page, an opaque NextToken while more remain) with AWS's field names and
 * epoch-second timestamps, as in the API reference's and the AWS CLI's examples. moto 5.2.1 implements none of these
 * operations.
 */
final class SsmFleetStub {
    static final String ASSOCIATION_ID = "8dfe3659-4309-493a-8755-2a4c7e0d1f01";
    private final WireMockServer aws;

    SsmFleetStub(WireMockServer aws) { this.aws = aws; }

    /** A managed EC2 instance; {@code associationStatus} null = no association applies to it. */
    record Node(String instanceId, String pingStatus, String associationStatus) {}

    /** One instance's record in an execution. */
    record TargetRun(String instanceId, String status, Instant at) {}

    /** One execution of an association and the instances it ran on. */
    record Execution(String executionId, Instant created, List<TargetRun> targets) {}

    static String instanceId(int n) { return String.format("i-0f%015d", n); }

    static MappingBuilder ssm(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM." + operation));
    }

    /** How many times the loader called the operation. */
    int calls(String operation) {
        return aws.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM." + operation))).size();
    }

    int totalCalls() { return aws.findAll(postRequestedFor(urlEqualTo("/"))).size(); }

    void instances(List<Node> nodes) {
        paged("DescribeInstanceInformation", "InstanceInformationList", nodes, 50, null, n -> {
            JsonObject o = new JsonObject();
            o.addProperty("InstanceId", n.instanceId());
            o.addProperty("PingStatus", n.pingStatus());
            o.addProperty("LastPingDateTime", epoch(Instant.parse("2026-11-30T07:55:12.418Z")));
            o.addProperty("AgentVersion", "3.3.987.0");
            o.addProperty("IsLatestVersion", false);
            o.addProperty("PlatformType", "Linux");
            o.addProperty("PlatformName", "Amazon Linux");
            o.addProperty("PlatformVersion", "2023");
            o.addProperty("ResourceType", "EC2Instance");
            o.addProperty("IPAddress", "10.20.1.17");
            o.addProperty("SourceId", n.instanceId());
            o.addProperty("SourceType", "AWS::EC2::Instance");
            if (n.associationStatus() != null) {
                o.addProperty("AssociationStatus", n.associationStatus());
                o.addProperty("LastAssociationExecutionDate", epoch(Instant.parse("2026-11-29T23:10:05Z")));
                JsonObject count = new JsonObject();
                count.addProperty(n.associationStatus(), 1);
                JsonObject overview = new JsonObject();
                overview.addProperty("DetailedStatus", n.associationStatus());
                overview.add("InstanceAssociationStatusAggregatedCount", count);
                o.add("AssociationOverview", overview);
            }
            return o;
        });
    }

    /** The inventory association with {@code targets} (e.g. "InstanceIds" -> ["*"]) and its nodes' count by status. */
    void inventoryAssociation(Map<String, List<String>> targets, Map<String, Integer> countByStatus) {
        JsonObject a = new JsonObject();
        a.addProperty("Name", "AWS-GatherSoftwareInventory");
        a.addProperty("AssociationId", ASSOCIATION_ID);
        a.addProperty("AssociationVersion", "1");
        a.addProperty("DocumentVersion", "$DEFAULT");
        JsonArray ts = new JsonArray();
        targets.forEach((key, values) -> {
            JsonObject t = new JsonObject();
            t.addProperty("Key", key);
            JsonArray vs = new JsonArray();
            values.forEach(vs::add);
            t.add("Values", vs);
            ts.add(t);
        });
        a.add("Targets", ts);
        a.addProperty("LastExecutionDate", epoch(Instant.parse("2026-11-29T23:10:05Z")));
        JsonObject overview = new JsonObject();
        String status = countByStatus != null && countByStatus.containsKey("Failed") ? "Failed" : "Success";
        overview.addProperty("Status", status);
        overview.addProperty("DetailedStatus", status);
        if (countByStatus != null) {
            JsonObject count = new JsonObject();
            countByStatus.forEach(count::addProperty);
            overview.add("AssociationStatusAggregatedCount", count);
        }
        a.add("Overview", overview);
        a.addProperty("ScheduleExpression", "rate(12 hours)");
        a.addProperty("AssociationName", "inventory-all-instances");
        JsonArray list = new JsonArray();
        list.add(a);
        JsonObject body = new JsonObject();
        body.add("Associations", list);
        aws.stubFor(ssm("ListAssociations").willReturn(json(body)));
    }

    void noInventoryAssociation() {
        aws.stubFor(ssm("ListAssociations").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{\"Associations\":[]}")));
    }

    /** The association's history, newest first as AWS lists it, and each execution's targets. */
    void history(List<Execution> executions) {
        paged("DescribeAssociationExecutions", "AssociationExecutions", executions, 50,
                m -> m.withRequestBody(matchingJsonPath("$.AssociationId", equalTo(ASSOCIATION_ID))), e -> {
            JsonObject o = new JsonObject();
            o.addProperty("AssociationId", ASSOCIATION_ID);
            o.addProperty("AssociationVersion", "1");
            o.addProperty("ExecutionId", e.executionId());
            boolean failed = e.targets().stream().anyMatch(t -> !"Success".equals(t.status()));
            o.addProperty("Status", failed ? "Failed" : "Success");
            o.addProperty("DetailedStatus", failed ? "Failed" : "Success");
            o.addProperty("CreatedTime", epoch(e.created()));
            o.addProperty("ResourceCountByStatus", "{Success=" + e.targets().stream().filter(t -> "Success".equals(t.status())).count() + "}");
            return o;
        });
        for (Execution e : executions) {
            paged("DescribeAssociationExecutionTargets", "AssociationExecutionTargets", e.targets(), 50,
                    m -> m.withRequestBody(matchingJsonPath("$.AssociationId", equalTo(ASSOCIATION_ID)))
                            .withRequestBody(matchingJsonPath("$.ExecutionId", equalTo(e.executionId()))), t -> {
                JsonObject o = new JsonObject();
                o.addProperty("AssociationId", ASSOCIATION_ID);
                o.addProperty("AssociationVersion", "1");
                o.addProperty("ExecutionId", e.executionId());
                o.addProperty("ResourceId", t.instanceId());
                o.addProperty("ResourceType", "ManagedInstance");
                o.addProperty("Status", t.status());
                o.addProperty("DetailedStatus", t.status());
                o.addProperty("LastExecutionDate", epoch(t.at()));
                JsonObject source = new JsonObject();
                source.addProperty("OutputSourceId", "97fff367-fc5a-4299-aed8-" + e.executionId().substring(0, 12));
                source.addProperty("OutputSourceType", "RunCommand");
                o.add("OutputSource", source);
                return o;
            });
        }
    }

    /** DescribeInstanceAssociationsStatus of one instance: one inventory run with its error code, and a patching run. */
    void instanceStatus(String instanceId, String status, Instant at, String errorCode) {
        JsonArray infos = new JsonArray();
        JsonObject inv = new JsonObject();
        inv.addProperty("AssociationId", ASSOCIATION_ID);
        inv.addProperty("Name", "AWS-GatherSoftwareInventory");
        inv.addProperty("DocumentVersion", "$DEFAULT");
        inv.addProperty("AssociationVersion", "1");
        inv.addProperty("InstanceId", instanceId);
        inv.addProperty("ExecutionDate", epoch(at));
        inv.addProperty("Status", status);
        inv.addProperty("DetailedStatus", status);
        inv.addProperty("ExecutionSummary", "1 out of 1 plugin processed, 0 success, 1 failed, 0 timedout, 0 skipped. ");
        if (errorCode != null) inv.addProperty("ErrorCode", errorCode);
        inv.addProperty("AssociationName", "inventory-all-instances");
        infos.add(inv);
        JsonObject patch = new JsonObject();
        patch.addProperty("AssociationId", "3c2b1a09-8f7e-4d6c-9b5a-41e3d2c1b002");
        patch.addProperty("Name", "AWS-RunPatchBaseline");
        patch.addProperty("DocumentVersion", "$DEFAULT");
        patch.addProperty("AssociationVersion", "2");
        patch.addProperty("InstanceId", instanceId);
        patch.addProperty("ExecutionDate", epoch(at));
        patch.addProperty("Status", "Success");
        patch.addProperty("DetailedStatus", "Success");
        patch.addProperty("AssociationName", "patch-weekly");
        infos.add(patch);
        JsonObject body = new JsonObject();
        body.add("InstanceAssociationStatusInfos", infos);
        aws.stubFor(ssm("DescribeInstanceAssociationsStatus").withRequestBody(matchingJsonPath("$.InstanceId", equalTo(instanceId)))
                .willReturn(json(body)));
    }

    /**
     * Stubs every page of a list operation: the first page answers a request without NextToken, page k one with
     * the token the page before gave.
     */
    private <T> void paged(String operation, String listKey, List<T> items, int pageSize,
                           Function<MappingBuilder, MappingBuilder> match, Function<T, JsonObject> shape) {
        List<List<T>> pages = new ArrayList<>();
        for (int i = 0; i < items.size(); i += pageSize) pages.add(items.subList(i, Math.min(items.size(), i + pageSize)));
        if (pages.isEmpty()) pages.add(List.of());
        String discriminator = Integer.toHexString((operation + items.hashCode()).hashCode());
        for (int p = 0; p < pages.size(); p++) {
            JsonArray list = new JsonArray();
            pages.get(p).forEach(item -> list.add(shape.apply(item)));
            JsonObject body = new JsonObject();
            body.add(listKey, list);
            if (p + 1 < pages.size()) body.addProperty("NextToken", "AAEAA" + discriminator + "Page" + (p + 2));
            MappingBuilder m = ssm(operation).withRequestBody(p == 0 ? matchingJsonPath("$.NextToken", absent())
                    : matchingJsonPath("$.NextToken", equalTo("AAEAA" + discriminator + "Page" + (p + 1))));
            if (match != null) m = match.apply(m);
            aws.stubFor(m.willReturn(json(body)));
        }
    }

    private static ResponseDefinitionBuilder json(JsonObject body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body.toString());
    }

    /** AWS's JSON timestamp: epoch seconds with a fraction. */
    private static double epoch(Instant t) { return t.toEpochMilli() / 1000.0; }
}
