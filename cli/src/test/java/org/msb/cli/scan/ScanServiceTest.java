package org.msb.cli.scan;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.cli.output.CsvResultWriter;
import org.msb.cli.output.JsonResultWriter;
import org.msb.cli.output.TextResultWriter;
import org.msb.engine.RuleResult;
import org.msb.fact.Facts;
import org.msb.fact.PasswordPolicy;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ScanServiceTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** Periodic, reads the password-policy fact. */
    static final class PolicyExistsRule implements Rule {
        static final RuleSpec SPEC = RuleSpec.builder("policy-exists", "IAM-3").title("Policy exists").baseline("b").description("d")
                .remediation("r").periodic().reads(Facts.PASSWORD_POLICY)
                .param(ParameterSpec.integer("MinimumPasswordLength", 14, 6, 128, "min")).build();
        @Override public RuleSpec spec() { return SPEC; }
        @Override public List<Evaluation> evaluate(RuleInput in) {
            PasswordPolicy p = in.fact(Facts.PASSWORD_POLICY);
            return List.of(p.exists() ? in.accountCompliant("policy set") : in.accountNonCompliant("no password policy"));
        }
    }

    /** Change-only on buckets: fails buckets named bad-*. */
    static final class BucketRule implements Rule {
        static final RuleSpec SPEC = RuleSpec.builder("bucket-rule", "DET-4").title("Buckets").baseline("b").description("d")
                .remediation("r").onChange("AWS::S3::Bucket").build();
        @Override public RuleSpec spec() { return SPEC; }
        @Override public List<Evaluation> evaluate(RuleInput in) {
            ConfigurationItem b = in.item();
            return List.of(b.resourceId().startsWith("bad") ? in.nonCompliant(b, "bad, \"quoted\", name") : in.compliant(b, "ok"));
        }
    }

    static ConfigurationItem bucket(String name) {
        return ConfigurationItemParser.parse("{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"" + name + "\"}");
    }

    ScanResult scan(Map<String, com.google.gson.JsonElement> facts, ExceptionRegister reg, Map<String, Map<String, String>> params) {
        StaticAccountView view = new StaticAccountView("111122223333", "eu-west-1",
                List.of(bucket("good-1"), bucket("bad-1"), bucket("bad-2")), facts, "not in this test world");
        RuleCatalog catalog = RuleCatalog.of(List.of(new BucketRule(), new PolicyExistsRule()));
        return new ScanService().scan(catalog, new ScanService.Request("test", view, reg, id -> params.getOrDefault(id, Map.of()), NOW));
    }

    @Test
    void scan_runsChangeRulesPerItemAndPeriodicRulesOnce_inBaselineOrder() {
        ScanResult r = scan(Map.of("iam.passwordPolicy", JsonParser.parseString("{\"exists\":false}")), ExceptionRegister.empty(), Map.of());
        assertEquals(List.of("policy-exists", "bucket-rule"), r.rules().stream().map(x -> x.spec().id()).toList());
        assertEquals(4, r.results().size());
        ScanResult.Counts c = r.counts();
        assertEquals(1, c.compliant());
        assertEquals(3, c.nonCompliant());
        assertEquals(0, c.errors());
    }

    @Test
    void scan_whenFactMissing_isInsufficientDataNotAPass() {
        ScanResult r = scan(Map.of(), ExceptionRegister.empty(), Map.of());
        RuleResult gap = r.results().stream().filter(x -> x.ruleId().equals("policy-exists")).findFirst().orElseThrow();
        assertEquals(Compliance.INSUFFICIENT_DATA, gap.compliance());
        assertTrue(gap.evaluation().annotation().contains("iam.passwordPolicy"), gap.evaluation().annotation());
        assertEquals(1, r.counts().insufficientData());
    }

    @Test
    void scan_whenParameterBad_isARuleErrorAndOtherRulesStillRun() {
        ScanResult r = scan(Map.of("iam.passwordPolicy", JsonParser.parseString("{\"exists\":true}")), ExceptionRegister.empty(),
                Map.of("policy-exists", Map.of("MinimumPasswordLength", "3")));
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().contains("MinimumPasswordLength=\"3\""), r.errors().get(0).message());
        assertEquals(3, r.results().size());
    }

    @Test
    void scan_countsExceptionsApart() {
        ExceptionRegister reg = ExceptionRegisterParser.parse("""
                exceptions:
                  - {id: EX-1, rules: [bucket-rule], resource: bad-1, reason: r, approver: jane, expires: 2027-01-31}
                """, "t");
        ScanResult r = scan(Map.of("iam.passwordPolicy", JsonParser.parseString("{\"exists\":true}")), reg, Map.of());
        assertEquals(1, r.counts().excepted());
        assertEquals(2, r.counts().compliant());
        assertEquals(1, r.counts().nonCompliant());
    }

    @Test
    void writers_renderEveryResult() throws IOException {
        ScanResult r = scan(Map.of("iam.passwordPolicy", JsonParser.parseString("{\"exists\":false}")), ExceptionRegister.empty(), Map.of());
        StringWriter json = new StringWriter();
        new JsonResultWriter().write(r, json);
        var root = JsonParser.parseString(json.toString()).getAsJsonObject();
        assertEquals("msb-scan/1", root.get("format").getAsString());
        assertEquals(4, root.getAsJsonArray("results").size());
        assertEquals(3, root.getAsJsonObject("summary").get("nonCompliant").getAsInt());

        StringWriter csv = new StringWriter();
        new CsvResultWriter().write(r, csv);
        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.toString())).getRecords();
        assertEquals(4, records.size());
        assertTrue(records.stream().anyMatch(x -> x.get("annotation").equals("bad, \"quoted\", name")), csv.toString());

        StringWriter text = new StringWriter();
        new TextResultWriter().write(r, text);
        assertTrue(text.toString().contains("Non-compliant (3):"), text.toString());
        assertTrue(text.toString().contains("AWS::S3::Bucket bad-2"), text.toString());
    }

    /** A view whose fact reads fail the way a live read does. */
    static org.msb.account.AccountView failingView(org.msb.internal.live.AwsReadException.Kind kind) {
        return new org.msb.account.AccountView() {
            @Override public String accountId() { return "111122223333"; }
            @Override public String region() { return "eu-west-1"; }
            @Override public List<ConfigurationItem> items(String type) { return List.of(); }
            @Override public <T> T fact(org.msb.fact.Fact<T> fact) {
                throw new org.msb.internal.live.AwsReadException(kind, "IAM", "GetAccountPasswordPolicy", null,
                        "iam:GetAccountPasswordPolicy", "IAM GetAccountPasswordPolicy failed (" + kind + ")", null);
            }
        };
    }

    @Test
    void scan_whenTheEndpointDoesNotServeACall_isInsufficientDataAsInACapture_butDeniedIsAnError() {
        RuleCatalog catalog = RuleCatalog.of(List.of(new PolicyExistsRule()));
        ScanResult notServed = new ScanService().scan(catalog, new ScanService.Request("emulator",
                failingView(org.msb.internal.live.AwsReadException.Kind.NOT_SERVED), ExceptionRegister.empty(), id -> Map.of(), NOW));
        assertEquals(List.of(Compliance.INSUFFICIENT_DATA), notServed.results().stream().map(RuleResult::compliance).toList());
        assertTrue(notServed.results().get(0).evaluation().annotation().contains("NOT_SERVED"));
        assertTrue(notServed.errors().isEmpty());

        ScanResult denied = new ScanService().scan(catalog, new ScanService.Request("live",
                failingView(org.msb.internal.live.AwsReadException.Kind.ACCESS_DENIED), ExceptionRegister.empty(), id -> Map.of(), NOW));
        assertTrue(denied.results().isEmpty(), "a denied read is never a verdict");
        assertEquals(1, denied.errors().size());
    }

    /** Throws from evaluate, as a rule with a bug would. */
    static final class BrokenRule implements Rule {
        static final RuleSpec SPEC = RuleSpec.builder("broken-rule", "DET-5").title("Broken").baseline("b").description("d")
                .remediation("r").onChange("AWS::S3::Bucket").build();
        @Override public RuleSpec spec() { return SPEC; }
        @Override public List<Evaluation> evaluate(RuleInput in) { throw new IllegalStateException("bug in " + in.item().resourceId()); }
    }

    @Test
    void scan_withRulesSideBySide_givesTheSameResultsAndErrorsInTheSameOrder() {
        org.msb.internal.world.World demo = org.msb.cli.DemoAccount.load();
        List<Rule> rules = new java.util.ArrayList<>(RuleCatalog.load().rules());
        rules.add(new BrokenRule());
        RuleCatalog catalog = RuleCatalog.of(rules);
        ScanService.Request req = new ScanService.Request("demo", demo.account(), demo.register(), demo::parametersFor, demo.capturedAt());

        ScanResult one = new ScanService().scan(catalog, req);
        ScanResult four = new ScanService(4).scan(catalog, req);

        assertTrue(one.results().size() > 100, "the demo account gives results: " + one.results().size());
        assertEquals(one.results(), four.results());
        assertEquals(one.errors(), four.errors());
        assertEquals(List.of("broken-rule"), four.errors().stream().map(RuleError::ruleId).toList());
        assertTrue(four.errors().get(0).message().contains("internal error in rule broken-rule"), four.errors().get(0).message());
    }
}
