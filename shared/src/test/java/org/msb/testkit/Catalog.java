package org.msb.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference catalog a rule must match: its rule id from CONTROLS.md's rule-id column (optional controls
 * marked there), and its baseline sentence, verbatim, from the baseline's bullets in order.
 */
public final class Catalog {
    /** One control: its rule id, whether it is optional, and its baseline bullet. */
    public record Control(String controlId, String ruleId, boolean optional, String baseline) {}

    private static final Pattern ROW = Pattern.compile("^\\|\\s*((?:AM|IAM|DET|DP|INF|IR)-\\d+)\\s*\\|\\s*([a-z0-9-]+)(\\s*\\(optional\\))?\\s*\\|");
    private static Map<String, Control> controls;

    private Catalog() {}

    public static synchronized Map<String, Control> controls() {
        if (controls != null) return controls;
        try {
            List<String> bullets = new ArrayList<>();
            for (String line : Files.readAllLines(Reference.root().resolve("baseline/minimum-security-baseline.txt"))) {
                String t = line.strip();
                if (t.startsWith("•")) bullets.add(t.substring(1).strip());
            }
            Map<String, Control> out = new LinkedHashMap<>();
            int i = 0;
            for (String line : Files.readAllLines(Reference.root().resolve("CONTROLS.md"))) {
                Matcher m = ROW.matcher(line);
                if (!m.find()) continue;
                out.put(m.group(1), new Control(m.group(1), m.group(2), m.group(3) != null, bullets.get(i++)));
            }
            if (out.size() != bullets.size()) {
                throw new IllegalStateException("CONTROLS.md lists " + out.size() + " controls, the baseline has " + bullets.size() + " bullets");
            }
            controls = out;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
