package org.msb.cli;

import org.msb.cli.deploy.CentralCommand;
import org.msb.cli.deploy.DeployOptions;
import org.msb.cli.deploy.DeployPlan;
import org.msb.cli.deploy.DeploySettings;
import org.msb.cli.deploy.DeployStep;
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
        @Mixin DeployOptions deploy;

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

        @Option(names = "--exception-register", paramLabel = "LOCATION", description = "s3://bucket/key or ssm:/parameter/name, read by every rule")
        String exceptionRegister;

        @Option(names = "--enable-optional-controls", description = "Deploy the optional controls (msb-extended packs) too")
        boolean optionalControls;

        @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "A StackSet parameter, e.g. PasswordPolicyParamMinimumPasswordLength=16 (repeatable)")
        Map<String, String> parameters = new LinkedHashMap<>();

        @Option(names = "--max-concurrent-percentage", defaultValue = "25", description = "Of the accounts per region at once. Default: ${DEFAULT-VALUE}")
        int maxConcurrent;

        @Option(names = "--failure-tolerance-percentage", defaultValue = "10", description = "Failed accounts tolerated per region before StackSets stops. Default: ${DEFAULT-VALUE}")
        int failureTolerance;

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
            return new DeploySettings(stackSetName, api, organizationalUnits, regions, home, deploy.bucketPrefix(), deploy.organizationId(),
                    callAs, deploy.jars(), deploy.artifactVersion(), params, maxConcurrent, failureTolerance, deploy.timeoutSeconds(),
                    deploy.pollSeconds(), includeManagementAccount);
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
            DeploySettings settings = options.settings();
            Release release = Release.of(RuleCatalog.load().rules().stream().map(Rule::spec).toList(), options.deploy.root(), settings.jarsDir(),
                    settings.artifactVersion());
            return DeployStep.execute(spec, out -> {
                try (LiveClients clients = LiveClients.of(settings.apiRegion(), options.deploy.endpoint())) {
                    Deployer deployer = new Deployer(settings, clients, Sleeper.REAL, out);
                    DeployPlan plan = deployer.plan(release);
                    plan.print(out);
                    return run(deployer, plan);
                }
            });
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
