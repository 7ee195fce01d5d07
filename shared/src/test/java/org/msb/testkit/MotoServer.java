package org.msb.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.msb.internal.live.AwsClients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * JUnit 5 extension that gives a test class the moto server (the AWS emulator, see
 * {@code ../shared/aws/LOCAL-EMULATOR.md}) on loopback, and SDK clients pointed at it.
 *
 * <pre>
 * class PasswordPolicyLoaderMotoTest {
 *     &#64;RegisterExtension static final MotoServer MOTO = new MotoServer();
 *
 *     &#64;Test void loads() {
 *         IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);  // seed state
 *         iam.updateAccountPasswordPolicy(r -&gt; r.minimumPasswordLength(8));
 *         var view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);   // code under test
 *         ...
 *     }
 * }
 * </pre>
 *
 * <ul>
 *   <li><b>Which server.</b> If the environment variable {@code MSB_MOTO_ENDPOINT} is set (CI starts one,
 *       e.g. {@code http://127.0.0.1:5055}), that server is used and never stopped. Otherwise the first
 *       test class that needs it starts {@code moto_server -H 127.0.0.1 -p <free port>} from a temporary
 *       directory, waits (at most {@value #START_SECONDS} s) until {@code /moto-api/} answers, and that one
 *       process serves every class of the test run; it is stopped (that process and its children only)
 *       when the run ends.</li>
 *   <li><b>State.</b> Before each test the server is wiped ({@code POST /moto-api/reset}), so tests do not
 *       see each other's resources; {@link #reset()} does it on demand. Tests of one JVM run one at a
 *       time against the shared server: do not enable parallel execution for moto tests.</li>
 *   <li><b>Clients.</b> {@link #clients()} gives an {@link AwsClients} for us-east-1 with dummy
 *       credentials and a single attempt per call (no retries: moto answers unimplemented operations with
 *       HTTP 500, which must fail at once); {@link #clients(String)} for another region. They are closed
 *       after the class. Every call answers as account {@value #ACCOUNT_ID}.</li>
 * </ul>
 */
public final class MotoServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    public static final String ACCOUNT_ID = "123456789012";
    public static final String ENDPOINT_ENV = "MSB_MOTO_ENDPOINT";
    static final int START_SECONDS = 60;

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MotoServer.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Map<String, AwsClients> clients = new ConcurrentHashMap<>();
    private volatile URI endpoint;

    @Override
    public void beforeAll(ExtensionContext context) {
        Running server = context.getRoot().getStore(NS).getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
        endpoint = server.endpoint;
    }

    @Override
    public void beforeEach(ExtensionContext context) { reset(); }

    @Override
    public void afterAll(ExtensionContext context) {
        clients.values().forEach(AwsClients::close);
        clients.clear();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        if (endpoint == null) throw new IllegalStateException("MotoServer is not started: register it with @RegisterExtension on a static field");
        return endpoint;
    }

    /** Clients for us-east-1 (shared within the test class). */
    public AwsClients clients() { return clients("us-east-1"); }

    /** Clients for a region (shared within the test class). */
    public AwsClients clients(String region) {
        return clients.computeIfAbsent(region, r -> TestAwsClients.at(endpoint(), r));
    }

    /** Wipes every service's state. */
    public void reset() {
        HttpRequest req = HttpRequest.newBuilder(endpoint().resolve("/moto-api/reset"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("moto reset answered HTTP " + r.statusCode() + ": " + r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("moto reset at " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during moto reset", e);
        }
    }

    /** The server for the whole run: the CI's, or one process started here and stopped when the run ends. */
    private static final class Running implements AutoCloseable {
        final URI endpoint;
        final Process process;
        final Path dir;
        final Thread shutdownHook;

        private Running(URI endpoint, Process process, Path dir) {
            this.endpoint = endpoint;
            this.process = process;
            this.dir = dir;
            this.shutdownHook = process == null ? null : new Thread(this::stop, "moto-server-stop");
            if (shutdownHook != null) Runtime.getRuntime().addShutdownHook(shutdownHook);  // a run killed early
        }

        static Running start() {
            String given = System.getenv(ENDPOINT_ENV);
            if (given != null && !given.isBlank()) {
                URI uri = URI.create(given.trim().replaceAll("/+$", ""));
                if (!answers(uri)) throw new IllegalStateException(ENDPOINT_ENV + "=" + given + " but no moto server answers /moto-api/ there");
                return new Running(uri, null, null);
            }
            try {
                Path dir = Files.createTempDirectory("msb-moto-");
                int port = freePort();
                Path log = dir.resolve("moto.log");
                Process p = new ProcessBuilder(List.of("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port)))
                        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                URI uri = URI.create("http://127.0.0.1:" + port);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
                while (!answers(uri)) {
                    if (!p.isAlive()) throw new IllegalStateException("moto_server exited with " + p.exitValue() + ": " + tail(log));
                    if (System.nanoTime() > deadline) {
                        destroy(p);
                        throw new IllegalStateException("moto_server did not answer within " + START_SECONDS + " s: " + tail(log));
                    }
                    Thread.sleep(200);
                }
                return new Running(uri, p, dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start moto_server (is it on PATH? see LOCAL-EMULATOR.md)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting moto_server", e);
            }
        }

        @Override
        public void close() {
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs anyway
                }
            }
            stop();
        }

        private void stop() {
            if (process == null) return;
            destroy(process);
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary directory is harmless
            }
        }

        /** Stops exactly this process: its children first, then it; forcibly if it does not go. */
        private static void destroy(Process p) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }

        private static boolean answers(URI base) {
            try {
                HttpRequest req = HttpRequest.newBuilder(base.resolve("/moto-api/")).timeout(Duration.ofSeconds(2)).GET().build();
                return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        private static String tail(Path log) {
            try {
                String s = Files.readString(log);
                return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }
}
