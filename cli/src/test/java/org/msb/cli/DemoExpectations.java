package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The per-rule counts the demo account must produce ({@code demo-expected.txt}), and the counting of a scan. */
final class DemoExpectations {
    private DemoExpectations() {}

    static Map<String, int[]> read() throws IOException {
        Map<String, int[]> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DemoExpectations.class.getResourceAsStream("/demo-expected.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                if (f.length != 6) throw new IllegalStateException("demo-expected.txt: 6 columns expected: " + line);
                int[] c = new int[5];
                for (int i = 0; i < 5; i++) c[i] = Integer.parseInt(f[i + 1]);
                if (out.put(f[0], c) != null) throw new IllegalStateException("demo-expected.txt: " + f[0] + " twice");
            }
        }
        return out;
    }

    /** COMPLIANT (plain), NON_COMPLIANT, BY_EXCEPTION, NOT_APPLICABLE, INSUFFICIENT_DATA per rule of a msb-scan/1 document. */
    static Map<String, int[]> count(JsonObject scan) {
        Map<String, int[]> out = new TreeMap<>();
        for (JsonElement e : scan.getAsJsonArray("rules")) out.put(e.getAsJsonObject().get("ruleId").getAsString(), new int[5]);
        for (JsonElement e : scan.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            int[] c = out.get(r.get("ruleId").getAsString());
            boolean excepted = r.get("compliantByException").getAsBoolean();
            switch (r.get("compliance").getAsString()) {
                case "COMPLIANT" -> c[excepted ? 2 : 0]++;
                case "NON_COMPLIANT" -> c[1]++;
                case "NOT_APPLICABLE" -> c[3]++;
                case "INSUFFICIENT_DATA" -> c[4]++;
                default -> throw new IllegalStateException(r.toString());
            }
        }
        return out;
    }
}
