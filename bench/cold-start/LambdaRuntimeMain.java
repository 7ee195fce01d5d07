import org.msb.internal.lambda.ConfigRuleHandler;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;

/**
 * What the Lambda Java runtime does on a cold start, and nothing more: construct the handler class the
 * function names (no-argument constructor, configuration from the environment) and call handleRequest once
 * with the event. The runtime's own bootstrap is not ours to measure; the Python variant likewise runs its
 * handler from a plain main.
 */
public final class LambdaRuntimeMain {
    public static void main(String[] args) throws Exception {
        ConfigRuleHandler handler = new ConfigRuleHandler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new FileInputStream(args[0])) {
            handler.handleRequest(in, out, null);
        }
        System.out.println(out);
    }
}
