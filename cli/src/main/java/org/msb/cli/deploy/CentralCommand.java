package org.msb.cli.deploy;

import org.msb.cli.ExitCodes;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code msb deploy central functions|member-role|packs plan|apply}: the central-functions pattern, each part run
 * with the credentials of the account it deploys to.
 */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = {"The alternative pattern: the rule functions once per region in a security-tooling account, the members' execution "
                + "role through a StackSet, and organization conformance packs that invoke the central functions (docs/deployment.md). "
                + "Run each part with the credentials of the account it deploys to, in this order: functions, member-role, packs."},
        subcommands = {CentralCommand.Functions.class, CentralCommand.MemberRole.class, CentralCommand.Packs.class})
public final class CentralCommand implements Runnable {
    static final String FUNCTIONS_CREDENTIALS = "Run with the security-tooling account's credentials.";
    static final String MEMBER_ROLE_CREDENTIALS = "Run with the management account's credentials, or a CloudFormation delegated "
            + "administrator's with --call-as DELEGATED_ADMIN.";
    static final String PACKS_CREDENTIALS = "Run with the management account's credentials, or the Config delegated administrator's.";

    @Spec CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** What every central command takes. */
    static class CommonOptions {
        @Mixin DeployOptions deploy;

        @Option(names = "--execution-role-name", defaultValue = CentralPattern.DEFAULT_EXECUTION_ROLE, paramLabel = "NAME",
                description = "The role in each member account the functions assume; the same in all three parts. Default: ${DEFAULT-VALUE}")
        String executionRoleName;

        @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "A template parameter (repeatable); the template's own names")
        Map<String, String> parameters = new LinkedHashMap<>();

        static List<RuleSpec> rules() { return RuleCatalog.load().rules().stream().map(Rule::spec).toList(); }
    }

    /** The options of the per-region parts (functions, packs). */
    static class RegionalOptions extends CommonOptions {
        @Option(names = "--regions", required = true, split = ",", paramLabel = "REGION", description = "Regions to deploy to")
        List<String> regions;

        @Option(names = "--home-region", paramLabel = "REGION",
                description = "Region that evaluates rules on global resource types (default: the first of --regions)")
        String homeRegion;

        @Option(names = "--enable-optional-controls", description = "Deploy the optional controls (msb-extended) too")
        boolean optionalControls;

        CentralPattern.Common common() {
            return new CentralPattern.Common(regions, homeRegion != null ? homeRegion : regions.get(0), executionRoleName, optionalControls, parameters);
        }
    }

    static final class FunctionsOptions extends RegionalOptions {}

    static final class PacksOptions extends RegionalOptions {
        @Option(names = "--central-account", required = true, paramLabel = "ACCOUNT", description = "The security-tooling account running the functions")
        String centralAccount;

        @Option(names = "--exception-register", paramLabel = "LOCATION", description = "s3://bucket/key or ssm:/parameter/name, read by every rule")
        String exceptionRegister;
    }

    static final class MemberRoleOptions extends CommonOptions {
        @Option(names = "--ou", required = true, split = ",", paramLabel = "OU",
                description = "Organizational units (ou-... or the root r-...) whose accounts get the role")
        List<String> organizationalUnits;

        @Option(names = "--region", paramLabel = "REGION",
                description = "The one region of the StackSet and its instances (IAM is global; default: AWS_REGION)")
        String region;

        @Option(names = "--central-account", required = true, paramLabel = "ACCOUNT", description = "The security-tooling account running the functions")
        String centralAccount;

        @Option(names = "--exception-register", paramLabel = "LOCATION",
                description = "s3://bucket/key or ssm:/parameter/name: the role may read exactly this")
        String exceptionRegister;

        @Option(names = "--stack-set-name", defaultValue = CentralPattern.MEMBER_ROLE_STACK_SET, description = "Default: ${DEFAULT-VALUE}")
        String stackSetName;

        @Option(names = "--call-as", defaultValue = "SELF", description = "SELF (management account) or DELEGATED_ADMIN. Default: ${DEFAULT-VALUE}")
        DeploySettings.CallAs callAs;

        @Option(names = "--max-concurrent-percentage", defaultValue = "25", description = "Of the accounts at once. Default: ${DEFAULT-VALUE}")
        int maxConcurrent;

        @Option(names = "--failure-tolerance-percentage", defaultValue = "10", description = "Failed accounts tolerated. Default: ${DEFAULT-VALUE}")
        int failureTolerance;

        String region() {
            String r = region != null ? region : System.getenv("AWS_REGION");
            if (r == null || r.isBlank()) throw new IllegalArgumentException("no region for the member role's StackSet: pass --region (or set AWS_REGION)");
            return r;
        }

        DeploySettings settings(String r) {
            return new DeploySettings(stackSetName, r, organizationalUnits, List.of(r), r, deploy.bucketPrefix(), deploy.organizationId(), callAs,
                    deploy.jars(), deploy.artifactVersion(), parameters, maxConcurrent, failureTolerance, deploy.timeoutSeconds(),
                    deploy.pollSeconds(), false);
        }
    }

    /** Plain stacks of the functions or packs part: plan, print, and apply unless only planning. */
    static int stacks(CommandSpec spec, RegionalOptions o, boolean apply, Release release,
                      BiFunction<StackDeployer, String, CentralPattern.Stacks> what) throws IOException {
        CentralPattern.Common common = o.common();
        DeployOptions d = o.deploy;
        return DeployStep.execute(spec, out -> {
            try (LiveClients clients = LiveClients.of(common.homeRegion(), d.endpoint())) {
                StackDeployer deployer = new StackDeployer(clients, Sleeper.REAL, d.pollSeconds(), d.timeoutSeconds(), out);
                String prefix = ArtifactBuckets.prefix(d.bucketPrefix(), deployer.account());
                StacksPlan plan = deployer.plan(what.apply(deployer, prefix), prefix, release);
                plan.print(out);
                if (apply) deployer.apply(plan, d.organizationId());
                return ExitCodes.OK;
            }
        });
    }

    @Command(name = "functions", mixinStandardHelpOptions = true,
            description = {"Security-tooling account credentials: artifact buckets, the jars, and the stack " + CentralPattern.FUNCTIONS_STACK
                    + " (deploy/central-functions.yaml) in each region: every rule's function, version, alias live, log group and a role "
                    + "that may only assume the execution role in accounts of the organization."})
    static final class Functions {
        @Spec CommandSpec spec;

        @Command(name = "plan", mixinStandardHelpOptions = true,
                description = {"Show what apply would create or change; change nothing.", FUNCTIONS_CREDENTIALS})
        int plan(@Mixin FunctionsOptions o) throws IOException { return run(o, false); }

        @Command(name = "apply", mixinStandardHelpOptions = true,
                description = {"Upload, create or update the stacks, wait for them.", FUNCTIONS_CREDENTIALS})
        int apply(@Mixin FunctionsOptions o) throws IOException { return run(o, true); }

        private int run(FunctionsOptions o, boolean apply) throws IOException {
            DeployOptions d = o.deploy;
            Release release = Release.of(CommonOptions.rules(), d.root(), d.jars(), d.artifactVersion());
            return stacks(spec, o, apply, release, (deployer, prefix) -> CentralPattern.functions(release, o.common(), prefix,
                    d.organizationId() != null ? d.organizationId() : deployer.organizationId()));
        }
    }

    @Command(name = "packs", mixinStandardHelpOptions = true,
            description = {"Management account (or Config delegated administrator) credentials: the stack " + CentralPattern.PACKS_STACK
                    + " (deploy/central-organization-packs.yaml) in each region, its organization conformance packs invoking the functions "
                    + "of --central-account; the -global packs in the home region only. The template is kept in this account's artifact buckets."})
    static final class Packs {
        @Spec CommandSpec spec;

        @Command(name = "plan", mixinStandardHelpOptions = true,
                description = {"Show what apply would create or change; change nothing.", PACKS_CREDENTIALS})
        int plan(@Mixin PacksOptions o) throws IOException { return run(o, false); }

        @Command(name = "apply", mixinStandardHelpOptions = true,
                description = {"Upload the template, create or update the stacks, wait for them.", PACKS_CREDENTIALS})
        int apply(@Mixin PacksOptions o) throws IOException { return run(o, true); }

        private int run(PacksOptions o, boolean apply) throws IOException {
            Release release = Release.templates(CommonOptions.rules(), o.deploy.artifactVersion());
            return stacks(spec, o, apply, release, (deployer, prefix) -> CentralPattern.packs(release, o.common(), o.centralAccount, o.exceptionRegister));
        }
    }

    @Command(name = "member-role", mixinStandardHelpOptions = true,
            description = {"Management account (or CloudFormation delegated administrator with --call-as DELEGATED_ADMIN) credentials: "
                    + "a service-managed StackSet of deploy/central-member-role.yaml to ONE region for every account of --ou: the execution "
                    + "role the central functions assume, with every rule's reads and config:PutEvaluations."})
    static final class MemberRole {
        @Spec CommandSpec spec;

        @Command(name = "plan", mixinStandardHelpOptions = true,
                description = {"Show what apply would create or change; change nothing.", MEMBER_ROLE_CREDENTIALS})
        int plan(@Mixin MemberRoleOptions o) throws IOException { return run(o, false); }

        @Command(name = "apply", mixinStandardHelpOptions = true,
                description = {"Create or update the StackSet and its instances, wait for them.", MEMBER_ROLE_CREDENTIALS})
        int apply(@Mixin MemberRoleOptions o) throws IOException { return run(o, true); }

        private int run(MemberRoleOptions o, boolean apply) throws IOException {
            String region = o.region();
            DeploySettings settings = o.settings(region);
            Release release = Release.templates(CommonOptions.rules(), o.deploy.artifactVersion());
            StackSetPayload payload = CentralPattern.memberRole(release, region, o.centralAccount, o.executionRoleName, o.exceptionRegister, o.parameters);
            return DeployStep.execute(spec, out -> {
                try (LiveClients clients = LiveClients.of(region, o.deploy.endpoint())) {
                    Deployer deployer = new Deployer(settings, clients, Sleeper.REAL, out);
                    String account = deployer.account();
                    DeployPlan plan = deployer.plan(account, release, ArtifactBuckets.prefix(o.deploy.bucketPrefix(), account), payload, List.of());
                    plan.print(out);
                    if (apply) deployer.apply(plan);
                    return ExitCodes.OK;
                }
            });
        }
    }
}
