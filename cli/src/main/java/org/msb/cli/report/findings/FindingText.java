package org.msb.cli.report.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Text cut to a format's limits, and finding ids that stay the same from run to run. */
final class FindingText {
    private static final String CUT = " [truncated]";

    private FindingText() {}

    /** At most {@code max} characters; longer text is cut and marked, never split inside a surrogate pair. */
    static String limit(String text, int max) {
        if (text == null || text.length() <= max) return text;
        int cut = max - CUT.length();
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut) + CUT;
    }

    /**
     * A stable id from account, region, rule and resource: readable while it fits {@code max}; otherwise the
     * readable start and a SHA-256 of the whole, so two long resource ids never share a finding.
     */
    static String stableId(int max, String... parts) {
        String full = String.join("/", parts);
        if (full.length() <= max) return full;
        String hash = sha256(full);
        return full.substring(0, max - hash.length() - 1) + "#" + hash;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The partition of a region: aws-cn for cn-*, aws-us-gov for us-gov-*, aws otherwise. */
    static String partition(String region) {
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        return "aws";
    }
}
