package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** The credential report's columns and its non-date values (N/A, no_information, not_supported). */
class CredentialReportParserTest {

    static String sample() throws IOException {
        try (InputStream in = CredentialReportParserTest.class.getResourceAsStream("/iam/credential-report.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parse_realColumnsAndSentinelValues() throws IOException {
        CredentialReport r = CredentialReportParser.parse(sample(), "2026-11-30T06:00:00Z");

        assertEquals(Instant.parse("2026-11-30T06:00:00Z"), r.generatedAt());
        assertEquals(3, r.users().size());
        CredentialReportRow root = r.root().orElseThrow();
        assertTrue(root.isRoot());
        assertNull(root.passwordEnabledFlag(), "not_supported for root: AWS does not say");
        assertTrue(root.hasMfa());
        assertTrue(root.activeAccessKeys().isEmpty());
        assertNull(root.passwordLastChangedAt());
        assertEquals(Instant.parse("2026-10-02T07:41:03Z"), root.passwordLastUsedAt());

        CredentialReportRow jane = r.user("JANE.DOE").orElseThrow();
        assertTrue(jane.hasPassword());
        assertTrue(jane.hasMfa());
        assertEquals(Instant.parse("2026-11-28T16:20:45Z"), jane.passwordLastUsedAt());

        CredentialReportRow ci = r.user("ci-deploy").orElseThrow();
        assertFalse(ci.hasPassword());
        assertNull(ci.passwordLastUsedAt(), "N/A: no password");
        assertEquals(2, ci.activeAccessKeys().size());
        CredentialReportRow.AccessKey k1 = ci.accessKeys().get(0), k2 = ci.accessKeys().get(1);
        assertEquals(Instant.parse("2025-02-03T09:30:00Z"), k1.lastRotated());
        assertEquals(Instant.parse("2026-11-29T23:59:01Z"), k1.lastUsed());
        assertTrue(k2.neverUsed());
        assertEquals("N/A", k2.lastUsedRaw());

        CredentialReportRow legacy = r.user("legacy-report").orElseThrow();
        assertTrue(legacy.hasPassword());
        assertNull(legacy.passwordLastUsedAt(), "no_information: never used since IAM tracked it");
        assertFalse(legacy.accessKeys().get(0).active());
        assertEquals(Instant.parse("2019-01-01T00:00:00Z"), legacy.accessKeys().get(0).lastUsed(), "an inactive key keeps its dates");
    }

    @Test
    void parse_whenARequiredColumnIsMissing_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CredentialReportParser.parse("user,arn,mfa_active\nx,arn:aws:iam::1:user/x,false\n", null));
        assertTrue(e.getMessage().startsWith("the credential report lacks the column(s) access_key_1_active, access_key_1_last_rotated"), e.getMessage());
    }

    @Test
    void parse_whenADateColumnHoldsSomethingElse_namesRowAndColumn() throws IOException {
        String broken = sample().replace("2022-01-10T12:00:00+00:00", "yesterday");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialReportParser.parse(broken, null));
        assertEquals("credential report, row ci-deploy: user_creation_time \"yesterday\" is neither a date nor N/A, no_information or not_supported",
                e.getMessage());
    }

    @Test
    void parse_extraColumnsAreIgnored() {
        String header = String.join(",", CredentialReportParser.REQUIRED) + ",some_future_column";
        String row = "x,arn:aws:iam::1:user/x,2020-01-01T00:00:00+00:00,false,N/A,N/A,false,false,N/A,N/A,false,N/A,N/A,whatever";
        CredentialReport r = CredentialReportParser.parse(header + "\n" + row + "\n", null);
        assertFalse(r.user("x").orElseThrow().hasPassword());
        assertNull(r.generatedTime());
    }
}
