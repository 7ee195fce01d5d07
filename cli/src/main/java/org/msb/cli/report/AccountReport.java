package org.msb.cli.report;

import java.time.Instant;

/** One scanned account (and region): where the results came from, when, and its score. */
public record AccountReport(AccountKey key, String source, Instant evaluatedAt, int rules, Tally tally) {}
