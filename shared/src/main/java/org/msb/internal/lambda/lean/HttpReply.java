package org.msb.internal.lambda.lean;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One HTTP answer: status, headers (names lower-cased) and the whole body. */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String text() { return new String(body, StandardCharsets.UTF_8); }

    public boolean ok() { return status >= 200 && status < 300; }
}
