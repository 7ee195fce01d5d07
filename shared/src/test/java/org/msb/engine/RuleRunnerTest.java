package org.msb.engine;

import org.junit.jupiter.api.Test;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RuleRunnerTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** Fails every bucket whose name contains "bad", with a long annotation for "long". */
    static final class BucketNameRule implements Rule {
        static final RuleSpec SPEC = RuleSpec.builder("bucket-name", "DP-6").title("t").baseline("b").description("d")
                .remediation("r").onChange("AWS::S3::Bucket").periodic().global().build();

        @Override public RuleSpec spec() { return SPEC; }

        @Override public List<Evaluation> evaluate(RuleInput in) {
            List<Evaluation> out = new ArrayList<>();
            for (ConfigurationItem b : in.subjects("AWS::S3::Bucket")) {
                String n = b.resourceId();
                out.add(n.contains("bad") ? in.nonCompliant(b, n.contains("long") ? "x".repeat(400) : "bucket " + n + " is bad")
                        : in.compliant(b, "bucket " + n + " is fine"));
            }
            return out;
        }
    }

    static ConfigurationItem bucket(String name, String status, String tagsJson) {
        return ConfigurationItemParser.parse("{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"" + name + "\",\"ARN\":\"arn:aws:s3:::" + name
                + "\",\"configurationItemStatus\":\"" + status + "\",\"configurationItemCaptureTime\":\"2026-11-29T10:00:00Z\",\"tags\":" + tagsJson + "}");
    }

    static RuleRunner.Context ctx(List<ConfigurationItem> items, ExceptionRegister register, Map<String, String> params) {
        StaticAccountView view = new StaticAccountView("111122223333", "eu-west-1", items, Map.of(), "none");
        return new RuleRunner.Context(view, register, NOW, ParameterValidator.validate(BucketNameRule.SPEC, params));
    }

    final RuleRunner runner = new RuleRunner(new BucketNameRule());

    @Test
    void change_whenDeletedOrLeftScope_isNotApplicable() {
        var deleted = runner.change(bucket("bad-1", "ResourceDeleted", "{}"), false, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        assertEquals(Compliance.NOT_APPLICABLE, deleted.get(0).compliance());
        assertEquals("The resource is deleted.", deleted.get(0).evaluation().annotation());
        var left = runner.change(bucket("bad-1", "OK", "{}"), true, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        assertEquals(Compliance.NOT_APPLICABLE, left.get(0).compliance());
    }

    @Test
    void change_orderingTimestampIsTheCaptureTime() {
        var r = runner.change(bucket("ok-1", "OK", "{}"), false, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        assertEquals(Instant.parse("2026-11-29T10:00:00Z"), r.get(0).evaluation().orderingTimestamp());
        assertEquals(Compliance.COMPLIANT, r.get(0).compliance());
    }

    @Test
    void periodic_whenOutsideHomeRegion_returnsNothing() {
        var items = List.of(bucket("bad-1", "OK", "{}"));
        assertTrue(runner.periodic(NOW, ctx(items, ExceptionRegister.empty(), Map.of("HomeRegion", "us-east-1"))).isEmpty());
        assertEquals(1, runner.periodic(NOW, ctx(items, ExceptionRegister.empty(), Map.of("HomeRegion", "eu-west-1"))).size());
    }

    @Test
    void exceptions_validExpiredAndAttestation() {
        ExceptionRegister reg = ExceptionRegisterParser.parse("""
                exceptions:
                  - {id: EX-1, rules: [bucket-name], resource: bad-valid, reason: r, approver: jane, expires: 2027-01-31}
                  - {id: EX-2, rules: [bucket-name], resource: "arn:aws:s3:::bad-expired", reason: r, approver: joe, expires: 2026-11-01}
                  - {id: EX-3, rules: ["*"], resource: bad-unattested, reason: r, approver: ann, expires: 2027-01-31,
                     attestation: {intervalDays: 30, last: 2026-09-01}}
                """, "t");
        var items = List.of(bucket("bad-valid", "OK", "{}"), bucket("bad-expired", "OK", "{}"), bucket("bad-unattested", "OK", "{}"),
                bucket("bad-none", "OK", "{}"));
        Map<String, org.msb.engine.RuleResult> by = new java.util.HashMap<>();
        for (var r : runner.periodic(NOW, ctx(items, reg, Map.of()))) by.put(r.evaluation().resourceId(), r);

        assertEquals(Compliance.COMPLIANT, by.get("bad-valid").compliance());
        assertTrue(by.get("bad-valid").compliantByException());
        assertEquals("Excepted by EX-1 (approved by jane, valid until 2027-01-31): bucket bad-valid is bad", by.get("bad-valid").evaluation().annotation());

        assertEquals(Compliance.NON_COMPLIANT, by.get("bad-expired").compliance());
        assertEquals(ExceptionStatus.EXPIRED, by.get("bad-expired").exception().status());
        assertTrue(by.get("bad-expired").evaluation().annotation().startsWith("Exception EX-2 expired on 2026-11-01"));

        assertEquals(Compliance.NON_COMPLIANT, by.get("bad-unattested").compliance());
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, by.get("bad-unattested").exception().status());

        assertEquals(Compliance.NON_COMPLIANT, by.get("bad-none").compliance());
        assertNull(by.get("bad-none").exception());
    }

    @Test
    void exceptions_fromTags_andMalformedTagIsReportedNotHonoured() {
        var ok = runner.change(bucket("bad-tagged", "OK", "{\"msb:exception:bucket-name\":\"2027-01-31 jane@example.com Public website\"}"),
                false, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        assertEquals(Compliance.COMPLIANT, ok.get(0).compliance());
        assertEquals("tag", ok.get(0).exception().source());
        var bad = runner.change(bucket("bad-tagged", "OK", "{\"msb:exception\":\"soon jane reason\"}"),
                false, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        assertEquals(Compliance.NON_COMPLIANT, bad.get(0).compliance());
        assertTrue(bad.get(0).evaluation().annotation().contains("exception tag msb:exception"), bad.get(0).evaluation().annotation());
    }

    @Test
    void annotations_areLimitedTo256() {
        var r = runner.change(bucket("bad-long", "OK", "{}"), false, NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of()));
        String a = r.get(0).evaluation().annotation();
        assertEquals(256, a.length());
        assertTrue(a.endsWith(" [truncated]"));
    }

    @Test
    void readsThatAreNotDeclared_areRefused() {
        Rule sneaky = new Rule() {
            @Override public RuleSpec spec() { return BucketNameRule.SPEC; }
            @Override public List<Evaluation> evaluate(RuleInput in) { in.items("AWS::IAM::User"); return List.of(); }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleRunner(sneaky).periodic(NOW, ctx(List.of(), ExceptionRegister.empty(), Map.of())));
        assertTrue(e.getMessage().contains("does not declare"), e.getMessage());
    }

    /** Fails every bucket; its exceptions count only when attested within maxAgeDays (as DP-7's do). */
    static final class AttestedOnlyRule implements Rule {
        static final RuleSpec SPEC = RuleSpec.builder("attested-only", "DP-7").title("t").baseline("b").description("d")
                .remediation("r").onChange("AWS::S3::Bucket").periodic()
                .param(org.msb.rule.ParameterSpec.integer("maxAgeDays", 30, 1, 365, "days"))
                .exceptionsNeedAttestation("maxAgeDays").build();

        @Override public RuleSpec spec() { return SPEC; }

        @Override public List<Evaluation> evaluate(RuleInput in) {
            return in.subjects("AWS::S3::Bucket").stream().map(b -> in.nonCompliant(b, "public")).toList();
        }
    }

    @Test
    void exceptionsNeedAttestation_countOnlyFreshlyAttestedEntries() {
        ExceptionRegister register = ExceptionRegisterParser.parse("""
                exceptions:
                  - {id: EX-FRESH, rules: [attested-only], resource: fresh, reason: r, approver: a@example.com, expires: 2027-06-30,
                     attestation: {last: 2026-11-20, by: a@example.com}}
                  - {id: EX-STALE, rules: [attested-only], resource: stale, reason: r, approver: a@example.com, expires: 2027-06-30,
                     attestation: {intervalDays: 90, last: 2026-09-01, by: a@example.com}}
                  - {id: EX-NEVER, rules: [attested-only], resource: never, reason: r, approver: a@example.com, expires: 2027-06-30}
                """, "test");
        RuleRunner attested = new RuleRunner(new AttestedOnlyRule());
        java.util.function.Function<ConfigurationItem, RuleResult> run = b -> attested.change(b, false, NOW,
                new RuleRunner.Context(new StaticAccountView("111122223333", "eu-west-1", List.of(b), Map.of(), "none"), register, NOW,
                        ParameterValidator.validate(AttestedOnlyRule.SPEC, Map.of()))).get(0);

        RuleResult fresh = run.apply(bucket("fresh", "OK", "{}"));
        assertEquals(Compliance.COMPLIANT, fresh.compliance());
        assertEquals(java.time.LocalDate.parse("2026-12-20"), fresh.exception().validUntil(), "attestation + 30 days, before expiry");
        assertTrue(fresh.evaluation().annotation().contains("valid until 2026-12-20"), fresh.evaluation().annotation());

        RuleResult stale = run.apply(bucket("stale", "OK", "{}"));
        assertEquals(Compliance.NON_COMPLIANT, stale.compliance(), "its own 90-day interval is longer than the rule allows");
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, stale.exception().status());
        assertTrue(stale.evaluation().annotation().startsWith("Exception EX-STALE needs attestation every 30 days, last 2026-09-01"),
                stale.evaluation().annotation());

        RuleResult never = run.apply(bucket("never", "OK", "{}"));
        assertEquals(Compliance.NON_COMPLIANT, never.compliance());
        assertTrue(never.evaluation().annotation().contains("last never"), never.evaluation().annotation());

        RuleResult tag = run.apply(bucket("tagged", "OK", "{\"msb:exception:attested-only\": \"2027-01-31 jane@example.com CDN origin\"}"));
        assertEquals(Compliance.NON_COMPLIANT, tag.compliance(), "a tag cannot carry an attestation");
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, tag.exception().status());
    }

    @Test
    void exceptionsNeedAttestation_mustNameAnIntParameter() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleSpec.builder("x", "DP-7").title("t").baseline("b")
                .description("d").remediation("r").periodic().exceptionsNeedAttestation("maxAgeDays").build());
        assertTrue(e.getMessage().contains("maxAgeDays"), e.getMessage());
    }
}
