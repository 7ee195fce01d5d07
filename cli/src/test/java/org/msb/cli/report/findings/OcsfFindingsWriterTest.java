package org.msb.cli.report.findings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.RuleResult;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OCSF Compliance Findings checked against the schema's requirements (github.com/ocsf/ocsf-schema:
 * base_event, events/findings/finding.json and compliance_finding.json, objects/compliance.json,
 * finding_info.json, resource_details.json; the cloud profile).
 */
class OcsfFindingsWriterTest {

    static List<JsonObject> write(List<ScanResult> scans) throws IOException {
        StringWriter out = new StringWriter();
        new OcsfFindingsWriter().write(scans, out);
        return StreamSupport.stream(JsonParser.parseString(out.toString()).getAsJsonArray().spliterator(), false)
                .map(JsonElement::getAsJsonObject).toList();
    }

    /** What the schema requires of a Compliance Finding with the cloud profile, and the enum values used. */
    static List<String> problems(JsonObject f) {
        List<String> p = new ArrayList<>();
        for (String r : List.of("activity_id", "category_uid", "class_uid", "type_uid", "severity_id", "time", "metadata",
                "finding_info", "compliance", "cloud")) {
            if (!f.has(r)) p.add(r + " is required");
        }
        if (!p.isEmpty()) return p;
        if (f.get("class_uid").getAsInt() != 2003) p.add("class_uid must be 2003");
        if (f.get("category_uid").getAsInt() != 2) p.add("category_uid must be 2");
        if (f.get("type_uid").getAsLong() != 2003L * 100 + f.get("activity_id").getAsInt()) p.add("type_uid must be class_uid * 100 + activity_id");
        if (!Set.of(1, 2, 3).contains(f.get("activity_id").getAsInt())) p.add("activity_id unknown");
        if (!Set.of(0, 1, 2, 3, 4, 5, 6, 99).contains(f.get("severity_id").getAsInt())) p.add("severity_id unknown");
        if (f.has("status_id") && !Set.of(0, 1, 2, 3, 4, 5, 6, 99).contains(f.get("status_id").getAsInt())) p.add("status_id unknown");
        if (f.get("time").getAsLong() < 1_000_000_000_000L) p.add("time must be epoch milliseconds");
        JsonObject metadata = f.getAsJsonObject("metadata");
        if (!metadata.has("version") || !metadata.has("product")) p.add("metadata.version and metadata.product are required");
        JsonObject info = f.getAsJsonObject("finding_info");
        if (!info.has("uid") || info.get("uid").getAsString().isBlank()) p.add("finding_info.uid is required");
        JsonObject compliance = f.getAsJsonObject("compliance");
        if (!compliance.has("standards") || compliance.getAsJsonArray("standards").isEmpty()) p.add("compliance.standards is required");
        if (!Set.of(0, 1, 2, 3, 99).contains(compliance.get("status_id").getAsInt())) p.add("compliance.status_id unknown");
        if (!f.getAsJsonObject("cloud").has("provider")) p.add("cloud.provider is required");
        if (!f.has("resources") || f.getAsJsonArray("resources").isEmpty()) p.add("resources are recommended and always given here");
        return p;
    }

    static int complianceStatus(JsonObject f) { return f.getAsJsonObject("compliance").get("status_id").getAsInt(); }

    @Test
    void theDemoAccountGivesOneValidComplianceFindingPerResult() throws IOException {
        ScanResult demo = DemoScans.demo();
        List<JsonObject> findings = write(List.of(demo));
        ScanResult.Counts counts = demo.counts();

        assertEquals(demo.results().size() + demo.errors().size(), findings.size());
        for (JsonObject f : findings) assertEquals(List.of(), problems(f), f.toString());
        assertEquals(counts.nonCompliant(), findings.stream().filter(f -> complianceStatus(f) == 3).count());
        assertEquals(counts.compliant() + counts.excepted(), findings.stream().filter(f -> complianceStatus(f) == 1).count());
        assertEquals(findings.size(), findings.stream().map(f -> f.getAsJsonObject("finding_info").get("uid").getAsString())
                .collect(Collectors.toSet()).size());
        assertTrue(findings.stream().allMatch(f -> f.getAsJsonObject("cloud").getAsJsonObject("account").get("uid").getAsString().equals(demo.accountId())));
    }

    @Test
    void exceptionsAreSuppressedPassesNamingTheException() throws IOException {
        ScanResult demo = DemoScans.demo();
        List<String> ids = demo.results().stream().filter(RuleResult::compliantByException).map(r -> r.exception().id()).sorted().toList();
        assertFalse(ids.isEmpty());
        List<JsonObject> suppressed = write(List.of(demo)).stream().filter(f -> f.get("status_id").getAsInt() == 3).toList();

        assertEquals(ids, suppressed.stream().map(f -> f.getAsJsonObject("unmapped").get("exception_id").getAsString()).sorted().toList());
        for (JsonObject f : suppressed) {
            assertEquals(1, complianceStatus(f));
            assertTrue(f.getAsJsonObject("compliance").get("status_detail").getAsString()
                    .startsWith("Compliant by exception " + f.getAsJsonObject("unmapped").get("exception_id").getAsString()));
        }
    }

    @Test
    void findingIdsMatchTheAsffOnes() throws IOException {
        List<String> ocsf = write(List.of(DemoScans.demo())).stream().map(f -> f.getAsJsonObject("finding_info").get("uid").getAsString()).toList();
        List<String> asff = AsffFindingsWriterTest.write(List.of(DemoScans.demo())).stream().map(f -> f.get("Id").getAsString()).toList();
        assertEquals(asff, ocsf);
    }
}
