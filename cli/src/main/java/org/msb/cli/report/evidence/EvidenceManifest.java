package org.msb.cli.report.evidence;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.cli.report.InvalidReportInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code manifest.json} of an evidence directory ("msb-evidence/1"): every other file's path (relative,
 * '/'-separated), size and SHA-256, so an auditor can check that nothing was changed, added or removed.
 */
public record EvidenceManifest(Instant createdAt, List<Entry> files) {
    public static final String FORMAT = "msb-evidence/1";
    public static final String FILE_NAME = "manifest.json";

    public record Entry(String path, long bytes, String sha256) {}

    public EvidenceManifest { files = List.copyOf(files); }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("createdAt", createdAt.toString());
        root.addProperty("algorithm", "SHA-256");
        JsonArray a = new JsonArray();
        for (Entry e : files) {
            JsonObject o = new JsonObject();
            o.addProperty("path", e.path());
            o.addProperty("bytes", e.bytes());
            o.addProperty("sha256", e.sha256());
            a.add(o);
        }
        root.add("files", a);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    public static EvidenceManifest read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
                throw new InvalidReportInputException(file + ": not an evidence manifest (expected \"format\": \"" + FORMAT + "\")");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("files")) {
                JsonObject o = e.getAsJsonObject();
                entries.add(new Entry(o.get("path").getAsString(), o.get("bytes").getAsLong(), o.get("sha256").getAsString()));
            }
            return new EvidenceManifest(Instant.parse(root.get("createdAt").getAsString()), entries);
        } catch (NoSuchFileException e) {
            throw new InvalidReportInputException(file + ": missing: not an evidence directory, or its manifest was removed");
        } catch (IOException e) {
            throw new InvalidReportInputException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException | DateTimeParseException e) {
            throw new InvalidReportInputException(file + ": malformed manifest: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a file, as lowercase hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
