package org.msb.internal.lambda.fault;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stub AWS Config endpoint over raw sockets that fails PutEvaluations at set rates, from a seeded generator
 * so a run repeats: throttling (400 ThrottlingException), 500 InternalFailure, timeouts (no reply within the
 * client's read timeout), connection resets (TCP RST), and partial FailedEvaluations. For timeouts and resets
 * a coin decides whether Config had stored the batch before the reply was lost, as happens with real networks;
 * that is where duplicates come from. It records every evaluation it stored and how often.
 * GetComplianceDetailsByConfigRule (stale clean-up) always answers with no earlier results.
 */
final class FaultyConfigEndpoint implements AutoCloseable {
    enum Fault { NONE, THROTTLE, SERVER_ERROR, TIMEOUT, RESET, PARTIAL }

    private final ServerSocket server;
    private final Random random;
    private final double rate;
    private final long hangMillis;
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean open = true;
    private int calls;

    /**
     * @param rate the share of PutEvaluations calls that fail, spread evenly over the five kinds of fault
     * @param hangMillis how long a timed-out call hangs (longer than the client's read timeout)
     */
    FaultyConfigEndpoint(long seed, double rate, long hangMillis) throws IOException {
        this.random = new Random(seed);
        this.rate = rate;
        this.hangMillis = hangMillis;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "faulty-config-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() { return "http://127.0.0.1:" + server.getLocalPort(); }

    /** Stored evaluations, "type|id" to the number of times Config stored it. */
    Map<String, Integer> stored() { return Map.copyOf(stored); }

    synchronized Map<Fault, Integer> injected() { return new EnumMap<>(injected); }

    synchronized int putEvaluationsCalls() { return calls; }

    private void accept() {
        while (open) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "faulty-config-conn");
                t.setDaemon(true);
                synchronized (threads) { threads.add(t); }
                t.start();
            } catch (IOException e) {
                if (open) throw new IllegalStateException(e);
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            Map<String, String> headers = new LinkedHashMap<>();
            String line = readLine(in);  // request line
            if (line == null) return;
            while ((line = readLine(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0) headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            String target = headers.getOrDefault("x-amz-target", "");
            if (target.endsWith(".GetComplianceDetailsByConfigRule")) {
                reply(s, 200, "{\"EvaluationResults\":[]}");
            } else if (target.equals("StarlingDoveService.PutEvaluations") && headers.getOrDefault("authorization", "").startsWith("AWS4-HMAC-SHA256")) {
                putEvaluations(s, JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            } else {
                reply(s, 400, "{\"__type\":\"ValidationException\",\"message\":\"unexpected request " + target + "\"}");
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (its timeout): nothing to answer
        }
    }

    private void putEvaluations(Socket s, JsonObject request) throws IOException, InterruptedException {
        JsonArray evaluations = request.getAsJsonArray("Evaluations");
        Fault fault;
        boolean storedBeforeLoss;
        List<Integer> failed = new ArrayList<>();
        synchronized (this) {
            calls++;
            fault = draw(evaluations.size());
            storedBeforeLoss = random.nextBoolean();
            if (fault == Fault.PARTIAL) {
                for (int i = 0; i < evaluations.size(); i++) if (random.nextInt(4) == 0) failed.add(i);
                if (failed.isEmpty()) failed.add(random.nextInt(evaluations.size()));
            }
            injected.merge(fault, 1, Integer::sum);
        }
        switch (fault) {
            case NONE -> {
                store(evaluations, List.of());
                reply(s, 200, "{\"FailedEvaluations\":[]}");
            }
            case THROTTLE -> reply(s, 400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
            case SERVER_ERROR -> reply(s, 500, "{\"__type\":\"InternalFailure\",\"message\":\"An internal error occurred\"}");
            case TIMEOUT -> {
                if (storedBeforeLoss) store(evaluations, List.of());
                Thread.sleep(hangMillis);  // the client gives up first; then the connection just closes
            }
            case RESET -> {
                if (storedBeforeLoss) store(evaluations, List.of());
                s.setSoLinger(true, 0);  // close sends a TCP RST: "Connection reset"
            }
            case PARTIAL -> {
                store(evaluations, failed);
                JsonArray out = new JsonArray();
                for (int i : failed) {
                    JsonObject e = evaluations.get(i).getAsJsonObject().deepCopy();
                    e.remove("Annotation");
                    out.add(e);
                }
                JsonObject answer = new JsonObject();
                answer.add("FailedEvaluations", out);
                reply(s, 200, answer.toString());
            }
        }
    }

    private Fault draw(int batchSize) {
        if (random.nextDouble() >= rate) return Fault.NONE;
        Fault[] kinds = {Fault.THROTTLE, Fault.SERVER_ERROR, Fault.TIMEOUT, Fault.RESET, Fault.PARTIAL};
        Fault f = kinds[random.nextInt(kinds.length)];
        return f == Fault.PARTIAL && batchSize == 0 ? Fault.NONE : f;
    }

    private void store(JsonArray evaluations, List<Integer> except) {
        for (int i = 0; i < evaluations.size(); i++) {
            if (except.contains(i)) continue;
            JsonObject e = evaluations.get(i).getAsJsonObject();
            stored.merge(key(e.get("ComplianceResourceType"), e.get("ComplianceResourceId")), 1, Integer::sum);
        }
    }

    static String key(JsonElement type, JsonElement id) { return type.getAsString() + "|" + id.getAsString(); }

    private static void reply(Socket s, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : status == 500 ? " Internal Server Error" : " Bad Request") + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: fault-" + System.nanoTime() + "\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') return b.toString().replace("\r", "");
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        synchronized (threads) { threads.forEach(Thread::interrupt); }
    }
}
