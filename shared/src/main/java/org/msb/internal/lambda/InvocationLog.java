package org.msb.internal.lambda;

import com.google.gson.JsonObject;
import org.msb.error.AwsCallException;
import org.msb.error.InvalidParameterException;
import org.msb.error.InvalidRegisterException;
import org.msb.internal.live.AwsCall;
import org.msb.rule.Compliance;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Structured log lines, one JSON object per line (CloudWatch Logs Insights reads the fields): one line per
 * invocation and one per error. Parameter values and register contents are never written: a parameter
 * error names the parameter only, a register error names the register's location.
 */
public final class InvocationLog {
    private final PrintStream out;

    public InvocationLog(PrintStream out) {
        this.out = out;
    }

    /** Who and what an invocation is about; filled in as the event is read. */
    public static final class Context {
        String ruleId, configRuleName, accountId, region, messageType, resource, requestId;

        Context(String ruleId, String region, String requestId) {
            this.ruleId = ruleId;
            this.region = region;
            this.requestId = requestId;
        }

        void event(RuleEvent e) {
            configRuleName = e.configRuleName();
            accountId = e.accountId();
            messageType = e.messageType().name();
            resource = e.resource();
        }
    }

    public void invocation(Context c, Delivery delivery, boolean failed, Instant start, Instant end) {
        JsonObject o = base("INFO", "invocation", c);
        JsonObject counts = new JsonObject();
        Map<Compliance, Integer> byCompliance = delivery.counts();
        for (Compliance k : Compliance.values()) if (k != Compliance.INSUFFICIENT_DATA) counts.addProperty(k.name(), byCompliance.getOrDefault(k, 0));
        o.add("counts", counts);
        o.addProperty("delivered", delivery.delivered().size());
        o.addProperty("putEvaluationsCalls", delivery.calls());
        o.addProperty("testMode", delivery.testMode());
        o.addProperty("outcome", failed ? "FAILED" : "SUCCEEDED");
        o.addProperty("durationMs", Duration.between(start, end).toMillis());
        write(o);
    }

    public void error(Context c, Throwable error) {
        JsonObject o = base("ERROR", "error", c);
        o.addProperty("errorType", error.getClass().getSimpleName());
        if (error instanceof InvalidParameterException p) {
            o.addProperty("parameter", p.parameter());
            o.addProperty("message", p.parameter() == null ? "The rule parameters were rejected (details in the invocation error)."
                    : "Rule parameter " + p.parameter() + " has an invalid value (the value is not logged; details in the invocation error).");
        } else {
            o.addProperty("message", error.getMessage());
        }
        if (error instanceof AwsCallException && error.getCause() instanceof SdkServiceException s) {
            String code = AwsCall.errorCode(s);
            o.addProperty("awsErrorCode", code == null ? "HTTP " + s.statusCode() : code);
            o.addProperty("awsRequestId", s.requestId());
        }
        if (error instanceof InvalidRegisterException) o.addProperty("hint", "fix the exception register named by the ExceptionRegister parameter");
        write(o);
    }

    public void info(Context c, String event, String message) {
        JsonObject o = base("INFO", event, c);
        o.addProperty("message", message);
        write(o);
    }

    public void warning(Context c, String event, String message) {
        JsonObject o = base("WARN", event, c);
        o.addProperty("message", message);
        write(o);
    }

    private static JsonObject base(String level, String event, Context c) {
        JsonObject o = new JsonObject();
        o.addProperty("level", level);
        o.addProperty("event", event);
        o.addProperty("rule", c.ruleId);
        o.addProperty("configRuleName", c.configRuleName);
        o.addProperty("account", c.accountId);
        o.addProperty("region", c.region);
        o.addProperty("messageType", c.messageType);
        o.addProperty("resource", c.resource);
        o.addProperty("requestId", c.requestId);
        return o;
    }

    private void write(JsonObject o) {
        synchronized (out) {
            // JsonElement.toString writes nulls and no HTML escapes, as a Gson instance configured so would; building
            // that Gson instance loads its ~70 reflective adapter classes, which a cold start does not need
            out.println(o.toString());
            out.flush();
        }
    }
}
