package org.msb.internal.lambda.lean;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP exchange over the JDK's {@link HttpURLConnection}: already loaded by the JDK for little, keeps
 * connections alive between invocations, and starts no threads (the JDK's {@code java.net.http.HttpClient}
 * and the SDK's clients cost a cold start more). Timeouts bound a hung endpoint.
 */
public final class LeanHttp {
    private final int connectMillis;
    private final int readMillis;

    public LeanHttp(Duration connect, Duration read) {
        this.connectMillis = (int) connect.toMillis();
        this.readMillis = (int) read.toMillis();
    }

    public static LeanHttp standard() { return new LeanHttp(Duration.ofSeconds(5), Duration.ofSeconds(30)); }

    /** @throws IOException when no complete answer came (refused, reset, timed out) */
    public HttpReply send(String method, URI uri, Map<String, List<String>> headers, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try {
            c.setRequestMethod(method);
            c.setConnectTimeout(connectMillis);
            c.setReadTimeout(readMillis);
            c.setInstanceFollowRedirects(false);  // S3's redirects name another region: re-signed by the caller
            c.setUseCaches(false);
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                    for (String v : values) c.addRequestProperty(name, v);
                }
            });
            if (body != null && body.length > 0) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            byte[] answer;
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            Map<String, List<String>> replyHeaders = new HashMap<>();
            c.getHeaderFields().forEach((k, v) -> { if (k != null) replyHeaders.put(k.toLowerCase(Locale.ROOT), v); });
            return new HttpReply(status, replyHeaders, answer);
        } catch (IOException e) {
            c.disconnect();  // a broken connection must not go back to the keep-alive cache
            throw e;
        }
    }
}
