package org.msb.internal.lambda.lean;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.msb.engine.Annotations;
import org.msb.internal.lambda.EvaluationsTransport;
import org.msb.rule.Evaluation;
import software.amazon.awssdk.http.SdkHttpMethod;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Config PutEvaluations in AWS's JSON 1.1 protocol ({@code X-Amz-Target: StarlingDoveService.PutEvaluations},
 * timestamps as epoch seconds), written and read with Gson's streaming API: no reflective adapters, no model
 * classes on the cold path.
 */
public final class ConfigEvaluations implements EvaluationsTransport {
    static final String TARGET = "StarlingDoveService.PutEvaluations";

    private final SigV4Transport transport;
    private final URI endpoint;
    private final String region;

    public ConfigEvaluations(SigV4Transport transport, URI endpoint, String region) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.region = region;
    }

    @Override
    public List<Failed> put(String resultToken, List<Evaluation> batch, boolean testMode) {
        HttpReply reply = transport.call(request(resultToken, batch, testMode));
        return failed(reply.text());
    }

    /** The signed-to-be request; priming builds one without sending it. */
    public SigV4Transport.Request request(String resultToken, List<Evaluation> batch, boolean testMode) {
        return new SigV4Transport.Request("Config", "config", region, SdkHttpMethod.POST, endpoint,
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", TARGET),
                body(resultToken, batch, testMode), false);
    }

    static byte[] body(String resultToken, List<Evaluation> batch, boolean testMode) {
        StringWriter text = new StringWriter();
        try (JsonWriter w = new JsonWriter(text)) {
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("Evaluations").beginArray();
            for (Evaluation e : batch) {
                w.beginObject();
                w.name("ComplianceResourceType").value(e.resourceType());
                w.name("ComplianceResourceId").value(e.resourceId());
                w.name("ComplianceType").value(e.compliance().name());
                String annotation = Annotations.limit(e.annotation());
                if (annotation != null) w.name("Annotation").value(annotation);
                w.name("OrderingTimestamp").value(epochSeconds(e.orderingTimestamp()));
                w.endObject();
            }
            w.endArray();
            w.name("ResultToken").value(resultToken);
            if (testMode) w.name("TestMode").value(true);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** JSON 1.1 timestamps: epoch seconds, with the milliseconds as a fraction when there are any (as the SDK writes them). */
    static Number epochSeconds(Instant t) {
        long millis = t.toEpochMilli();
        return millis % 1000 == 0 ? (Number) (millis / 1000) : BigDecimal.valueOf(millis, 3);
    }

    /** FailedEvaluations of the reply; an empty or absent list is none. */
    public static List<Failed> failedOf(String json) { return failed(json); }

    static List<Failed> failed(String json) {
        List<Failed> failed = new ArrayList<>();
        if (json.isBlank()) return failed;
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            r.beginObject();
            while (r.hasNext()) {
                if (!r.nextName().equals("FailedEvaluations") || r.peek() != JsonToken.BEGIN_ARRAY) {
                    r.skipValue();
                    continue;
                }
                r.beginArray();
                while (r.hasNext()) {
                    String type = null, id = null;
                    r.beginObject();
                    while (r.hasNext()) {
                        switch (r.nextName()) {
                            case "ComplianceResourceType" -> type = r.nextString();
                            case "ComplianceResourceId" -> id = r.nextString();
                            default -> r.skipValue();
                        }
                    }
                    r.endObject();
                    failed.add(new Failed(type, id));
                }
                r.endArray();
            }
            r.endObject();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("AWS Config answered PutEvaluations with a body that is not its JSON reply: "
                    + (json.length() > 200 ? json.substring(0, 200) + "..." : json), e);
        }
        return failed;
    }
}
