package org.msb.model.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads policy JSON in every form AWS hands it over: a JSON object, JSON text, URL-encoded JSON text
 * (IAM configuration items and IAM APIs: {@code %7B%22Version%22...}), and the one-element array around
 * the document that aws-config-rdk's sample items show. Validates what IAM itself enforces and names the
 * statement and field of any problem.
 */
final class PolicyDocumentParser {
    private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource",
            "Principal", "NotPrincipal", "Condition");

    /** The largest policy document AWS accepts (an S3 bucket policy), so the longest value one can hold. */
    static final int MAX_VALUE = 20 * 1024;

    private PolicyDocumentParser() {}

    /** AWS encodes a policy as JSON text at most twice (a string inside a string); deeper is not a policy. */
    private static final int MAX_ENCODINGS = 3;

    static PolicyDocument parse(String text, String source) { return parse(text, source, 0); }

    private static PolicyDocument parse(String text, String source, int encodings) {
        if (text == null || text.isBlank()) throw new InvalidPolicyException(source + ": the policy document is empty");
        String json = text.trim();
        if (json.startsWith("%")) {
            try {
                json = URLDecoder.decode(json, StandardCharsets.UTF_8).trim();
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(source + ": the policy document looks URL-encoded but cannot be decoded: " + e.getMessage(), e);
            }
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new InvalidPolicyException(source + ": the policy document is not JSON: " + firstLine(e.getMessage()), e);
        }
        return parse(root, source, encodings);
    }

    static PolicyDocument parse(JsonElement root, String source) { return parse(root, source, 0); }

    private static PolicyDocument parse(JsonElement root, String source, int encodings) {
        if (root != null && root.isJsonPrimitive() && root.getAsJsonPrimitive().isString()) {
            // Gson reads a bare word as a string, so text that is no JSON document would come back unchanged forever
            if (encodings >= MAX_ENCODINGS) {
                throw new InvalidPolicyException(source + ": the policy document must be a JSON object, found text " + abbreviate(root.getAsString()));
            }
            return parse(root.getAsString(), source, encodings + 1);
        }
        if (root != null && root.isJsonArray() && root.getAsJsonArray().size() == 1 && root.getAsJsonArray().get(0).isJsonObject()) {
            root = root.getAsJsonArray().get(0);  // aws-config-rdk's sample items wrap the document in an array
        }
        if (root == null || !root.isJsonObject()) {
            throw new InvalidPolicyException(source + ": the policy document must be a JSON object, found " + kind(root));
        }
        JsonObject doc = root.getAsJsonObject();
        String version = null;
        if (doc.has("Version")) {
            JsonElement v = doc.get("Version");
            if (!isString(v)) throw new InvalidPolicyException(source + ": Version must be text such as \"2012-10-17\", found " + kind(v));
            version = v.getAsString();
        }
        JsonElement st = doc.get("Statement");
        if (st == null || st.isJsonNull()) throw new InvalidPolicyException(source + ": the policy document has no Statement");
        List<JsonElement> raw = new ArrayList<>();
        if (st.isJsonArray()) st.getAsJsonArray().forEach(raw::add);
        else if (st.isJsonObject()) raw.add(st);
        else throw new InvalidPolicyException(source + ": Statement must be an object or an array of objects, found " + kind(st));
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) statements.add(statement(raw.get(i), i, source));
        String id = doc.has("Id") && isString(doc.get("Id")) ? doc.get("Id").getAsString() : null;
        return new PolicyDocument(version, id, statements);
    }

    private static Statement statement(JsonElement e, int index, String source) {
        String where = source + ", Statement[" + index + "]";
        if (!e.isJsonObject()) throw new InvalidPolicyException(where + " must be an object, found " + kind(e));
        JsonObject o = e.getAsJsonObject();
        String sid = o.has("Sid") && isString(o.get("Sid")) ? o.get("Sid").getAsString() : null;
        if (sid != null && !sid.isBlank()) where += " (Sid " + sid + ")";
        for (String k : o.keySet()) {
            if (!STATEMENT_KEYS.contains(k)) throw new InvalidPolicyException(where + ": unknown field \"" + k + "\" (expected " + String.join(", ", new java.util.TreeSet<>(STATEMENT_KEYS)) + ")");
        }
        JsonElement eff = o.get("Effect");
        if (eff == null || eff.isJsonNull()) throw new InvalidPolicyException(where + ": Effect is missing (expected Allow or Deny)");
        Effect effect = isString(eff) ? Effect.parse(eff.getAsString()) : null;
        if (effect == null) throw new InvalidPolicyException(where + ": Effect " + eff + " is not Allow or Deny");

        boolean notAction = exclusive(o, "Action", "NotAction", where, true);
        List<String> actions = strings(o.get(notAction ? "NotAction" : "Action"), where, notAction ? "NotAction" : "Action");
        if (actions.isEmpty()) throw new InvalidPolicyException(where + ": " + (notAction ? "NotAction" : "Action") + " is empty");
        boolean notResource = exclusive(o, "Resource", "NotResource", where, false);
        String resourceKey = notResource ? "NotResource" : "Resource";
        List<String> resources = o.has(resourceKey) ? strings(o.get(resourceKey), where, resourceKey) : List.of();
        if (o.has(resourceKey) && resources.isEmpty()) throw new InvalidPolicyException(where + ": " + resourceKey + " is empty");
        boolean notPrincipal = exclusive(o, "Principal", "NotPrincipal", where, false);
        String principalKey = notPrincipal ? "NotPrincipal" : "Principal";
        List<Principal> principals = o.has(principalKey) ? principals(o.get(principalKey), where, principalKey) : List.of();
        List<Condition> conditions = o.has("Condition") ? conditions(o.get("Condition"), where) : List.of();
        return new Statement(index, sid, effect, actions, notAction, resources, notResource, principals, notPrincipal, conditions);
    }

    /** True when the "not" form is used; both together is an error, and so is neither when {@code required}. */
    private static boolean exclusive(JsonObject o, String plain, String not, String where, boolean required) {
        boolean p = o.has(plain) && !o.get(plain).isJsonNull(), n = o.has(not) && !o.get(not).isJsonNull();
        if (p && n) throw new InvalidPolicyException(where + ": has both " + plain + " and " + not + " (IAM allows one)");
        if (required && !p && !n) throw new InvalidPolicyException(where + ": has neither " + plain + " nor " + not);
        return n;
    }

    /** A string or an array of strings. */
    private static List<String> strings(JsonElement e, String where, String field) {
        List<String> out = new ArrayList<>();
        if (isString(e)) {
            out.add(e.getAsString());
        } else if (e != null && e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (!isString(x)) throw new InvalidPolicyException(where + ": " + field + " must hold only text, found " + kind(x));
                out.add(x.getAsString());
            }
        } else {
            throw new InvalidPolicyException(where + ": " + field + " must be text or an array of text, found " + kind(e));
        }
        for (String s : out) {
            if (s.isBlank()) throw new InvalidPolicyException(where + ": " + field + " holds an empty value");
            // no policy AWS accepts holds more (S3 bucket policies: 20 KB); matching is quadratic in the length
            if (s.length() > MAX_VALUE) throw new InvalidPolicyException(where + ": " + field + " holds a value of " + s.length()
                    + " characters, longer than any policy AWS accepts (" + MAX_VALUE + ")");
        }
        return out;
    }

    private static List<Principal> principals(JsonElement e, String where, String field) {
        if (isString(e)) {
            if (!e.getAsString().equals("*")) {
                throw new InvalidPolicyException(where + ": " + field + " as text must be \"*\"; name principals as {\"AWS\": ...}, found \"" + e.getAsString() + "\"");
            }
            return List.of(new Principal(PrincipalType.ALL, "*"));
        }
        if (e == null || !e.isJsonObject()) throw new InvalidPolicyException(where + ": " + field + " must be \"*\" or an object, found " + kind(e));
        List<Principal> out = new ArrayList<>();
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            PrincipalType type = PrincipalType.ofKey(m.getKey());
            if (type == null) {
                throw new InvalidPolicyException(where + ": " + field + " has unknown principal type \"" + m.getKey()
                        + "\" (expected AWS, Service, Federated or CanonicalUser)");
            }
            for (String v : strings(m.getValue(), where, field + "." + m.getKey())) out.add(new Principal(type, v));
        }
        if (out.isEmpty()) throw new InvalidPolicyException(where + ": " + field + " names no principal");
        return out;
    }

    private static List<Condition> conditions(JsonElement e, String where) {
        if (e == null || !e.isJsonObject()) throw new InvalidPolicyException(where + ": Condition must be an object of operators, found " + kind(e));
        List<Condition> out = new ArrayList<>();
        for (Map.Entry<String, JsonElement> op : e.getAsJsonObject().entrySet()) {
            if (!op.getValue().isJsonObject()) {
                throw new InvalidPolicyException(where + ": Condition operator " + op.getKey() + " must map condition keys to values, found " + kind(op.getValue()));
            }
            for (Map.Entry<String, JsonElement> k : op.getValue().getAsJsonObject().entrySet()) {
                out.add(new Condition(op.getKey(), k.getKey(), conditionValues(k.getValue(), where, op.getKey() + "." + k.getKey())));
            }
        }
        return out;
    }

    /** Text, numbers and booleans (AWS accepts all three), alone or in an array. */
    private static List<String> conditionValues(JsonElement e, String where, String field) {
        List<String> out = new ArrayList<>();
        JsonArray all = new JsonArray();
        if (e != null && e.isJsonArray()) all = e.getAsJsonArray();
        else all.add(e);
        for (JsonElement x : all) {
            if (x == null || !x.isJsonPrimitive()) throw new InvalidPolicyException(where + ": Condition " + field + " must hold text, numbers or booleans, found " + kind(x));
            out.add(x.getAsString());
        }
        return out;
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && ((JsonPrimitive) e).isString();
    }

    private static String kind(JsonElement e) {
        if (e == null || e.isJsonNull()) return "nothing";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonArray()) return "an array";
        JsonPrimitive p = e.getAsJsonPrimitive();
        String s = p.toString();
        return (p.isString() ? "text " : p.isNumber() ? "the number " : "the boolean ") + (s.length() > 60 ? s.substring(0, 60) + "..." : s);
    }

    private static String abbreviate(String s) { return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\""; }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
