package org.msb.cli.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.CliRun;
import org.msb.cli.DummyAwsCredentials;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb deploy} from the command line against the moto server, credentials from the default chain, as a user
 * would point it at an emulator. The OU has no accounts, so moto creates no stack instance (it cannot build the
 * member template's stacks: no AWS::Lambda::Alias); DeployMotoTest covers instances with stubs.
 */
@ExtendWith(DummyAwsCredentials.class)
class DeployCommandMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path jars;

    String[] deploy(String step, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", step, "--ou", "r-ab12", "--regions", "eu-west-1,us-east-1", "--region", "eu-west-1",
                "--endpoint-url", MOTO.endpoint().toString(), "--jars", jars.toString(), "--poll-seconds", "0"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void planThenApply_when_emptyAccount_showsThenDoesIt() throws Exception {
        MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));
        for (Rule r : RuleCatalog.load().rules()) Files.writeString(jars.resolve(r.spec().id() + ".jar"), "jar " + r.spec().id());

        CliRun plan = CliRun.of(deploy("plan", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().startsWith("msb deploy: stack set msb-baseline in account 123456789012, region eu-west-1 (call as SELF)"), plan.out());
        assertTrue(plan.out().contains("artifact bucket msb-artifacts-123456789012-us-east-1: create"), plan.out());
        assertTrue(plan.out().contains("stack set msb-baseline: create (service-managed"), plan.out());
        assertFalse(MOTO.clients("eu-west-1").s3().listBuckets().buckets().stream().anyMatch(b -> b.name().startsWith("msb-artifacts")),
                "plan changes nothing");

        CliRun apply = CliRun.of(deploy("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, apply.exitCode(), apply.err() + apply.out());
        assertTrue(apply.out().contains("eu-west-1: artifact bucket msb-artifacts-123456789012-eu-west-1 created (stack msb-artifacts)"), apply.out());
        assertTrue(apply.out().contains("stack set msb-baseline created"), apply.out());
        assertTrue(apply.out().contains("create stack instances for r-ab12 in eu-west-1, us-east-1: SUCCEEDED"), apply.out());
        assertTrue(apply.out().contains("deployed artifact version "), apply.out());
    }

    @Test
    void plan_when_managementAccountIncluded_showsItsStacks_andRefusesADelegatedAdmin() throws Exception {
        MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));
        for (Rule r : RuleCatalog.load().rules()) Files.writeString(jars.resolve(r.spec().id() + ".jar"), "jar " + r.spec().id());

        CliRun plan = CliRun.of(deploy("plan", "--include-management-account"));  // moto answers DescribeStacks of a missing stack
        assertEquals(0, plan.exitCode(), plan.err());
        for (String region : List.of("eu-west-1", "us-east-1")) {
            assertTrue(plan.out().contains("  management account 123456789012: stack msb-baseline in " + region + ": create\n"), plan.out());
            String upload = plan.out().lines().filter(l -> l.startsWith("  upload to s3://msb-artifacts-123456789012-" + region + "/")).findFirst().orElseThrow();
            assertTrue(upload.contains("/member-stackset.yaml"), "the template in every region's bucket: " + upload);
        }

        String help = CliRun.of("deploy", "apply", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--include-management-account Also deploy the member template to the management account itself"), help);
        String deployHelp = CliRun.of("deploy", "--help").out().replaceAll("\\s+", " ");
        assertTrue(deployHelp.contains(" central ") && deployHelp.contains("each part run with the credentials of the account it deploys to"), deployHelp);

        CliRun delegated = CliRun.of(deploy("plan", "--include-management-account", "--call-as", "DELEGATED_ADMIN"));
        assertEquals(1, delegated.exitCode());
        assertTrue(delegated.err().contains("--include-management-account deploys into the calling account"), delegated.err());
    }

    @Test
    void plan_when_unknownParameterOrBadOu_failsWithTheReason() throws Exception {
        for (Rule r : RuleCatalog.load().rules()) Files.writeString(jars.resolve(r.spec().id() + ".jar"), "jar");
        CliRun unknown = CliRun.of(deploy("plan", "-p", "NoSuchParameter=1"));
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("the member template has no parameter NoSuchParameter"), unknown.err());
        CliRun badOu = CliRun.of("deploy", "plan", "--ou", "workloads", "--regions", "eu-west-1", "--jars", jars.toString(),
                "--endpoint-url", MOTO.endpoint().toString());
        assertEquals(1, badOu.exitCode());
        assertTrue(badOu.err().contains("\"workloads\" is not an organizational unit id"), badOu.err());
        CliRun missing = CliRun.of("deploy", "plan", "--regions", "eu-west-1");
        assertEquals(2, missing.exitCode(), "usage error");
        assertTrue(missing.err().contains("Missing required option: '--ou=OU'"), missing.err());
    }
}
