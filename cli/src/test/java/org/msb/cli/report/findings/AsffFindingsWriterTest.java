package org.msb.cli.report.findings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.securityhub.model.ResourceDetails;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsffFindingsWriterTest {
    static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

    static List<JsonObject> write(List<ScanResult> scans) throws IOException {
        StringWriter out = new StringWriter();
        new AsffFindingsWriter().write(scans, out);
        return StreamSupport.stream(JsonParser.parseString(out.toString()).getAsJsonArray().spliterator(), false)
                .map(JsonElement::getAsJsonObject).toList();
    }

    static String status(JsonObject f) { return f.getAsJsonObject("Compliance").get("Status").getAsString(); }

    static String field(JsonObject f, String key) {
        JsonElement v = f.getAsJsonObject("ProductFields").get(key);
        return v == null ? null : v.getAsString();
    }

    @Test
    void theDemoAccountGivesOneValidFindingPerResult() throws IOException {
        ScanResult demo = DemoScans.demo();
        List<JsonObject> findings = write(List.of(demo));
        ScanResult.Counts counts = demo.counts();

        assertEquals(demo.results().size() + demo.errors().size(), findings.size());
        assertTrue(findings.size() > 100, "the demo account has " + findings.size() + " results");
        assertEquals(counts.nonCompliant(), findings.stream().filter(f -> status(f).equals("FAILED")).count());
        assertEquals(counts.compliant() + counts.excepted(), findings.stream().filter(f -> status(f).equals("PASSED")).count());
        assertEquals(counts.insufficientData(), findings.stream().filter(f -> status(f).equals("WARNING")).count());
        for (JsonObject f : findings) assertEquals(List.of(), AsffConstraints.problems(f), f.toString());
        assertEquals(findings.size(), findings.stream().map(f -> f.get("Id").getAsString()).collect(Collectors.toSet()).size(), "ids are unique");
    }

    @Test
    void compliantByExceptionIsPassedButSaysWhichException() throws IOException {
        ScanResult demo = DemoScans.demo();
        List<RuleResult> excepted = demo.results().stream().filter(RuleResult::compliantByException).toList();
        assertFalse(excepted.isEmpty(), "the demo account has exceptions");
        List<JsonObject> findings = write(List.of(demo)).stream().filter(f -> "PASSED_BY_EXCEPTION".equals(field(f, "msb/Outcome"))).toList();

        assertEquals(excepted.size(), findings.size());
        assertEquals(excepted.stream().map(r -> r.exception().id()).sorted().toList(),
                findings.stream().map(f -> field(f, "msb/ExceptionId")).sorted().toList());
        for (JsonObject f : findings) {
            assertEquals("PASSED", status(f));
            JsonObject reason = f.getAsJsonObject("Compliance").getAsJsonArray("StatusReasons").get(0).getAsJsonObject();
            assertEquals("MSB_EXCEPTION_APPROVED", reason.get("ReasonCode").getAsString());
            assertTrue(reason.get("Description").getAsString().contains("Compliant by exception " + field(f, "msb/ExceptionId")), reason.toString());
            assertEquals("SUPPRESSED", f.getAsJsonObject("Workflow").get("Status").getAsString());
            assertEquals("VALID", field(f, "msb/ExceptionStatus"));
        }
    }

    static Rule rule(String id) { return RuleCatalog.load().select(List.of(id)).rules().get(0); }

    static ScanResult scanOf(Rule rule, List<RuleResult> results, List<RuleError> errors) {
        return new ScanResult("test", "111122223333", "eu-west-1", T, List.of(rule), results, errors);
    }

    @Test
    void lapsedExceptionsFailAndNameTheException() throws IOException {
        Rule r = rule("s3-access-logging");
        Evaluation e = new Evaluation("AWS::S3::Bucket", "scratch-data", Compliance.NON_COMPLIANT, "Exception EX-7 expired on 2026-10-01: off.", T);
        AppliedException x = new AppliedException("EX-7", ExceptionStatus.EXPIRED, "ciso@example.com", "why", LocalDate.parse("2026-10-01"), "register");
        JsonObject f = write(List.of(scanOf(r, List.of(new RuleResult(r.spec().id(), r.spec().controlId(), e, x)), List.of()))).get(0);

        assertEquals("FAILED", status(f));
        assertEquals("MSB_EXCEPTION_EXPIRED", f.getAsJsonObject("Compliance").getAsJsonArray("StatusReasons").get(0).getAsJsonObject().get("ReasonCode").getAsString());
        assertEquals("EX-7", field(f, "msb/ExceptionId"));
        assertEquals(r.spec().severity().name(), f.getAsJsonObject("Severity").get("Label").getAsString());
        assertEquals("NEW", f.getAsJsonObject("Workflow").get("Status").getAsString());
        JsonObject resource = f.getAsJsonArray("Resources").get(0).getAsJsonObject();
        assertEquals("AwsS3Bucket", resource.get("Type").getAsString());
        assertEquals("arn:aws:s3:::scratch-data", resource.get("Id").getAsString());
        assertEquals("arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default", f.get("ProductArn").getAsString());
    }

    @Test
    void ruleErrorsAndMissingDataAreFindingsButNeverPasses() throws IOException {
        Rule r = rule("password-policy");
        Evaluation gap = new Evaluation(Evaluation.ACCOUNT_TYPE, "111122223333", Compliance.INSUFFICIENT_DATA, "iam:GetAccountPasswordPolicy is not served", T);
        Evaluation na = new Evaluation("AWS::IAM::User", "AIDAEXAMPLE", Compliance.NOT_APPLICABLE, "The resource is deleted.", T);
        List<JsonObject> f = write(List.of(scanOf(r, List.of(new RuleResult(r.spec().id(), r.spec().controlId(), gap, null),
                new RuleResult(r.spec().id(), r.spec().controlId(), na, null)), List.of(new RuleError(r.spec().id(), r.spec().controlId(), "AccessDenied: iam")))));

        assertEquals(List.of("WARNING", "NOT_AVAILABLE", "NOT_AVAILABLE"), f.stream().map(AsffFindingsWriterTest::status).toList());
        assertEquals("AwsAccount", f.get(0).getAsJsonArray("Resources").get(0).getAsJsonObject().get("Type").getAsString());
        assertEquals("AWS::::Account:111122223333", f.get(0).getAsJsonArray("Resources").get(0).getAsJsonObject().get("Id").getAsString());
        assertEquals("ARCHIVED", f.get(1).get("RecordState").getAsString());
        assertEquals("MSB_RULE_ERROR", f.get(2).getAsJsonObject("Compliance").getAsJsonArray("StatusReasons").get(0).getAsJsonObject().get("ReasonCode").getAsString());
        assertTrue(f.get(2).get("Description").getAsString().contains("AccessDenied: iam"));
        // the error's finding is on the account, apart from the INSUFFICIENT_DATA one
        assertNotEquals(f.get(0).get("Id"), f.get(2).get("Id"));
    }

    @Test
    void idsAreStableAcrossRunsAndDistinctPerAccountRegionAndResource() throws IOException {
        List<String> first = write(List.of(DemoScans.demo())).stream().map(f -> f.get("Id").getAsString()).toList();
        List<String> again = write(List.of(DemoScans.demo())).stream().map(f -> f.get("Id").getAsString()).toList();
        assertEquals(first, again);
        List<String> other = write(List.of(DemoScans.as("444455556666", "eu-west-1"))).stream().map(f -> f.get("Id").getAsString()).toList();
        assertTrue(new HashSet<>(first).stream().noneMatch(new HashSet<>(other)::contains));
    }

    @Test
    void longTextIsCutToTheApiLimits() throws IOException {
        Rule r = rule("s3-access-logging");
        String longId = "b".repeat(600);
        Evaluation e = new Evaluation("AWS::S3::Bucket", longId, Compliance.NON_COMPLIANT, "x".repeat(3000), T);
        JsonObject f = write(List.of(scanOf(r, List.of(new RuleResult(r.spec().id(), r.spec().controlId(), e, null)), List.of()))).get(0);

        assertEquals(List.of(), AsffConstraints.problems(f));
        assertEquals(1024, f.get("Description").getAsString().length());
        assertTrue(f.get("Description").getAsString().endsWith(" [truncated]"));
        assertEquals(2048, field(f, "msb/Annotation").length());
        assertEquals(512, f.get("Id").getAsString().length());
        assertEquals(FindingText.sha256("msb/111122223333/eu-west-1/s3-access-logging/AWS::S3::Bucket/" + longId),
                f.get("Id").getAsString().substring(512 - 64));
    }

    @Test
    void theConstraintsCatchABrokenFinding() throws IOException {
        JsonObject f = write(List.of(DemoScans.demo())).get(0);
        f.remove("Title");
        assertEquals(List.of("Title is required"), AsffConstraints.problems(f));
        f.addProperty("Title", "t");
        f.getAsJsonArray("Resources").get(0).getAsJsonObject().addProperty("Partition", "aws-moon");
        f.addProperty("CreatedAt", "2026-11-30 12:00");
        f.add("Types", new JsonArray());
        assertEquals(List.of("Types must have 1 to 50 items", "CreatedAt 2026-11-30 12:00 is not an accepted timestamp",
                "Resources[].Partition \"aws-moon\" is unknown"), AsffConstraints.problems(f));
    }

    @Test
    void everyMappedResourceTypeIsOneAsffKnows() {
        // ASFF's named resource types are ResourceDetails' members (Security Hub API Reference, ResourceDetails)
        Set<String> known = ResourceDetails.builder().build().sdkFields().stream().map(SdkField::locationName).collect(Collectors.toSet());
        for (var e : AsffResourceTypes.all().entrySet()) {
            assertTrue(e.getValue().equals(AsffResourceTypes.ACCOUNT) || known.contains(e.getValue()), e + " is not an ASFF resource type");
        }
        assertEquals("Other", AsffResourceTypes.of("AWS::SSM::Document"));
    }

    @Test
    void batchesHoldAtMostAHundred() {
        List<Integer> all = IntStream.range(0, 250).boxed().toList();
        List<List<Integer>> batches = AsffFindingsWriter.batches(all);
        assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
        assertEquals(all, batches.stream().flatMap(List::stream).toList());
    }

    @Test
    void aScanWithoutAnAccountIdIsRefusedByName() {
        ScanResult bad = new ScanResult("world.json", null, "eu-west-1", T, List.of(), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(List.of(bad)));
        assertTrue(e.getMessage().contains("scan \"world.json\" has no 12-digit account id"), e.getMessage());
    }
}
