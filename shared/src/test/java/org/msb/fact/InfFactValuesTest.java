package org.msb.fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lookups INF rules make on their facts. */
class InfFactValuesTest {

    @Test
    void ecrRule_whenWildcardFilters_matchesLikeEcr() {
        EcrRegistryScanning.Rule r = new EcrRegistryScanning.Rule("SCAN_ON_PUSH", List.of("prod-*", "*-base", "exact"));
        assertTrue(r.matches("prod-checkout"));
        assertTrue(r.matches("prod-"));
        assertTrue(r.matches("team-base"));
        assertTrue(r.matches("exact"));
        assertFalse(r.matches("exactly"));
        assertFalse(r.matches("preprod-x"));
        assertTrue(new EcrRegistryScanning.Rule("CONTINUOUS_SCAN", List.of("*")).matches("anything/with.dots"));
        assertFalse(new EcrRegistryScanning.Rule("CONTINUOUS_SCAN", List.of("a.c")).matches("abc"), "a dot is literal, not a regex");
    }

    @Test
    void ecrRegistry_ruleFor_whenSeveralRules_takesTheFirstMatching() {
        EcrRegistryScanning reg = new EcrRegistryScanning("ENHANCED", List.of(
                new EcrRegistryScanning.Rule("MANUAL", List.of("legacy-*")), new EcrRegistryScanning.Rule("CONTINUOUS_SCAN", List.of("*"))));
        assertEquals("MANUAL", reg.ruleFor("legacy-batch").scanFrequency());
        assertEquals("CONTINUOUS_SCAN", reg.ruleFor("app").scanFrequency());
        assertNull(new EcrRegistryScanning("BASIC", null).ruleFor("app"));
    }

    @Test
    void hostedZones_pointingAt_whenAliasCnameOrOtherZone_findsTheRightRecords() {
        HostedZones zones = new HostedZones(List.of(
                new HostedZones.Zone("Z1", "example.com.", false, null, List.of(
                        new HostedZones.DnsRecord("www.example.com.", "A", "dualstack.WEB-1.eu-west-1.elb.amazonaws.com.", List.of()),
                        new HostedZones.DnsRecord("api.example.com.", "CNAME", null, List.of("web-1.eu-west-1.elb.amazonaws.com")),
                        new HostedZones.DnsRecord("ip.example.com.", "A", null, List.of("web-1.eu-west-1.elb.amazonaws.com")))),
                new HostedZones.Zone("Z2", "example.org.", false, null, List.of(
                        new HostedZones.DnsRecord("www.example.org.", "A", "web-1.eu-west-1.elb.amazonaws.com", List.of())))));
        assertEquals(List.of("www.example.com.", "api.example.com.", "www.example.org."),
                zones.pointingAt("web-1.eu-west-1.elb.amazonaws.com", List.of()).stream().map(m -> m.record().name()).toList(),
                "an A record's values are addresses, never names");
        assertEquals(List.of("www.example.org."),
                zones.pointingAt("web-1.eu-west-1.elb.amazonaws.com", List.of("EXAMPLE.org")).stream().map(m -> m.record().name()).toList());
    }

    @Test
    void inspectorStatus_whenTypeNotReported_saysSo() {
        InspectorStatus s = new InspectorStatus("111122223333", "ENABLED", java.util.Map.of("EC2", "ENABLED"));
        assertEquals("ENABLED", s.status("EC2"));
        assertEquals(InspectorStatus.NOT_REPORTED, s.status("LAMBDA"));
    }
}
