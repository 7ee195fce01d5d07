package org.msb.model.logs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A property selector of a JSON filter pattern: {@code $} for the root, {@code .name} for a property
 * (letters, digits, {@code -} and {@code _}), {@code [n]} for an array element, as in
 * {@code $.userIdentity.sessionContext.attributes.mfaAuthenticated} or {@code $.resources[0].ARN}.
 */
record JsonSelector(String text, List<Object> steps) {
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_-]+)|\\[(\\d+)]");

    JsonSelector {
        steps = List.copyOf(steps);
    }

    static JsonSelector parse(String text) {
        if (!text.startsWith("$")) throw new LogFilterPatternException("selector \"" + text + "\" must start with $");
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(text);
        int at = 1;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new LogFilterPatternException("selector \"" + text + "\" is not $.property or $.array[n] at \"" + text.substring(at) + "\"");
            }
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
            at = m.end();
        }
        if (steps.isEmpty()) throw new LogFilterPatternException("selector \"$\" names no property");
        return new JsonSelector(text, steps);
    }

    /** The element the selector points to, JSON null included; Java null when it does not exist. */
    JsonElement resolve(JsonElement root) {
        JsonElement at = root;
        for (Object step : steps) {
            if (step instanceof String name) {
                if (!(at instanceof JsonObject o) || !o.has(name)) return null;
                at = o.get(name);
            } else {
                int i = (Integer) step;
                if (!(at instanceof JsonArray a) || i >= a.size()) return null;
                at = a.get(i);
            }
        }
        return at;
    }
}
