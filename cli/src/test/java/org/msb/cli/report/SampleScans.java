package org.msb.cli.report;

import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Two hand-made scans with known answers, over two real rules: s3-access-logging (DET-4) and
 * password-policy (IAM-3).
 *
 * Account 111111111111: DET-4 3 compliant, 1 non-compliant, 1 by exception EX-1 (valid, ends in 10 days),
 * 1 not applicable; IAM-3 could not be evaluated (ERROR).
 * Account 222222222222: DET-4 1 non-compliant whose exception EX-2 expired; IAM-3 2 compliant, 1 insufficient data.
 *
 * Hand-computed scores (compliant / (compliant + non-compliant)): DET-4 3/5 = 60.0%; IAM-3 2/2 = 100.0%;
 * account 1: 3/4 = 75.0%; account 2: 2/3 = 66.7%; overall 5/7 = 71.4%.
 */
final class SampleScans {
    static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");
    static final String S3 = "s3-access-logging", PW = "password-policy";

    static List<Rule> rules() { return RuleCatalog.load().select(List.of(S3, PW)).rules(); }

    static ScanResult account1() {
        return new ScanResult("sample one", "111111111111", "eu-west-1", AT, rules(), List.of(
                r(S3, "DET-4", "b-ok-1", Compliance.COMPLIANT, null, null),
                r(S3, "DET-4", "b-ok-2", Compliance.COMPLIANT, null, null),
                r(S3, "DET-4", "b-ok-3", Compliance.COMPLIANT, null, null),
                r(S3, "DET-4", "b-bad", Compliance.NON_COMPLIANT, "server access logging is off", null),
                r(S3, "DET-4", "b-public", Compliance.COMPLIANT, "excepted",
                        new AppliedException("EX-1", ExceptionStatus.VALID, "ciso@example.com", "public assets",
                                LocalDate.parse("2026-12-10"), "register.yaml")),
                r(S3, "DET-4", "b-logs", Compliance.NOT_APPLICABLE, "this is the log bucket", null)),
                List.of(new RuleError(PW, "IAM-3", "AWS call failed: AccessDenied")));
    }

    static ScanResult account2() {
        return new ScanResult("sample two", "222222222222", "eu-west-1", AT, rules(), List.of(
                r(S3, "DET-4", "c-bad", Compliance.NON_COMPLIANT, "no <logging> & no luck",
                        new AppliedException("EX-2", ExceptionStatus.EXPIRED, "cto@example.com", "migration",
                                LocalDate.parse("2026-11-01"), "register.yaml")),
                r(PW, "IAM-3", "222222222222", Compliance.COMPLIANT, null, null),
                r(PW, "IAM-3", "222222222222-b", Compliance.COMPLIANT, null, null),
                r(PW, "IAM-3", "222222222222-c", Compliance.INSUFFICIENT_DATA, "fact PasswordPolicy missing", null)),
                List.of());
    }

    static RuleResult r(String rule, String control, String id, Compliance c, String annotation, AppliedException ex) {
        String type = rule.equals(S3) ? "AWS::S3::Bucket" : Evaluation.ACCOUNT_TYPE;
        return new RuleResult(rule, control, new Evaluation(type, id, c, annotation, AT), ex);
    }

    private SampleScans() {}
}
