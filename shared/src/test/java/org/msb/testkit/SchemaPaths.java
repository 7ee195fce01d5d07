package org.msb.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that a fixture item only uses property paths that AWS Config really records: those in the
 * resource schema ({@code config-resource-schema}) or in a real example item of the same type. A fixture
 * with an invented path would let a rule pass tests on a shape AWS never produces.
 */
public final class SchemaPaths {
    private static final Map<String, Set<String>> KNOWN = new HashMap<>();
    private static Map<String, Set<String>> examplePaths;
    /**
     * Paths Config records that neither the schema (it lists only queryable properties) nor an example shows:
     * the inline policy documents of roles and groups (the aws-config-rdk samples have empty lists; users'
     * userPolicyList[].policyDocument, of the same shape, is in AWS_IAM_User.json; MANAGED-RULES-MAP.md IAM-7).
     */
    private static final Map<String, Set<String>> RECORDED_UNINDEXED = Map.of(
            "AWS::IAM::Role", Set.of("configuration.rolePolicyList.policyDocument"),
            "AWS::IAM::Group", Set.of("configuration.groupPolicyList.policyDocument"));

    private SchemaPaths() {}

    /** Property paths of the item that neither the schema nor an example item of its type knows. */
    public static synchronized Set<String> unknownPaths(ConfigurationItem item) {
        Set<String> known = known(item.resourceType());
        // the SSM compliance and inventory types record free-form content keyed by patch or association ids; their
        // schema lists no configuration path at all, so there is nothing to check the configuration against
        boolean describesConfiguration = known.stream().anyMatch(k -> k.startsWith("configuration."));
        Set<String> unknown = new TreeSet<>();
        for (String p : paths(item)) {
            if (!describesConfiguration && p.startsWith("configuration")) continue;
            if (!isKnown(p, known)) unknown.add(p);
        }
        return unknown;
    }

    /** True when the schema or the examples describe this type at all. */
    public static synchronized boolean hasSchema(String resourceType) { return !known(resourceType).isEmpty(); }

    static boolean isKnown(String path, Set<String> known) {
        if (known.contains(path)) return true;
        String prefix = path + ".";
        for (String k : known) if (k.startsWith(prefix)) return true;
        return false;
    }

    static Set<String> paths(ConfigurationItem item) {
        Set<String> out = new TreeSet<>();
        flatten("configuration", item.configuration(), out);
        item.supplementaryConfiguration().forEach((k, v) -> flatten("supplementaryConfiguration." + k, v, out));
        return out;
    }

    private static void flatten(String prefix, Node n, Set<String> out) {
        if (n.isObject()) {
            if (n.fields().isEmpty()) out.add(prefix);
            n.fields().forEach((k, v) -> flatten(prefix + "." + k, v, out));
        } else if (n.isArray()) {
            if (n.list().isEmpty()) out.add(prefix);
            for (Node e : n.list()) flatten(prefix, e, out);
        } else {
            out.add(prefix);
        }
    }

    private static Set<String> known(String type) {
        return KNOWN.computeIfAbsent(type, t -> {
            Set<String> s = new HashSet<>();
            Path schema = Reference.schema(t);
            if (Files.exists(schema)) {
                try {
                    JsonObject o = JsonParser.parseString(Files.readString(schema)).getAsJsonObject();
                    s.addAll(o.keySet());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            s.addAll(examples().getOrDefault(t, Set.of()));
            if (!s.isEmpty()) s.addAll(RECORDED_UNINDEXED.getOrDefault(t, Set.of()));
            return s;
        });
    }

    /** Paths of every configuration item found anywhere in the example files (events, API responses, samples). */
    private static Map<String, Set<String>> examples() {
        if (examplePaths != null) return examplePaths;
        Map<String, Set<String>> m = new HashMap<>();
        try (Stream<Path> files = Files.walk(Reference.examples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonElement root;
                try {
                    root = JsonParser.parseString(Files.readString(f));
                } catch (RuntimeException | IOException e) {
                    continue;  // a few upstream samples are not valid JSON (SOURCES.md)
                }
                collect(root, m, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        examplePaths = m;
        return m;
    }

    private static void collect(JsonElement e, Map<String, Set<String>> m, int depth) {
        if (depth > 12 || e == null) return;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString().trim();
            if (s.startsWith("{") && s.contains("resourceType")) {
                try {
                    collect(JsonParser.parseString(s), m, depth + 1);
                } catch (RuntimeException ignored) {
                    // not JSON after all
                }
            }
        } else if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) collect(x, m, depth + 1);
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("resourceType") && o.has("configuration")) {
                try {
                    ConfigurationItem ci = ConfigurationItemParser.parse(o);
                    m.computeIfAbsent(ci.resourceType(), k -> new HashSet<>()).addAll(paths(ci));
                } catch (RuntimeException ignored) {
                    // partial item
                }
            }
            for (Map.Entry<String, JsonElement> x : o.entrySet()) collect(x.getValue(), m, depth + 1);
        }
    }

    static List<String> typesWithExamples() { return List.copyOf(examples().keySet()); }
}
