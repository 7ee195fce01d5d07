package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.SsmManagedInstances;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SSM's JSON 1.1 wire format (X-Amz-Target AmazonSSM.*), stubbed because moto 5.2.1 implements neither
 * DescribeInstanceInformation nor the association reads. Bodies follow AWS's documented responses
 * (epoch-second timestamps, "IPAddress", "Name" for the document).
 */
class SsmManagedInstancesLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    static MappingBuilder ssm(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM." + operation));
    }

    private void twoPagesOfInstances() {
        AWS.stubFor(ssm("DescribeInstanceInformation").withRequestBody(matchingJsonPath("$.NextToken", equalTo("AAEAAbcPage2Token")))
                .atPriority(1).willReturn(StubAws.json(200, "ssm-instance-information-page2.json")));
        AWS.stubFor(ssm("DescribeInstanceInformation").withRequestBody(matchingJsonPath("$.NextToken", absent()))
                .atPriority(2).willReturn(StubAws.json(200, "ssm-instance-information-page1.json")));
    }

    /** Two instances: reading each costs no more than the inventory association's history would. */
    @Test
    void load_readsEveryPage_eachInstancesInventoryRuns_andTheInventoryAssociations() {
        twoPagesOfInstances();
        AWS.stubFor(ssm("DescribeInstanceAssociationsStatus").withRequestBody(matchingJsonPath("$.InstanceId", equalTo("i-0a1b2c3d4e5f60001")))
                .willReturn(StubAws.json(200, "ssm-instance-associations-0001.json")));
        AWS.stubFor(ssm("DescribeInstanceAssociationsStatus").withRequestBody(matchingJsonPath("$.InstanceId", equalTo("i-0a1b2c3d4e5f60002")))
                .willReturn(StubAws.json(200, "ssm-instance-associations-0002.json")));
        AWS.stubFor(ssm("ListAssociations").willReturn(StubAws.json(200, "ssm-list-associations-inventory.json")));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(AWS.clients());

        assertEquals(List.of("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002"), fact.instances().stream().map(SsmManagedInstances.ManagedInstance::instanceId).toList());
        SsmManagedInstances.ManagedInstance online = fact.instances().get(0);
        assertEquals("Online", online.pingStatus());
        assertEquals("2026-11-30T07:55:12.418Z", online.lastPingDateTime());
        assertEquals("EC2Instance", online.resourceType());
        assertEquals("Linux", online.platformType());
        assertEquals(List.of(new SsmManagedInstances.AssociationRun("8dfe3659-4309-493a-8755-2a4c7e0d1f01", "inventory-all-instances",
                "AWS-GatherSoftwareInventory", "$DEFAULT", "Success", "Success", "2026-11-29T23:10:05Z",
                "1 out of 1 plugin processed, 1 success, 0 failed, 0 timedout, 0 skipped. ", null)), online.associations());
        SsmManagedInstances.ManagedInstance lost = fact.instances().get(1);
        assertEquals("ConnectionLost", lost.pingStatus());
        assertEquals(1, lost.associations().size(), "its AWS-UpdateSSMAgent run is not an inventory run: " + lost.associations());
        assertEquals("Failed", lost.associations().get(0).status());
        assertEquals("1", lost.associations().get(0).errorCode());
        assertEquals(List.of(new SsmManagedInstances.InventoryAssociation("8dfe3659-4309-493a-8755-2a4c7e0d1f01", "inventory-all-instances",
                List.of("InstanceIds=*"), "rate(12 hours)", "2026-11-29T23:10:05Z", "Failed")), fact.inventoryAssociations());

        AWS.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeInstanceInformation"))
                .withRequestBody(matchingJsonPath("$.Filters[0].Key", equalTo("ResourceType")))
                .withRequestBody(matchingJsonPath("$.Filters[0].Values[0]", equalTo("EC2Instance"))));
        AWS.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.ListAssociations"))
                .withRequestBody(matchingJsonPath("$.AssociationFilterList[0].key", equalTo("Name")))
                .withRequestBody(matchingJsonPath("$.AssociationFilterList[0].value", equalTo("AWS-GatherSoftwareInventory"))));
    }

    @Test
    void load_whenAnInstanceIsDeregisteredBetweenReads_itHasNoRuns() {
        AWS.stubFor(ssm("DescribeInstanceInformation").willReturn(StubAws.json(200, "ssm-instance-information-page2.json")));
        AWS.stubFor(ssm("DescribeInstanceAssociationsStatus").willReturn(StubAws.json(400, "ssm-invalid-instance-id.json")));
        AWS.stubFor(ssm("ListAssociations").willReturn(StubAws.json(200, "ssm-list-associations-inventory.json")));

        SsmManagedInstances fact = new SsmManagedInstancesLoader().load(AWS.clients());

        assertEquals(1, fact.instances().size());
        assertEquals(List.of(), fact.instances().get(0).associations());
    }

    @Test
    void load_whenDenied_failsNamingTheActionInsteadOfReportingNoInstances() {
        AWS.stubFor(ssm("DescribeInstanceInformation").willReturn(StubAws.json(400, "ssm-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new SsmManagedInstancesLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("ssm:DescribeInstanceInformation", e.iamAction());
        assertTrue(e.getMessage().contains("ssm:DescribeInstanceInformation"), e.getMessage());
    }

    @Test
    void load_whenAnAssociationReadIsDenied_failsRatherThanReportingNoAssociations() {
        AWS.stubFor(ssm("DescribeInstanceInformation").willReturn(StubAws.json(200, "ssm-instance-information-page2.json")));
        AWS.stubFor(ssm("ListAssociations").willReturn(StubAws.json(200, "ssm-list-associations-inventory.json")));
        AWS.stubFor(ssm("DescribeInstanceAssociationsStatus").willReturn(StubAws.json(400, "ssm-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new SsmManagedInstancesLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied());
        assertEquals("DescribeInstanceAssociationsStatus", e.operation());
    }
}
