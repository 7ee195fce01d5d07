package org.msb.cli.lambda;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.DemoAccount;
import org.msb.cli.scan.RuleCatalog;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every rule's Lambda jar ({@code rules/<id>/target/lambda/<id>.jar}) is its shaded jar ({@code target/shaded/<id>.jar})
 * with the library classes R8 found unreached left out (shared/lambda/). Shrinking must change nothing a user sees:
 * each pair handles the same Config event in a fresh JVM through {@code LocalInvoke} against the same moto server,
 * and both must print the same evaluations and log the same lines, with no class missing at run time. The jars
 * exist after {@code mvn package} (CI's {@code mvn verify} builds them before this module's tests); in a test-only
 * build, or one with {@code -Dlambda.skip}, there is nothing to run and the test is skipped, saying so.
 */
class LambdaJarTest {
    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    static final Path ROOT = Path.of(System.getProperty("msb.projectRoot", ".."));
    /** Issue 10's budget for a rule's Lambda jar. */
    static final long MAX_JAR_BYTES = 10_000_000;
    static final Pattern LINKAGE = Pattern.compile(
            "NoClassDefFoundError|ClassNotFoundException|NoSuchMethodError|NoSuchFieldError|VerifyError|AbstractMethodError"
                    + "|IncompatibleClassChangeError|ExceptionInInitializerError|ServiceConfigurationError");

    @Test
    void everyLambdaJar_isAtMostTenMegabytes() throws IOException {
        List<Path> jars = lambdaJars();
        assumeTrue(!jars.isEmpty(), "no Lambda jar built yet: run mvn package");
        List<String> over = new ArrayList<>();
        for (Path jar : jars) if (Files.size(jar) > MAX_JAR_BYTES) over.add(jar.getFileName() + " " + Files.size(jar) + " bytes");
        assertEquals(List.of(), over, jars.size() + " jars checked against " + MAX_JAR_BYTES + " bytes");
    }

    @Test
    void everyLambdaJar_handlesAnEventExactlyAsItsUnshrunkJarDoes(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        assumeTrue(!lambdaJars().isEmpty(), "no Lambda jar built yet: run mvn package");
        seed();
        World demo = DemoAccount.load();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Rule rule : RuleCatalog.load().rules()) {
            RuleSpec spec = rule.spec();
            Path shaded = ROOT.resolve("rules/" + spec.id() + "/target/shaded/" + spec.id() + ".jar");
            Path lambda = ROOT.resolve("rules/" + spec.id() + "/target/lambda/" + spec.id() + ".jar");
            if (!Files.exists(shaded) || !Files.exists(lambda)) {
                differences.add(spec.id() + ": jar not built (" + (Files.exists(shaded) ? lambda : shaded) + ")");
                continue;
            }
            Path event = tmp.resolve(spec.id() + ".json");
            Files.writeString(event, ConfigEvents.event(spec, invokingEvent(spec, demo)).toString());
            CompletableFuture<Run> full = CompletableFuture.supplyAsync(() -> Run.of(shaded, event));
            Run shrunk = Run.of(lambda, event);
            Run expected = full.get(5, TimeUnit.MINUTES);
            compared++;
            if (!expected.log().contains("\"event\":\"invocation\"")) {
                differences.add(spec.id() + ": the unshrunk jar did not reach the end of its invocation: " + expected);
            }
            if (LINKAGE.matcher(shrunk.log()).find()) differences.add(spec.id() + ": a class is missing from the Lambda jar: " + shrunk.log());
            if (expected.exit() != shrunk.exit() || !expected.out().equals(shrunk.out()) || !expected.log().equals(shrunk.log())) {
                differences.add(spec.id() + ": unshrunk " + expected + "\n   Lambda jar " + shrunk);
            }
        }
        assertEquals(List.of(), differences, compared + " rules compared");
        assertEquals(RuleCatalog.load().rules().size(), compared, "every rule has its jars");
    }

    /** A scheduled event for a periodic rule; else a change of one demo-account item of the first type it evaluates. */
    private static JsonObject invokingEvent(RuleSpec spec, World demo) {
        if (spec.isPeriodic()) return ConfigEvents.scheduled(MotoServer.ACCOUNT_ID);
        for (String type : spec.changeTypes()) {
            List<ConfigurationItem> items = demo.account().items(type);
            if (items.isEmpty()) continue;
            JsonObject item = WorldWriter.item(items.get(0));
            item.addProperty("configurationItemCaptureTime", items.get(0).captureTime().toString());
            return ConfigEvents.change(item);
        }
        throw new AssertionError(spec.id() + ": the demo account has no item of " + spec.changeTypes());
    }

    /** A little state so fact loaders parse real answers (users, keys, buckets), not only empty lists. */
    private static void seed() {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        iam.createUser(b -> b.userName("alice"));
        iam.createAccessKey(b -> b.userName("alice"));
        iam.updateAccountPasswordPolicy(b -> b.minimumPasswordLength(8));
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(b -> b.bucket("msb-lambda-jar-test"));
    }

    /** One LocalInvoke process: exit code, stdout, and its log lines normalised. */
    record Run(int exit, String out, String log) {
        static Run of(Path jar, Path event) {
            try {
                ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", jar.toString(), "org.msb.internal.lambda.LocalInvoke",
                        "--event", event.toString(), "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--json");
                pb.environment().put("AWS_ACCESS_KEY_ID", "testing");
                pb.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
                pb.environment().remove("AWS_SESSION_TOKEN");
                pb.environment().remove("AWS_PROFILE");
                Process p = pb.start();
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
                String out = read(p.getInputStream());
                if (!p.waitFor(4, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError(jar + " did not finish in 4 minutes");
                }
                return new Run(p.exitValue(), out, normalise(err.join()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Without what differs between any two runs: durations and the emulator's random request ids. */
        private static String normalise(String log) {
            return log.lines()
                    .filter(l -> !l.startsWith("SLF4J:"))
                    .map(l -> l.replaceAll("\"durationMs\":\\d+", "\"durationMs\":_")
                            .replaceAll("\"awsRequestId\":\"[^\"]*\"", "\"awsRequestId\":_")
                            .replaceAll("request id [A-Za-z0-9-]+", "request id _"))
                    .collect(Collectors.joining("\n"));
        }

        private static String read(java.io.InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override public String toString() { return "exit " + exit + "\n" + out + log; }
    }

    static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    static List<Path> lambdaJars() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var dirs = Files.list(ROOT.resolve("rules"))) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path jar = d.resolve("target/lambda/" + d.getFileName() + ".jar");
                if (Files.exists(jar)) out.add(jar);
            }
        }
        return out;
    }
}
