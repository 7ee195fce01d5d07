package org.msb.internal.lambda;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.error.InvalidEventException;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.ItemStatus;
import org.msb.item.Utf8Text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the event Config sends to a custom Lambda rule. {@code invokingEvent} and {@code ruleParameters}
 * are JSON documents serialised as strings inside the event (an object is tolerated too). Fields this
 * class does not know ({@code evaluationMode}, {@code recordVersion}, c7n's {@code debug}...) are ignored;
 * anything it needs and cannot read is an {@link InvalidEventException} that names the field.
 */
public final class ConfigEventParser {
    private ConfigEventParser() {}

    public static RuleEvent parse(byte[] event) {
        if (event == null) throw new InvalidEventException("Config rule event is empty");
        return parse(Utf8Text.decode(event, problem -> new InvalidEventException("Config rule event " + problem)));
    }

    public static RuleEvent parse(String event) {
        if (event == null || event.isBlank()) throw new InvalidEventException("Config rule event is empty");
        JsonElement root;
        try {
            root = JsonParser.parseString(event);
        } catch (JsonParseException e) {
            throw new InvalidEventException("Config rule event is not valid JSON: " + rootCause(e), e);
        }
        if (!root.isJsonObject()) throw new InvalidEventException("Config rule event must be a JSON object, found " + abbreviate(root));
        JsonObject envelope = root.getAsJsonObject();

        JsonObject invoking = invokingEvent(envelope);
        MessageType type = MessageType.parse(text(invoking, "messageType", "invokingEvent.messageType"));
        String token = text(envelope, "resultToken", "resultToken");
        if (token == null || token.isEmpty()) {
            throw new InvalidEventException("Config rule event has no resultToken (needed to send evaluations)");
        }
        Instant notified = instant(invoking, "notificationCreationTime");

        ConfigurationItem item = null;
        OversizedSummary summary = null;
        switch (type) {
            case ConfigurationItemChangeNotification -> item = item(invoking);
            case OversizedConfigurationItemChangeNotification -> summary = summary(invoking);
            case ScheduledNotification -> {
                if (notified == null) {
                    throw new InvalidEventException("ScheduledNotification has no invokingEvent.notificationCreationTime "
                            + "(the ordering timestamp of every periodic evaluation)");
                }
            }
            case ConfigurationSnapshotDeliveryCompleted -> { }
        }

        String accountId = firstNonEmpty(text(envelope, "accountId", "accountId"),
                text(invoking, "awsAccountId", "invokingEvent.awsAccountId"),
                item == null ? null : item.accountId(),
                summary == null ? null : summary.accountId());
        if (accountId == null && type != MessageType.ConfigurationSnapshotDeliveryCompleted) {
            throw new InvalidEventException("Config rule event names no account: no accountId, invokingEvent.awsAccountId "
                    + "or configuration item awsAccountId");
        }
        return new RuleEvent(type, item, summary, notified, ruleParameters(envelope), token,
                bool(envelope, "eventLeftScope"), accountId,
                text(envelope, "configRuleName", "configRuleName"),
                text(envelope, "configRuleArn", "configRuleArn"),
                text(envelope, "executionRoleArn", "executionRoleArn"));
    }

    private static JsonObject invokingEvent(JsonObject envelope) {
        JsonElement e = envelope.get("invokingEvent");
        if (e == null || e.isJsonNull()) throw new InvalidEventException("Config rule event has no invokingEvent");
        if (e.isJsonObject()) return e.getAsJsonObject();
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new InvalidEventException("invokingEvent must be a JSON string (or object), found " + abbreviate(e));
        }
        JsonElement inner;
        try {
            inner = JsonParser.parseString(e.getAsString());
        } catch (JsonParseException ex) {
            throw new InvalidEventException("invokingEvent is not valid JSON: " + rootCause(ex), ex);
        }
        if (!inner.isJsonObject()) throw new InvalidEventException("invokingEvent must hold a JSON object, found " + abbreviate(inner));
        return inner.getAsJsonObject();
    }

    private static ConfigurationItem item(JsonObject invoking) {
        JsonElement ci = invoking.get("configurationItem");
        if (ci == null || !ci.isJsonObject()) {
            throw new InvalidEventException("ConfigurationItemChangeNotification has no invokingEvent.configurationItem object");
        }
        try {
            return ConfigurationItemParser.parse(ci);
        } catch (InvalidItemException e) {
            throw new InvalidEventException("invokingEvent.configurationItem: " + e.getMessage(), e);
        }
    }

    private static OversizedSummary summary(JsonObject invoking) {
        JsonElement s = invoking.get("configurationItemSummary");
        if (s == null || !s.isJsonObject()) {
            throw new InvalidEventException("OversizedConfigurationItemChangeNotification has no invokingEvent.configurationItemSummary object");
        }
        JsonObject o = s.getAsJsonObject();
        String type = text(o, "resourceType", "configurationItemSummary.resourceType");
        String id = text(o, "resourceId", "configurationItemSummary.resourceId");
        if (type == null || type.isEmpty()) throw new InvalidEventException("invokingEvent.configurationItemSummary has no resourceType");
        if (id == null || id.isEmpty()) throw new InvalidEventException("invokingEvent.configurationItemSummary of type " + type + " has no resourceId");
        ItemStatus status;
        try {
            status = ItemStatus.parse(text(o, "configurationItemStatus", "configurationItemSummary.configurationItemStatus"));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("invokingEvent.configurationItemSummary " + type + " " + id + ": " + e.getMessage());
        }
        return new OversizedSummary(type, id, instant(o, "configurationItemCaptureTime"), status,
                firstNonEmpty(text(o, "awsAccountId", "configurationItemSummary.awsAccountId"), text(o, "accountId", "configurationItemSummary.accountId")),
                text(o, "awsRegion", "configurationItemSummary.awsRegion"),
                firstNonEmpty(text(o, "ARN", "configurationItemSummary.ARN"), text(o, "arn", "configurationItemSummary.arn")),
                text(o, "resourceName", "configurationItemSummary.resourceName"));
    }

    /** Config sends a JSON object serialised as a string; absent, "" and "{}" all mean no parameters. */
    private static String ruleParameters(JsonObject envelope) {
        JsonElement p = envelope.get("ruleParameters");
        if (p == null || p.isJsonNull()) return null;
        String s = p.isJsonPrimitive() ? p.getAsString() : p.toString();
        String t = s.strip();
        if (t.isEmpty() || t.equals("{}")) return null;
        return s;
    }

    private static boolean bool(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return false;
        if (e.isJsonPrimitive()) {
            String s = e.getAsString();
            if (s.equalsIgnoreCase("true")) return true;
            if (s.equalsIgnoreCase("false")) return false;
        }
        throw new InvalidEventException(name + " must be true or false, found " + abbreviate(e));
    }

    private static Instant instant(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonPrimitive()) throw new InvalidEventException(name + " must be an ISO-8601 timestamp, found " + abbreviate(e));
        String s = e.getAsString().strip();
        if (s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ex) {
            throw new InvalidEventException(name + " \"" + s + "\" is not an ISO-8601 timestamp");
        }
    }

    private static String text(JsonObject o, String name, String where) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonPrimitive()) throw new InvalidEventException(where + " must be a string, found " + abbreviate(e));
        return e.getAsString();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return null;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    private static String abbreviate(JsonElement e) {
        String s = e.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
