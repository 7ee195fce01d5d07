package org.msb.fuzz;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The seed documents the structured fuzz targets mutate, read once from {@code org/msb/fuzz/seeds/<kind>/} on the
 * test class path (copies, so the tests never read {@code ../shared}). Files that are not JSON (two upstream
 * samples are not) are left to the raw-bytes targets.
 */
public final class Seeds {
    private static final Map<String, List<JsonElement>> CACHE = new ConcurrentHashMap<>();

    private Seeds() {}

    /** The JSON seeds of one kind: items, events, policies, registers, worlds. */
    public static List<JsonElement> json(String kind) {
        return CACHE.computeIfAbsent(kind, Seeds::load);
    }

    /** The raw bytes of every seed file of one kind, in name order. */
    public static List<byte[]> bytes(String kind) {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(kind)) {
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<Path> files(String kind) {
        URL url = Seeds.class.getResource("/org/msb/fuzz/seeds/" + kind);
        if (url == null) throw new IllegalStateException("no seeds of kind " + kind + " on the test class path");
        try (Stream<Path> s = Files.list(directory(url.toURI()))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The seeds' folder: on disk when the tests run from target/test-classes, inside the shared test-jar when
     * another module's tests (cli, after {@code mvn verify} packaged shared) read them; that jar's file system is
     * opened once and kept, as the seed paths are read later.
     */
    private static synchronized Path directory(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) return Path.of(uri);
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpen) {
            FileSystems.newFileSystem(uri, Map.of());
        }
        return Path.of(uri);
    }

    private static List<JsonElement> load(String kind) {
        List<JsonElement> out = new ArrayList<>();
        for (Path p : files(kind)) {
            if (!p.toString().endsWith(".json")) continue;
            try {
                out.add(JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8)));
            } catch (JsonParseException | IOException notJson) {
                // the raw targets get it
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no JSON seeds of kind " + kind);
        return List.copyOf(out);
    }
}
