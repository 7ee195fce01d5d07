package org.msb.internal.lambda;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.internal.live.AwsClients;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule jar's handler once on an event file, like {@code rdk test-local} or {@code sam local invoke},
 * and prints the evaluations it sent:
 * <pre>
 * java -cp rules/&lt;id&gt;/target/lambda/&lt;id&gt;.jar org.msb.internal.lambda.LocalInvoke --event FILE \
 *      [--endpoint-url URL] [--region R] [--parameters JSON] [--json]
 * </pre>
 * Exit code 0 when the invocation succeeded, 1 when it failed (the error is printed), 2 for bad usage.
 * Plain argument parsing on purpose: rule jars stay lean. The handler's JSON log lines go to stderr.
 */
public final class LocalInvoke {
    static final String USAGE = """
            Usage: java -cp <rule>.jar org.msb.internal.lambda.LocalInvoke --event FILE [options]
              --event FILE          a Config rule invocation event (JSON), as Lambda receives it
              --endpoint-url URL    send every AWS call here (an emulator or a stub), e.g. http://127.0.0.1:5000
              --region REGION       the region to run in (default: AWS_REGION, else the event's configRuleArn)
              --parameters JSON     rule parameters replacing the event's ruleParameters, e.g. '{"maxAgeDays":"90"}'
              --json                print the evaluations as JSON lines instead of a table
              --help                show this message
            With an endpoint and no AWS credentials in the environment, dummy credentials are used.
            Use the result token TESTMODE in the event to call PutEvaluations in TestMode.
            Exit code: 0 success, 1 failed invocation, 2 bad usage.""";

    private LocalInvoke() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    record Options(Path event, URI endpoint, String region, String parameters, boolean json) {}

    /** Thrown for a usage mistake; the message says which. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) { super(message); }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        byte[] event;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                out.println(USAGE);
                return 0;
            }
            options = parse(args, env);
            event = eventWithParameters(options);
        } catch (UsageException e) {
            err.println("Error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String region = options.region() != null ? options.region() : regionOf(event);
        if (region == null) {
            err.println("Error: no region: pass --region or set AWS_REGION");
            err.println(USAGE);
            return 2;
        }
        ConfigRuleHandler handler;
        try {
            Rule rule = RuleLoader.load(RuleLoader.defaultLoader());
            AwsClients.Settings settings = new AwsClients.Settings(Region.of(region), options.endpoint(),
                    credentials(options.endpoint(), env), 5);
            handler = new ConfigRuleHandler(rule, new ContainerClients(settings), AccountViewFactory.LIVE,
                    Clock.systemUTC(), Sleeper.REAL, err);
        } catch (RuntimeException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        try {
            Delivery d = handler.invoke(event, "local-invoke");
            print(handler, d, options.json(), out);
            return 0;
        } catch (RuntimeException e) {
            if (e instanceof DeliveryException de && !de.partial().delivered().isEmpty()) {
                out.println("Delivered before the failure:");
                print(handler, de.partial(), options.json(), out);
            }
            err.println("Invocation failed: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args, Map<String, String> env) {
        Path event = null;
        String endpoint = env.get("AWS_ENDPOINT_URL");
        String region = firstSet(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"));
        String parameters = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--event" -> event = Path.of(value(args, ++i, a));
                case "--endpoint-url" -> endpoint = value(args, ++i, a);
                case "--region" -> region = value(args, ++i, a);
                case "--parameters" -> parameters = value(args, ++i, a);
                case "--json" -> json = true;
                default -> throw new UsageException("unknown argument \"" + a + "\"");
            }
        }
        if (event == null) throw new UsageException("--event FILE is required");
        if (!Files.isRegularFile(event)) throw new UsageException("event file " + event + " does not exist");
        URI uri;
        try {
            uri = ContainerClients.endpoint(endpoint);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint-url: " + e.getMessage());
        }
        return new Options(event, uri, region, parameters, json);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
        return args[i];
    }

    /** The event file's bytes, with ruleParameters replaced when --parameters is given. */
    private static byte[] eventWithParameters(Options o) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(o.event());
        } catch (IOException e) {
            throw new UsageException("cannot read event file " + o.event() + ": " + e.getMessage());
        }
        if (o.parameters() == null) return bytes;
        JsonElement params;
        try {
            params = JsonParser.parseString(o.parameters());
        } catch (JsonParseException e) {
            throw new UsageException("--parameters is not valid JSON: " + o.parameters());
        }
        if (!params.isJsonObject()) throw new UsageException("--parameters must be a JSON object, e.g. '{\"name\":\"value\"}'");
        JsonElement root;
        try {
            root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            return bytes;  // the handler reports the malformed event
        }
        if (!root.isJsonObject()) return bytes;
        JsonObject copy = root.getAsJsonObject().deepCopy();
        copy.addProperty("ruleParameters", params.toString());
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The region in the event's configRuleArn (arn:aws:config:REGION:...), if any. */
    private static String regionOf(byte[] event) {
        try {
            JsonElement root = JsonParser.parseString(new String(event, StandardCharsets.UTF_8));
            JsonElement arn = root.isJsonObject() ? root.getAsJsonObject().get("configRuleArn") : null;
            if (arn == null || !arn.isJsonPrimitive()) return null;
            String[] parts = arn.getAsString().split(":");
            return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** The default chain, except against an endpoint with no credentials configured: dummy ones. */
    static AwsCredentialsProvider credentials(URI endpoint, Map<String, String> env) {
        boolean configured = firstSet(env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_PROFILE"),
                env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI"), env.get("AWS_WEB_IDENTITY_TOKEN_FILE"),
                System.getProperty("aws.accessKeyId")) != null;
        if (endpoint != null && !configured) return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        return null;  // AwsClients.Settings uses the default chain
    }

    private static void print(ConfigRuleHandler handler, Delivery d, boolean json, PrintStream out) {
        List<Evaluation> all = d.delivered();
        if (json) {
            for (Evaluation e : all) {
                JsonObject o = new JsonObject();
                o.addProperty("resourceType", e.resourceType());
                o.addProperty("resourceId", e.resourceId());
                o.addProperty("compliance", e.compliance().name());
                o.addProperty("annotation", e.annotation());
                o.addProperty("orderingTimestamp", e.orderingTimestamp().toString());
                out.println(o);
            }
            return;
        }
        out.println("Rule " + handler.rule().spec().id() + ": " + all.size() + " evaluation(s) sent in " + d.calls()
                + " PutEvaluations call(s)" + (d.testMode() ? " (TestMode)" : ""));
        if (all.isEmpty()) return;
        String[] head = {"COMPLIANCE", "RESOURCE TYPE", "RESOURCE ID", "ORDERING TIMESTAMP", "ANNOTATION"};
        int[] w = new int[4];
        for (int i = 0; i < 4; i++) w[i] = head[i].length();
        for (Evaluation e : all) {
            w[0] = Math.max(w[0], e.compliance().name().length());
            w[1] = Math.max(w[1], e.resourceType().length());
            w[2] = Math.max(w[2], e.resourceId().length());
            w[3] = Math.max(w[3], e.orderingTimestamp().toString().length());
        }
        String format = "%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %-" + w[3] + "s  %s%n";
        out.printf(format, (Object[]) head);
        for (Evaluation e : all) {
            out.printf(format, e.compliance().name(), e.resourceType(), e.resourceId(), e.orderingTimestamp(),
                    e.annotation() == null ? "" : e.annotation());
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
