package org.msb.fact;

import org.msb.error.InvalidWorldException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IAM credential report ({@code iam:GenerateCredentialReport}, {@code iam:GetCredentialReport}): one
 * row per IAM user plus the {@code <root_account>} row, every column kept as the text AWS wrote, so
 * {@code N/A}, {@code no_information} and {@code not_supported} stay values rather than errors. The typed
 * readers of {@link CredentialReportRow} interpret them.
 *
 * @param generatedTime when AWS generated the report (ISO-8601); a report is up to four hours old, so users
 *                      created after it are not in it
 */
public record CredentialReport(String generatedTime, List<CredentialReportRow> rows) {
    /** The user name AWS gives the root user's row. */
    public static final String ROOT = "<root_account>";
    /** Column values that mean "no date": no key, never used, not tracked, not applicable to root. */
    public static final Set<String> NO_DATE = Set.of("N/A", "no_information", "not_supported", "");

    public CredentialReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The row of an IAM user by name (IAM user names are case-insensitively unique). */
    public Optional<CredentialReportRow> user(String userName) {
        return rows.stream().filter(r -> !r.isRoot() && r.user().equalsIgnoreCase(userName)).findFirst();
    }

    /** The root user's row; empty when the report has none (emulators omit it). */
    public Optional<CredentialReportRow> root() { return rows.stream().filter(CredentialReportRow::isRoot).findFirst(); }

    /** The IAM users' rows (root excluded). */
    public List<CredentialReportRow> users() { return rows.stream().filter(r -> !r.isRoot()).toList(); }

    public Instant generatedAt() { return time("generatedTime", "report", generatedTime); }

    /**
     * A date column: null for {@link #NO_DATE} values, else the instant. Anything else is a broken report.
     *
     * @throws InvalidWorldException naming the row and column
     */
    static Instant time(String column, String row, String value) {
        if (value == null || NO_DATE.contains(value.trim())) return null;
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e2) {
                throw new InvalidWorldException("credential report, row " + row + ": " + column + " \"" + value
                        + "\" is neither a date nor N/A, no_information or not_supported");
            }
        }
    }
}
