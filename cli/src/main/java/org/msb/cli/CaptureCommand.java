package org.msb.cli;

import org.msb.cli.scan.RuleCatalog;
import org.msb.internal.live.AccountCapture;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.internal.live.LiveAccountView;
import org.msb.internal.world.WorldWriter;
import org.msb.rule.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Record a live account (read-only) as a world file: every configuration item and fact the rules need,",
                "so a scan can be repeated offline with msb scan --world FILE."},
        footer = {"", "Exit codes: 0 everything captured; 1 capture failed; 2 bad usage;",
                "            4 written, but some items or facts could not be read (listed; an offline scan says INSUFFICIENT_DATA for them)."})
public final class CaptureCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--live", required = true, description = "Read the live account with the default credential chain (required: capture only reads live AWS).")
    boolean live;

    @Option(names = "--region", paramLabel = "REGION", description = "Region to capture (default: AWS_REGION or the profile's region).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (e.g. the moto emulator).")
    URI endpoint;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The world file to write (JSON; .gz compresses).")
    Path output;

    @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Only what these rule or control ids need.")
    List<String> rules;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description stored in the world file.")
    String description;

    @Option(names = "--compact", description = "Write compact JSON instead of indented.")
    boolean compact;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Rule> selected = RuleCatalog.load().select(rules).rules();
        try (AwsClients clients = WorldLoader.clients(region, endpoint)) {
            String account = CallerIdentity.accountId(clients);
            err.printf("msb: capturing account %s in %s for %d rule(s)%n", account, clients.region(), selected.size());
            LiveAccountView view = new LiveAccountView(clients, account);
            AccountCapture.Result result = new AccountCapture(view, Clock.systemUTC(), line -> {
                err.println("  " + line);
                err.flush();
            }).capture(selected.stream().map(Rule::spec).toList(),
                    description != null ? description : "account " + account + " in " + clients.region());
            WorldWriter.write(result.world(), output, !compact);
            err.printf("msb: wrote %s (%d items, %d facts)%n", output, result.itemCount(), result.facts().size());
            if (!result.missing().isEmpty()) {
                err.printf("msb: %d thing(s) not captured:%n", result.missing().size());
                result.warnings().forEach(w -> err.println("  " + w));
                return ExitCodes.INCOMPLETE;
            }
            return ExitCodes.OK;
        }
    }
}
