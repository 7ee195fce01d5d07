package org.msb.cli.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forwarding proxy in front of an AWS endpoint (the moto server) that injects faults at set rates, drawn from a
 * seeded RNG: throttling in the protocol's own error shape (JSON {@code __type} ThrottlingException for JSON
 * services, {@code <ErrorResponse>...Throttling} for Query ones, EC2's RequestLimitExceeded, S3's 503 SlowDown,
 * 429 for REST-JSON), 500 internal errors, a connection closed without an answer, and an answer delayed past the
 * client's timeout. Counts every request and fault.
 */
final class FaultProxy implements AutoCloseable {
    enum Fault { THROTTLE, SERVER_ERROR, CLOSED, TIMEOUT }

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection", "te", "trailer");
    private static final Pattern SERVICE = Pattern.compile("Credential=[^/]+/[^/]+/[^/]+/([^/]+)/aws4_request");

    private final URI target;
    private final Map<Fault, Double> rates;
    private final Random random;
    private final Duration timeoutDelay;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final AtomicInteger requests = new AtomicInteger();
    final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);

    FaultProxy(URI target, Map<Fault, Double> rates, long seed, Duration timeoutDelay) throws IOException {
        this.target = target;
        this.rates = rates;
        this.random = new Random(seed);
        this.timeoutDelay = timeoutDelay;
        for (Fault f : Fault.values()) injected.put(f, new AtomicInteger());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    URI endpoint() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    int faults() { return injected.values().stream().mapToInt(AtomicInteger::get).sum(); }

    private Fault draw() {
        double r;
        synchronized (random) { r = random.nextDouble(); }
        double edge = 0;
        for (Fault f : Fault.values()) {
            edge += rates.getOrDefault(f, 0.0);
            if (r < edge) return f;
        }
        return null;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            byte[] body = ex.getRequestBody().readAllBytes();
            Fault fault = draw();
            if (fault != null) injected.get(fault).incrementAndGet();
            if (fault == Fault.CLOSED) return;  // closed without a status line: the client sees an I/O error
            if (fault == Fault.TIMEOUT) sleep(timeoutDelay);  // then answer normally, too late for the client
            if (fault == Fault.THROTTLE || fault == Fault.SERVER_ERROR) {
                ErrorAnswer a = ErrorAnswer.of(protocol(ex, body), fault == Fault.THROTTLE);
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", a.contentType());
                ex.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
                if (a.errorType() != null) ex.getResponseHeaders().add("x-amzn-ErrorType", a.errorType());
                ex.sendResponseHeaders(a.status(), bytes.length);
                ex.getResponseBody().write(bytes);
                return;
            }
            forward(ex, body);
        }
    }

    private void forward(HttpExchange ex, byte[] body) throws IOException {
        HttpRequest.Builder req = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().getRawPath()
                        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())))
                .timeout(Duration.ofSeconds(60))
                .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((k, vs) -> {
            if (!HOP_HEADERS.contains(k.toLowerCase())) vs.forEach(v -> req.header(k, v));
        });
        HttpResponse<byte[]> resp;
        try {
            resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        resp.headers().map().forEach((k, vs) -> {
            if (!HOP_HEADERS.contains(k.toLowerCase()) && !k.startsWith(":")) vs.forEach(v -> ex.getResponseHeaders().add(k, v));
        });
        byte[] out = resp.body();
        boolean noBody = ex.getRequestMethod().equals("HEAD") || resp.statusCode() == 204 || resp.statusCode() == 304 || out.length == 0;
        if (ex.getRequestMethod().equals("HEAD")) resp.headers().firstValue("content-length").ifPresent(v -> ex.getResponseHeaders().set("Content-Length", v));
        ex.sendResponseHeaders(resp.statusCode(), noBody ? -1 : out.length);
        if (!noBody) {
            try (OutputStream o = ex.getResponseBody()) { o.write(out); }
        }
    }

    enum Protocol { JSON, QUERY, EC2, S3, REST_JSON }

    static Protocol protocol(HttpExchange ex, byte[] body) {
        if (ex.getRequestHeaders().getFirst("X-Amz-Target") != null) return Protocol.JSON;
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Matcher m = SERVICE.matcher(auth == null ? "" : auth);
        String service = m.find() ? m.group(1) : "";
        if (service.equals("s3") || service.equals("s3-control")) return Protocol.S3;
        if (service.equals("ec2")) return Protocol.EC2;
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) return Protocol.QUERY;
        return Protocol.REST_JSON;
    }

    /** An error as the service's protocol sends it. */
    record ErrorAnswer(int status, String contentType, String errorType, String body) {
        static ErrorAnswer of(Protocol p, boolean throttle) {
            String id = UUID.randomUUID().toString();
            return switch (p) {
                case JSON -> new ErrorAnswer(throttle ? 400 : 500, "application/x-amz-json-1.1", null, throttle
                        ? "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"
                        : "{\"__type\":\"InternalFailure\",\"message\":\"An internal error occurred\"}");
                case QUERY -> new ErrorAnswer(throttle ? 400 : 500, "text/xml", null, "<ErrorResponse><Error><Type>"
                        + (throttle ? "Sender</Type><Code>Throttling</Code><Message>Rate exceeded" : "Receiver</Type><Code>InternalFailure</Code><Message>Internal failure")
                        + "</Message></Error><RequestId>" + id + "</RequestId></ErrorResponse>");
                case EC2 -> new ErrorAnswer(throttle ? 503 : 500, "text/xml", null, "<Response><Errors><Error><Code>"
                        + (throttle ? "RequestLimitExceeded</Code><Message>Request limit exceeded." : "InternalError</Code><Message>An internal error has occurred")
                        + "</Message></Error></Errors><RequestID>" + id + "</RequestID></Response>");
                case S3 -> new ErrorAnswer(throttle ? 503 : 500, "application/xml", null, "<Error><Code>"
                        + (throttle ? "SlowDown</Code><Message>Please reduce your request rate." : "InternalError</Code><Message>We encountered an internal error. Please try again.")
                        + "</Message><RequestId>" + id + "</RequestId></Error>");
                case REST_JSON -> new ErrorAnswer(throttle ? 429 : 500, "application/json", throttle ? "ThrottlingException" : "InternalFailure",
                        throttle ? "{\"message\":\"Rate exceeded\"}" : "{\"message\":\"Internal failure\"}");
            };
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }


}
