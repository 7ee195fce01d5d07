package org.msb.cli.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One object to put in the artifact buckets: its key, its bytes and their SHA-256 (kept as object metadata). */
public record Artifact(String key, byte[] content, String sha256) {
    public static Artifact of(String key, byte[] content) { return new Artifact(key, content, sha256(content)); }

    public static Artifact of(String key, String text) { return of(key, text.getBytes(StandardCharsets.UTF_8)); }

    public String text() { return new String(content, StandardCharsets.UTF_8); }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
