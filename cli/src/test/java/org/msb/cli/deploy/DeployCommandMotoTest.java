package org.msb.cli.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.Msb;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.testkit.MotoServer;
import picocli.CommandLine;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import java.io.PrintWriter;
import java.io.StringWriter;
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
class DeployCommandMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path jars;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    record Run(int exit, String out, String err) {}

    Run msb(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Msb.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

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

        Run plan = msb(deploy("plan", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.out().startsWith("msb deploy: stack set msb-baseline in account 123456789012, region eu-west-1 (call as SELF)"), plan.out());
        assertTrue(plan.out().contains("artifact bucket msb-artifacts-123456789012-us-east-1: create"), plan.out());
        assertTrue(plan.out().contains("stack set msb-baseline: create (service-managed"), plan.out());
        assertFalse(MOTO.clients("eu-west-1").s3().listBuckets().buckets().stream().anyMatch(b -> b.name().startsWith("msb-artifacts")),
                "plan changes nothing");

        Run apply = msb(deploy("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, apply.exit(), apply.err() + apply.out());
        assertTrue(apply.out().contains("eu-west-1: artifact bucket msb-artifacts-123456789012-eu-west-1 created (stack msb-artifacts)"), apply.out());
        assertTrue(apply.out().contains("stack set msb-baseline created"), apply.out());
        assertTrue(apply.out().contains("create stack instances for r-ab12 in eu-west-1, us-east-1: SUCCEEDED"), apply.out());
        assertTrue(apply.out().contains("deployed artifact version "), apply.out());
    }

    @Test
    void plan_when_managementAccountIncluded_showsItsStacks_andRefusesADelegatedAdmin() throws Exception {
        MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));
        for (Rule r : RuleCatalog.load().rules()) Files.writeString(jars.resolve(r.spec().id() + ".jar"), "jar " + r.spec().id());

        Run plan = msb(deploy("plan", "--include-management-account"));  // moto answers DescribeStacks of a missing stack
        assertEquals(0, plan.exit(), plan.err());
        for (String region : List.of("eu-west-1", "us-east-1")) {
            assertTrue(plan.out().contains("  management account 123456789012: stack msb-baseline in " + region + ": create\n"), plan.out());
            String upload = plan.out().lines().filter(l -> l.startsWith("  upload to s3://msb-artifacts-123456789012-" + region + "/")).findFirst().orElseThrow();
            assertTrue(upload.contains("/member-stackset.yaml"), "the template in every region's bucket: " + upload);
        }

        String help = msb("deploy", "apply", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--include-management-account Also deploy the member template to the management account itself"), help);
        String deployHelp = msb("deploy", "--help").out().replaceAll("\\s+", " ");
        assertTrue(deployHelp.contains(" central ") && deployHelp.contains("each part run with the credentials of the account it deploys to"), deployHelp);

        Run delegated = msb(deploy("plan", "--include-management-account", "--call-as", "DELEGATED_ADMIN"));
        assertEquals(1, delegated.exit());
        assertTrue(delegated.err().contains("--include-management-account deploys into the calling account"), delegated.err());
    }

    @Test
    void plan_when_unknownParameterOrBadOu_failsWithTheReason() throws Exception {
        for (Rule r : RuleCatalog.load().rules()) Files.writeString(jars.resolve(r.spec().id() + ".jar"), "jar");
        Run unknown = msb(deploy("plan", "-p", "NoSuchParameter=1"));
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("the member template has no parameter NoSuchParameter"), unknown.err());
        Run badOu = msb("deploy", "plan", "--ou", "workloads", "--regions", "eu-west-1", "--jars", jars.toString(),
                "--endpoint-url", MOTO.endpoint().toString());
        assertEquals(1, badOu.exit());
        assertTrue(badOu.err().contains("\"workloads\" is not an organizational unit id"), badOu.err());
        Run missing = msb("deploy", "plan", "--regions", "eu-west-1");
        assertEquals(2, missing.exit(), "usage error");
        assertTrue(missing.err().contains("Missing required option: '--ou=OU'"), missing.err());
    }
}
