package org.msb.fact.loader;

import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the credential report's CSV (already base64-decoded by the SDK) into a {@link CredentialReport}.
 * Columns are found by their header names, so a report with more columns (AWS has added some) still reads;
 * one without a column the rules need is an error naming it.
 */
public final class CredentialReportParser {
    /** The columns the IAM rules read; the others are kept when present. */
    static final List<String> REQUIRED = List.of("user", "arn", "user_creation_time", "password_enabled", "password_last_used",
            "password_last_changed", "mfa_active", "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date");

    private CredentialReportParser() {}

    /**
     * @throws IllegalArgumentException when the text is not CSV, lacks a required column, or a date or flag
     *                                  column holds something that is neither a value nor N/A-like
     */
    public static CredentialReport parse(String csv, String generatedTime) {
        CsvTable table = CsvTable.parse(csv);
        Set<String> missing = new TreeSet<>(REQUIRED);
        table.header().forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the credential report lacks the column(s) " + String.join(", ", missing)
                    + " (its header: " + String.join(",", table.header()) + ")");
        }
        List<CredentialReportRow> rows = new ArrayList<>();
        for (Map<String, String> r : table.rows()) {
            CredentialReportRow row = new CredentialReportRow(r.get("user"), r.get("arn"), r.get("user_creation_time"),
                    r.get("password_enabled"), r.get("password_last_used"), r.get("password_last_changed"),
                    r.get("password_next_rotation"), r.get("mfa_active"),
                    r.get("access_key_1_active"), r.get("access_key_1_last_rotated"), r.get("access_key_1_last_used_date"),
                    r.get("access_key_1_last_used_region"), r.get("access_key_1_last_used_service"),
                    r.get("access_key_2_active"), r.get("access_key_2_last_rotated"), r.get("access_key_2_last_used_date"),
                    r.get("access_key_2_last_used_region"), r.get("access_key_2_last_used_service"),
                    r.get("cert_1_active"), r.get("cert_1_last_rotated"), r.get("cert_2_active"), r.get("cert_2_last_rotated"));
            validate(row);
            rows.add(row);
        }
        return new CredentialReport(generatedTime, rows);
    }

    /** Reads every typed column once, so a broken value fails the load rather than a rule later. */
    private static void validate(CredentialReportRow row) {
        try {
            row.passwordEnabledFlag();
            row.hasMfa();
            row.createdAt();
            row.passwordLastUsedAt();
            row.passwordLastChangedAt();
            row.accessKeys();
            row.hasActiveCertificate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
