package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.FactUnavailableException;
import org.msb.fact.Facts;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.rule.RuleSpec;
import org.msb.testkit.AwsStubServer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A capture with a denied fact records the gap (offline: INSUFFICIENT_DATA); a throttled one stops. */
class AccountCaptureStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();
    static final List<RuleSpec> RULES = List.of(RuleSpec.builder("password-policy", "IAM-3").title("t").baseline("b")
            .description("d").remediation("r").periodic().reads(Facts.PASSWORD_POLICY).build());

    @Test
    void capture_whenFactDenied_recordsItAsMissingAndReportsIt() {
        AWS.stubFor(StubAws.query("GetAccountPasswordPolicy").willReturn(StubAws.xml(403, "iam-access-denied.xml")));
        List<String> progress = new ArrayList<>();

        AccountCapture.Result r = new AccountCapture(new LiveAccountView(AWS.clients(), "123456789012"), Clock.systemUTC(), progress::add)
                .capture(RULES, null);

        assertEquals(List.of(), r.facts());
        assertEquals("iam.passwordPolicy", r.missing().get(0).what());
        assertTrue(r.warnings().get(0).contains("iam:GetAccountPasswordPolicy"), r.warnings().toString());
        assertTrue(progress.get(0).startsWith("fact iam.passwordPolicy: NOT CAPTURED - IAM GetAccountPasswordPolicy failed: AccessDenied"),
                progress.toString());
        World world = WorldReader.fromJson(r.world(), "captured");
        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> world.account().fact(Facts.PASSWORD_POLICY));
        assertTrue(e.getMessage().contains("not captured: IAM GetAccountPasswordPolicy failed: AccessDenied"), e.getMessage());
    }

    @Test
    void capture_whenThrottled_stops() {
        AWS.stubFor(StubAws.query("GetAccountPasswordPolicy").willReturn(StubAws.xml(400, "iam-throttling.xml")));

        AwsReadException e = assertThrows(AwsReadException.class,
                () -> new AccountCapture(new LiveAccountView(AWS.clients(), "123456789012"), Clock.systemUTC(), null).capture(RULES, null));

        assertEquals(AwsReadException.Kind.THROTTLED, e.kind());
    }
}
