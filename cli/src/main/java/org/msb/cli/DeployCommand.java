package org.msb.cli;

import org.msb.cli.deploy.CentralCommand;
import org.msb.cli.deploy.DeployException;
import org.msb.cli.deploy.DeployPlan;
import org.msb.cli.deploy.DeploySettings;
import org.msb.cli.deploy.Deployer;
import org.msb.cli.deploy.LiveClients;
import org.msb.cli.deploy.Release;
import org.msb.cli.deploy.Sleeper;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Deploy the rules to an AWS Organization with a service-managed StackSet (see docs/deployment.md).",
                "plan shows what would change; apply uploads the jars and template, creates or updates the StackSet and its "
                        + "instances, and waits. Run from the management account, or from a CloudFormation delegated "
                        + "administrator with --call-as DELEGATED_ADMIN. --include-management-account also deploys the same template to "
                        + "the management account itself (a plain stack per region; needs its credentials).",
                "deploy central ...: the alternative pattern (functions in a security-tooling account), each part run with the "
                        + "credentials of the account it deploys to."},
        subcommands = {DeployCommand.Plan.class, DeployCommand.Apply.class, CentralCommand.class})
public final class DeployCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** The options plan and apply share. */
    static final class Options {
        @Option(names = "--ou", required = true, split = ",", paramLabel = "OU",
                description = "Organizational units (ou-... or the root r-...) whose accounts get the rules")
        List<String> organizationalUnits;

        @Option(names = "--regions", required = true, split = ",", paramLabel = "REGION", description = "Regions to deploy to")
        List<String> regions;

        @Option(names = "--home-region", paramLabel = "REGION",
                description = "Region that evaluates rules on global resource types (default: the first of --regions)")
        String homeRegion;

        @Option(names = "--region", paramLabel = "REGION",
                description = "Region of the StackSet itself (default: AWS_REGION, else the home region)")
        String apiRegion;

        @Option(names = "--stack-set-name", defaultValue = "msb-baseline", description = "Default: ${DEFAULT-VALUE}")
        String stackSetName;

        @Option(names = "--call-as", defaultValue = "SELF", description = "SELF (management account) or DELEGATED_ADMIN. Default: ${DEFAULT-VALUE}")
        DeploySettings.CallAs callAs;

        @Option(names = "--bucket-prefix", paramLabel = "PREFIX", description = "Artifact buckets are <prefix>-<region> (default: msb-artifacts-<account id>)")
        String bucketPrefix;

        @Option(names = "--organization-id", paramLabel = "o-...", description = "For the artifact buckets' policy (default: read from AWS Organizations)")
        String organizationId;

        @Option(names = "--exception-register", paramLabel = "LOCATION", description = "s3://bucket/key or ssm:/parameter/name, read by every rule")
        String exceptionRegister;

        @Option(names = "--enable-optional-controls", description = "Deploy the optional controls (msb-extended packs) too")
        boolean optionalControls;

        @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "A StackSet parameter, e.g. PasswordPolicyParamMinimumPasswordLength=16 (repeatable)")
        Map<String, String> parameters = new LinkedHashMap<>();

        @Option(names = "--jars", paramLabel = "DIR", description = "Folder holding <rule-id>.jar (default: rules/<rule-id>/target/lambda/ under --root)")
        Path jars;

        @Option(names = "--root", paramLabel = "DIR", description = "The project folder (default: the current folder)")
        Path root = Path.of(".");

        @Option(names = "--artifact-version", paramLabel = "VERSION", description = "Key prefix of this release (default: a digest of the jars and template)")
        String artifactVersion;

        @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (an emulator such as moto)")
        URI endpoint;

        @Option(names = "--max-concurrent-percentage", defaultValue = "25", description = "Of the accounts per region at once. Default: ${DEFAULT-VALUE}")
        int maxConcurrent;

        @Option(names = "--failure-tolerance-percentage", defaultValue = "10", description = "Failed accounts tolerated per region before StackSets stops. Default: ${DEFAULT-VALUE}")
        int failureTolerance;

        @Option(names = "--timeout-minutes", defaultValue = "120", description = "Give up waiting after this long. Default: ${DEFAULT-VALUE}")
        long timeoutMinutes;

        @Option(names = "--poll-seconds", defaultValue = "15", description = "Between status checks. Default: ${DEFAULT-VALUE}")
        long pollSeconds;

        @Option(names = "--include-management-account", description = {"Also deploy the member template to the management account "
                + "itself, as a plain stack named like the StackSet in each of --regions (service-managed StackSets never deploy there). "
                + "Needs the management account's credentials and --call-as SELF."})
        boolean includeManagementAccount;

        DeploySettings settings() {
            String home = homeRegion != null ? homeRegion : regions.get(0);
            String api = apiRegion != null ? apiRegion : envRegion() != null ? envRegion() : home;
            Map<String, String> params = new LinkedHashMap<>(parameters);
            if (exceptionRegister != null) params.put("ExceptionRegister", exceptionRegister);
            if (optionalControls) params.put("EnableOptionalControls", "true");
            return new DeploySettings(stackSetName, api, organizationalUnits, regions, home, bucketPrefix, organizationId, callAs, jars,
                    artifactVersion, params, maxConcurrent, failureTolerance, timeoutMinutes * 60, pollSeconds, includeManagementAccount);
        }

        private static String envRegion() {
            String r = System.getenv("AWS_REGION");
            return r == null || r.isBlank() ? null : r;
        }
    }

    /** Shared by plan and apply: build the release, plan against AWS, print. */
    abstract static class Step implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Options options;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            DeploySettings settings = options.settings();
            Release release = Release.of(RuleCatalog.load().rules().stream().map(Rule::spec).toList(), options.root, settings.jarsDir(),
                    settings.artifactVersion());
            try (LiveClients clients = LiveClients.of(settings.apiRegion(), options.endpoint)) {
                Deployer deployer = new Deployer(settings, clients, Sleeper.REAL, out);
                DeployPlan plan = deployer.plan(release);
                plan.print(out);
                return run(deployer, plan);
            } catch (DeployException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("msb: deploy failed: " + e.getMessage());
                err.flush();
                return ExitCodes.FAILED;
            }
        }

        abstract int run(Deployer deployer, DeployPlan plan);
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what apply would create or change; change nothing.")
    static final class Plan extends Step {
        @Override int run(Deployer deployer, DeployPlan plan) { return ExitCodes.OK; }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Upload the jars and template, create or update the StackSet and its instances, wait for them.")
    static final class Apply extends Step {
        @Override
        int run(Deployer deployer, DeployPlan plan) {
            deployer.apply(plan);
            return ExitCodes.OK;
        }
    }
}
