package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.msb.testkit.TestAwsClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msb.fact.SsmManagedInstances;
import org.msb.fact.loader.SsmFleetStub.Execution;
import org.msb.fact.loader.SsmFleetStub.Node;
import org.msb.fact.loader.SsmFleetStub.TargetRun;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import software.amazon.awssdk.services.ssm.model.Association;
import software.amazon.awssdk.services.ssm.model.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.fact.loader.SsmFleetStub.ASSOCIATION_ID;
import static org.msb.fact.loader.SsmFleetStub.instanceId;

/**
 * The inventory runs of a fleet read from the inventory association's execution history, so the calls grow with
 * pages of 50 instances, not with instances; per-instance reads only where the history leaves an instance unsettled.
 * The loader once made one DescribeInstanceAssociationsStatus call per managed instance: 256 calls for 250 instances.
 */
class SsmManagedInstancesHistoryStubTest {
    static final WireMockServer AWS = new WireMockServer(options().dynamicPort());
    static final Instant NEWEST = Instant.parse("2026-11-29T23:00:00Z");
    static final Instant OLDER = Instant.parse("2026-11-29T11:00:00Z");
    private SsmFleetStub fleet;
    private AwsClients clients;

    @BeforeAll static void start() { AWS.start(); }

    @AfterAll static void stop() { AWS.stop(); }

    @BeforeEach
    void fleet() {
        fleet = new SsmFleetStub(AWS);
        clients = TestAwsClients.at(java.net.URI.create(AWS.baseUrl()), "us-east-1");
    }

    @AfterEach
    void reset() {
        AWS.resetAll();
        clients.close();
    }

    private static List<Node> online(int count, IntFunction<String> associationStatus) {
        return IntStream.range(0, count).mapToObj(n -> new Node(instanceId(n), "Online", associationStatus.apply(n))).toList();
    }

    /** Instances from..to-1 ran at {@code at}: Failed where {@code failed} holds the index, else Success. */
    private static List<TargetRun> ran(int from, int to, Instant at, Set<Integer> failed) {
        return IntStream.range(from, to).mapToObj(n -> new TargetRun(instanceId(n), failed.contains(n) ? "Failed" : "Success",
                at.plusSeconds(n))).toList();
    }

    private SsmManagedInstances.ManagedInstance instance(SsmManagedInstances fact, int n) {
        return fact.instances().stream().filter(i -> i.instanceId().equals(instanceId(n))).findFirst().orElseThrow();
    }

    @Test
    void fleetOf250_coveredByTheNewestExecution_costs12CallsAndNoneAnInstance() {
        Set<Integer> failed = Set.of(10, 11, 12, 13, 14);
        fleet.instances(online(250, n -> failed.contains(n) ? "Failed" : "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), Map.of("Success", 245, "Failed", 5));
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, ran(0, 250, NEWEST, failed)),
                new Execution("e6a1f6c4-0002-4f10-8312-0123456789ab", OLDER, ran(0, 250, OLDER, Set.of()))));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(250, fact.instances().size());
        assertEquals(5, fleet.calls("DescribeInstanceInformation"));
        assertEquals(1, fleet.calls("ListAssociations"));
        assertEquals(1, fleet.calls("DescribeAssociationExecutions"));
        assertEquals(5, fleet.calls("DescribeAssociationExecutionTargets"), "the newest execution's 250 targets, 50 a page");
        assertEquals(0, fleet.calls("DescribeInstanceAssociationsStatus"));
        assertEquals(12, fleet.totalCalls());
        assertEquals(List.of(new SsmManagedInstances.AssociationRun(ASSOCIATION_ID, "inventory-all-instances", "AWS-GatherSoftwareInventory",
                "$DEFAULT", "Failed", "Failed", NEWEST.plusSeconds(12).toString(), null, null)), instance(fact, 12).associations());
        assertEquals(List.of(new SsmManagedInstances.AssociationRun(ASSOCIATION_ID, "inventory-all-instances", "AWS-GatherSoftwareInventory",
                "$DEFAULT", "Success", "Success", NEWEST.plusSeconds(249).toString(), null, null)), instance(fact, 249).associations());
        AWS.verify(5, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeAssociationExecutionTargets"))
                .withRequestBody(matchingJsonPath("$.ExecutionId", equalTo("e6a1f6c4-0001-4f10-8312-0123456789ab")))
                .withRequestBody(matchingJsonPath("$.MaxResults", equalTo("50"))));
    }

    @Test
    void instancesMissingFromTheNewestExecution_whenFew_areReadOneByOne() {
        fleet.instances(online(250, n -> "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), Map.of("Success", 250));
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, ran(0, 248, NEWEST, Set.of())),
                new Execution("e6a1f6c4-0002-4f10-8312-0123456789ab", OLDER, ran(0, 250, OLDER, Set.of()))));
        fleet.instanceStatus(instanceId(248), "Failed", OLDER, "1");
        fleet.instanceStatus(instanceId(249), "Success", OLDER, null);

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(5, fleet.calls("DescribeAssociationExecutionTargets"), "the older execution would cost 5 pages for 2 instances");
        assertEquals(2, fleet.calls("DescribeInstanceAssociationsStatus"));
        SsmManagedInstances.AssociationRun own = instance(fact, 248).associations().get(0);
        assertEquals(1, instance(fact, 248).associations().size(), "the patching run is not an inventory run");
        assertEquals("Failed", own.status());
        assertEquals("1", own.errorCode());
        assertEquals(OLDER.toString(), own.executionDate());
        assertEquals("Success", instance(fact, 247).associations().get(0).status());
    }

    @Test
    void instancesMissingFromTheNewestExecution_whenMany_areFoundInAnOlderOne() {
        fleet.instances(online(250, n -> "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), Map.of("Success", 250));
        List<TargetRun> older = new ArrayList<>(ran(150, 250, OLDER, Set.of(160)));  // the missing ones lead the older execution's pages
        older.addAll(ran(0, 150, OLDER, Set.of()));
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, ran(0, 150, NEWEST, Set.of())),
                new Execution("e6a1f6c4-0002-4f10-8312-0123456789ab", OLDER, older)));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(3 + 2, fleet.calls("DescribeAssociationExecutionTargets"), "3 pages of the newest, the 2 older pages that hold the rest");
        assertEquals(0, fleet.calls("DescribeInstanceAssociationsStatus"));
        assertEquals(NEWEST.plusSeconds(20).toString(), instance(fact, 20).associations().get(0).executionDate(), "the newest run wins");
        assertEquals("Failed", instance(fact, 160).associations().get(0).status());
        assertEquals(OLDER.plusSeconds(160).toString(), instance(fact, 160).associations().get(0).executionDate());
    }

    @Test
    void tagTargetedAssociation_settledByItsCount_leavesTheOthersWithoutRunsAndUnread() {
        fleet.instances(online(250, n -> "Success"));  // all have some association, e.g. patching
        fleet.inventoryAssociation(Map.of("tag:Inventory", List.of("yes")), Map.of("Success", 100));
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, ran(0, 100, NEWEST, Set.of()))));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(2, fleet.calls("DescribeAssociationExecutionTargets"));
        assertEquals(0, fleet.calls("DescribeInstanceAssociationsStatus"));
        assertEquals(1, instance(fact, 99).associations().size());
        assertEquals(List.of(), instance(fact, 100).associations(), "100 nodes have a status and the newest execution named 100");
    }

    @Test
    void instancesWithoutAnyAssociation_areNeitherWantedNorRead() {
        fleet.instances(online(250, n -> n < 200 ? "Success" : null));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), null);  // no count to settle by
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, ran(0, 200, NEWEST, Set.of()))));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(4, fleet.calls("DescribeAssociationExecutionTargets"));
        assertEquals(0, fleet.calls("DescribeInstanceAssociationsStatus"));
        assertEquals(List.of(), instance(fact, 220).associations());
    }

    @Test
    void noInventoryAssociationInTheRegion_readsNoHistoryAndNoInstance() {
        fleet.instances(online(120, n -> "Success"));
        fleet.noInventoryAssociation();

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        assertEquals(3 + 1, fleet.totalCalls());
        assertTrue(fact.instances().stream().allMatch(i -> i.associations().isEmpty()));
        assertEquals(List.of(), fact.inventoryAssociations());
    }

    @Test
    void historyThatNeverNamesTheRest_isWalkedOnlyUntilReadingEachIsCheaper() {
        fleet.instances(online(10, n -> "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), null);
        List<Execution> history = new ArrayList<>();
        for (int e = 0; e < 40; e++) {
            history.add(new Execution(String.format("e6a1f6c4-%04d-4f10-8312-0123456789ab", e), NEWEST.minusSeconds(3600L * e),
                    ran(0, 4, NEWEST.minusSeconds(3600L * e), Set.of())));
        }
        fleet.history(history);
        for (int n = 4; n < 10; n++) fleet.instanceStatus(instanceId(n), "Success", OLDER, null);

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(clients);

        // 1 DescribeAssociationExecutions + 5 targets = 6 calls spent when 6 instances remain: read those 6 each
        assertEquals(1, fleet.calls("DescribeAssociationExecutions"));
        assertEquals(5, fleet.calls("DescribeAssociationExecutionTargets"));
        assertEquals(6, fleet.calls("DescribeInstanceAssociationsStatus"));
        assertEquals(OLDER.toString(), instance(fact, 9).associations().get(0).executionDate());
        assertEquals(NEWEST.plusSeconds(3).toString(), instance(fact, 3).associations().get(0).executionDate());
    }

    @Test
    void historyAndPerInstanceReads_giveTheSameRuns_butForErrorCodeAndSummary() {
        fleet.instances(online(3, n -> n == 1 ? "Failed" : "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), Map.of("Success", 2, "Failed", 1));
        fleet.history(List.of(new Execution("e6a1f6c4-0001-4f10-8312-0123456789ab", NEWEST, List.of(
                new TargetRun(instanceId(0), "Success", NEWEST), new TargetRun(instanceId(1), "Failed", NEWEST),
                new TargetRun(instanceId(2), "Success", NEWEST)))));
        fleet.instanceStatus(instanceId(0), "Success", NEWEST, null);
        fleet.instanceStatus(instanceId(1), "Failed", NEWEST, "1");
        fleet.instanceStatus(instanceId(2), "Success", NEWEST, null);

        SsmManagedInstances fromHistory = new SsmManagedInstancesLoader().load(clients);
        SsmManagedInstances perInstance = new SsmManagedInstancesLoader(Integer.MAX_VALUE).load(clients);

        assertEquals(3, fleet.calls("DescribeInstanceAssociationsStatus"), "only the per-instance load read each");
        for (int n = 0; n < 3; n++) {
            SsmManagedInstances.AssociationRun h = instance(fromHistory, n).associations().get(0);
            SsmManagedInstances.AssociationRun p = instance(perInstance, n).associations().get(0);
            assertEquals(new SsmManagedInstances.AssociationRun(p.associationId(), p.associationName(), p.documentName(), p.documentVersion(),
                    p.status(), p.detailedStatus(), p.executionDate(), null, null), h);
            assertNull(h.errorCode());
        }
        assertEquals("1", instance(perInstance, 1).associations().get(0).errorCode());
        assertEquals(fromHistory.inventoryAssociations(), perInstance.inventoryAssociations());
    }

    @Test
    void historyRead_whenDenied_failsNamingTheAction() {
        fleet.instances(online(5, n -> "Success"));
        fleet.inventoryAssociation(Map.of("InstanceIds", List.of("*")), Map.of("Success", 5));
        AWS.stubFor(SsmFleetStub.ssm("DescribeAssociationExecutions").atPriority(1).willReturn(StubAws.json(400, "ssm-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new SsmManagedInstancesLoader().load(clients));

        assertTrue(e.isAccessDenied());
        assertEquals("DescribeAssociationExecutions", e.operation());
    }

    @Test
    void targeted_isTheNamedInstancesOrEveryInstanceGiven() {
        Set<String> fleet = new LinkedHashSet<>(List.of("i-1", "i-2", "i-3"));
        assertEquals(Set.of("i-2"), SsmManagedInstancesLoader.targeted(Association.builder().instanceId("i-2").build(), fleet));
        assertEquals(Set.of("i-1", "i-3"), SsmManagedInstancesLoader.targeted(Association.builder()
                .targets(Target.builder().key("InstanceIds").values("i-1", "i-3", "i-9").build()).build(), fleet));
        assertEquals(fleet, SsmManagedInstancesLoader.targeted(Association.builder()
                .targets(Target.builder().key("InstanceIds").values("*").build()).build(), fleet));
        assertEquals(fleet, SsmManagedInstancesLoader.targeted(Association.builder()
                .targets(Target.builder().key("tag:Inventory").values("yes").build()).build(), fleet));
        assertEquals(Set.of(), SsmManagedInstancesLoader.targeted(Association.builder().instanceId("i-9").build(), fleet));
    }
}
