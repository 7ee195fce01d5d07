package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.StubAws;
import org.msb.item.ConfigurationItem;
import org.msb.model.secrets.ScannedValue;
import org.msb.model.secrets.SecretBearingItems;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.SchemaPaths;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stack as DescribeStacks returns it from AWS, with a NoEcho parameter masked: kept masked, in Config's shape. */
class CloudFormationStackItemBuilderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    @Test
    void build_whenNoEchoParameter_keepsItMasked() {
        AWS.stubFor(StubAws.query("DescribeStacks").willReturn(StubAws.xml(200, "dp/cloudformation-describe-stacks-noecho.xml")));
        List<ConfigurationItem> items = new CloudFormationStackItemBuilder()
                .build(new BuildContext(AWS.clients(), "123456789012", "us-east-1", Instant.parse("2026-11-30T12:00:00Z")));

        assertEquals(1, items.size());
        ConfigurationItem s = items.get(0);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(s));
        assertEquals("billing-db", s.resourceName());
        assertEquals("MasterUserPassword", s.property("parameters").at(1).get("parameterKey").text());
        assertEquals("****", s.property("parameters").at(1).get("parameterValue").text());
        assertEquals("2026-11-12T16:40:21.004Z", s.property("lastUpdatedTime").text());
        assertTrue(s.property("enableTerminationProtection").isTrue());
        assertTrue(s.supplementaryConfiguration().get("EnableTerminationProtection").isTrue());
        assertEquals("NOT_CHECKED", s.property("driftInformation.stackDriftStatus").text());
        assertEquals(List.of("MasterUsername"), SecretBearingItems.scan(s).stream().map(ScannedValue::name).toList(),
                "a masked value is not scanned");
        assertEquals("****", SecretBearingItems.redact(s).property("parameters").at(1).get("parameterValue").text());
    }
}
