package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.error.InvalidParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rule parameters for a scan: {"rule-id": {"Name": "value"}}, as the rules' InputParameters would carry them. */
final class ParameterFile {
    private ParameterFile() {}

    static Map<String, Map<String, String>> read(Path file) {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidParameterException("parameter file " + file + " cannot be read: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new InvalidParameterException("parameter file " + file + " is not valid JSON: " + e.getMessage());
        }
        if (!root.isJsonObject()) throw new InvalidParameterException("parameter file " + file + " must map rule ids to parameter objects");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> r : root.getAsJsonObject().entrySet()) {
            if (!r.getValue().isJsonObject()) throw new InvalidParameterException("parameter file " + file + ": " + r.getKey() + " must be an object");
            Map<String, String> values = new LinkedHashMap<>();
            JsonObject o = r.getValue().getAsJsonObject();
            o.entrySet().forEach(v -> values.put(v.getKey(), v.getValue().isJsonPrimitive() ? v.getValue().getAsString() : v.getValue().toString()));
            out.put(r.getKey(), values);
        }
        return out;
    }
}
