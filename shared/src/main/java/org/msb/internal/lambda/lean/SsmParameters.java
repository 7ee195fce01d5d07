package org.msb.internal.lambda.lean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import software.amazon.awssdk.http.SdkHttpMethod;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** SSM GetParameter with decryption, in AWS's JSON 1.1 protocol ({@code X-Amz-Target: AmazonSSM.GetParameter}). */
public final class SsmParameters {
    private final SigV4Transport transport;
    private final URI endpoint;
    private final String region;

    public SsmParameters(SigV4Transport transport, URI endpoint, String region) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.region = region;
    }

    public String value(String name) {
        JsonObject body = new JsonObject();
        body.addProperty("Name", name);
        body.addProperty("WithDecryption", true);
        HttpReply reply = transport.call(new SigV4Transport.Request("SSM", "ssm", region, SdkHttpMethod.POST, endpoint,
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AmazonSSM.GetParameter"),
                body.toString().getBytes(StandardCharsets.UTF_8), false));
        JsonElement root = JsonParser.parseString(reply.text());
        JsonElement value = root.isJsonObject() && root.getAsJsonObject().get("Parameter") instanceof JsonObject p ? p.get("Value") : null;
        if (value == null || !value.isJsonPrimitive()) {
            throw new IllegalStateException("SSM GetParameter answered without Parameter.Value for " + name);
        }
        return value.getAsString();
    }
}
