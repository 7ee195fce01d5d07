package org.msb.model.compute;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItemParser;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchComplianceTest {
    private static final String ITEM = """
            {"configurationItemStatus": "OK", "resourceType": "AWS::SSM::PatchCompliance",
             "resourceId": "AWS::SSM::ManagedInstanceInventory/i-0123456789abcdef0",
             "configuration": {"AWS:ComplianceItem": {"SchemaVersion": "1.0", "Content": {"Patch": %s}}}}""";

    @Test
    void from_whenEntriesAndSummary_countsNonCompliantEntriesBySeverity() {
        PatchCompliance pc = PatchCompliance.from(ConfigurationItemParser.parse(ITEM.formatted("""
                {"KB1": {"Id": "KB1", "Status": "NON_COMPLIANT", "Severity": "Critical", "PatchState": "Missing"},
                 "KB2": {"Id": "KB2", "Status": "NON_COMPLIANT", "Severity": "", "PatchState": "Failed"},
                 "KB3": {"Id": "KB3", "Status": "COMPLIANT", "Severity": "HIGH", "PatchState": "Installed"},
                 "ComplianceSummary": {"Status": "NON_COMPLIANT", "NonCompliantCriticalCount": 7}}""")));
        assertEquals("i-0123456789abcdef0", pc.instanceId());
        assertEquals(Map.of("CRITICAL", 1, "UNSPECIFIED", 1), pc.missingBySeverity(), "entries win over the summary counts");
        assertEquals("NON_COMPLIANT", pc.summaryStatus());
    }

    @Test
    void from_whenOnlyTheSummary_countsFromIt() {
        PatchCompliance pc = PatchCompliance.from(ConfigurationItemParser.parse(ITEM.formatted("""
                {"ComplianceSummary": {"Status": "NON_COMPLIANT", "NonCompliantHighCount": 2, "NonCompliantLowCount": 0, "CompliantCriticalCount": 4}}""")));
        assertEquals(Map.of("HIGH", 2), pc.missingBySeverity());
    }

    @Test
    void from_whenPatchContentMissing_namesTheItem() {
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> PatchCompliance.from(ConfigurationItemParser.parse(
                "{\"configurationItemStatus\": \"OK\", \"resourceType\": \"AWS::SSM::PatchCompliance\", \"resourceId\": \"AWS::SSM::ManagedInstanceInventory/i-1\", \"configuration\": {}}")));
        assertTrue(e.getMessage().contains("AWS::SSM::ManagedInstanceInventory/i-1"), e.getMessage());
    }
}
