package org.msb.register;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which resources an entry's glob covers: {@code *} any run, {@code ?} one character, case-sensitive, whole value. */
class ExceptionEntryTest {
    @Test
    void glob_matchesTheWholeValue_withStarsAndQuestionMarks() {
        assertTrue(ExceptionEntry.globMatches("arn:aws:s3:::logs-*", "arn:aws:s3:::logs-2026"));
        assertTrue(ExceptionEntry.globMatches("arn:aws:s3:::logs-*", "arn:aws:s3:::logs-"));
        assertTrue(ExceptionEntry.globMatches("*", ""));
        assertTrue(ExceptionEntry.globMatches("i-0?3", "i-0a3"));
        assertTrue(ExceptionEntry.globMatches("*-web-*", "shop-web-eu"));
        assertTrue(ExceptionEntry.globMatches("a*b*c", "axxbyybzc"));
        assertFalse(ExceptionEntry.globMatches("arn:aws:s3:::logs-*", "arn:aws:s3:::other"));
        assertFalse(ExceptionEntry.globMatches("i-0?3", "i-0ab3"), "? is exactly one character");
        assertFalse(ExceptionEntry.globMatches("logs", "logs-2026"), "the whole value, not a prefix");
        assertFalse(ExceptionEntry.globMatches("Logs-*", "logs-2026"), "case-sensitive, as ARNs are");
        assertFalse(ExceptionEntry.globMatches("a*b*c", "axxbyyb"));
        assertFalse(ExceptionEntry.globMatches("?", ""));
    }

    @Test
    void glob_ofManyStars_answersWithoutBacktrackingForever() {
        // the fuzzer's input (ExceptionRegisterFuzzTestInputs/parseText/many-stars-glob): the regex this replaced
        // backtracked exponentially on it; the greedy match takes at most glob x value steps
        String glob = "arn" + "*".repeat(80) + ":aws:s3:::*";
        assertFalse(ExceptionEntry.globMatches(glob, "bucket-1" + "x".repeat(5_000)));
        assertTrue(ExceptionEntry.globMatches(glob, "arn:aws:s3:::bucket-1"));
    }

    @Test
    void appliesTo_comparesTheGlobWithTheResourceIdOrItsArn() {
        ExceptionEntry e = new ExceptionEntry("EX-1", List.of("*"), "arn:aws:s3:::logs-*", null, "r", "a",
                LocalDate.of(2027, 1, 1), null, null, null, "register");
        assertTrue(e.appliesTo("s3-access-logging", "111122223333", "logs-1", "arn:aws:s3:::logs-1"));
        assertFalse(e.appliesTo("s3-access-logging", "111122223333", "web-1", "arn:aws:s3:::web-1"));
        assertFalse(e.appliesTo("s3-access-logging", "111122223333", "logs-1", null), "the id alone does not match an ARN glob");
    }
}
