package org.msb.cli.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.Msb;
import org.msb.testkit.MotoServer;
import picocli.CommandLine;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb deploy central packs} from the command line against the moto server: moto's CloudFormation creates the
 * stack from the template in moto's S3 (it skips AWS::Config::OrganizationConformancePack, which it does not know,
 * so this covers msb's side: buckets, upload, CreateStack by URL, waiting, parameters read back with their defaults).
 */
class CentralCommandMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

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

    String[] packs(String step, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "central", "packs", step, "--regions", "eu-west-1,us-east-1", "--central-account", "111122223333",
                "--endpoint-url", MOTO.endpoint().toString(), "--poll-seconds", "0"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void packs_planApplyThenApplyAgain_createsAStackPerRegionOnce() {
        MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));

        Run plan = msb(packs("plan", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.out().startsWith("msb deploy: central organization conformance packs (stack msb-central-packs per region) in account 123456789012"), plan.out());
        assertTrue(plan.out().contains("  stack msb-central-packs in eu-west-1: create\n"), plan.out());
        assertTrue(plan.out().contains("  artifact bucket msb-artifacts-123456789012-us-east-1: create"), plan.out());

        Run apply = msb(packs("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, apply.exit(), apply.err() + apply.out());
        for (String region : List.of("eu-west-1", "us-east-1")) {
            Stack stack = MOTO.clients(region).regional(CloudFormationClient.class, CloudFormationClient::builder).describeStacks(r -> r.stackName("msb-central-packs")).stacks().get(0);
            assertEquals("CREATE_COMPLETE", stack.stackStatusAsString());
            assertTrue(stack.parameters().stream().anyMatch(p -> p.parameterKey().equals("CentralAccountId") && p.parameterValue().equals("111122223333")));
            assertTrue(stack.parameters().stream().anyMatch(p -> p.parameterKey().equals("HomeRegion") && p.parameterValue().equals("eu-west-1")),
                    "home region: the first of --regions");
            assertTrue(stack.parameters().stream().anyMatch(p -> p.parameterKey().equals("PasswordPolicyParamMinimumPasswordLength")
                    && p.parameterValue().equals("16")));
        }
        assertTrue(apply.out().contains("  eu-west-1: stack msb-central-packs CREATE_COMPLETE"), apply.out());

        Run again = msb(packs("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("  stack msb-central-packs in us-east-1: unchanged\n"), again.out());
        assertTrue(again.out().endsWith("nothing to change: the deployment is current\n"), again.out());

        Run changed = msb(packs("plan"));
        assertTrue(changed.out().contains("  stack msb-central-packs in us-east-1: update (parameters changed: PasswordPolicyParamMinimumPasswordLength "
                + "(back to its default))\n"), changed.out());

        Run update = msb(packs("apply"));
        assertEquals(0, update.exit(), update.err() + update.out());
        assertTrue(update.out().contains("  us-east-1: stack msb-central-packs UPDATE_COMPLETE"), update.out());
        Stack updated = MOTO.clients("us-east-1").regional(CloudFormationClient.class, CloudFormationClient::builder)
                .describeStacks(r -> r.stackName("msb-central-packs")).stacks().get(0);
        assertTrue(updated.parameters().stream().noneMatch(p -> p.parameterKey().equals("PasswordPolicyParamMinimumPasswordLength")
                && p.parameterValue().equals("16")), "back to the default: " + updated.parameters());
        assertTrue(msb(packs("plan")).out().endsWith("nothing to change\n"), "current after the update");
    }

    @Test
    void central_when_badInput_failsWithTheReason() {
        Run account = msb("deploy", "central", "packs", "plan", "--regions", "eu-west-1", "--central-account", "12345",
                "--endpoint-url", MOTO.endpoint().toString());
        assertEquals(1, account.exit());
        assertTrue(account.err().contains("--central-account \"12345\" is not a 12-digit AWS account id"), account.err());
        Run missing = msb("deploy", "central", "member-role", "plan", "--central-account", "111122223333", "--region", "us-east-1");
        assertEquals(2, missing.exit(), "usage error");
        assertTrue(missing.err().contains("Missing required option: '--ou=OU'"), missing.err());
        String help = msb("deploy", "central", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains(" functions Security-tooling account credentials: ") && help.contains(" member-role Management account ")
                && help.contains(" packs Management account (or Config delegated administrator) credentials: "), help);
        assertTrue(help.contains("Run each part with the credentials of the account it deploys to"), help);
        String apply = msb("deploy", "central", "packs", "apply", "--help").out().replaceAll("\\s+", " ");
        assertTrue(apply.contains("Run with the management account's credentials, or the Config delegated administrator's."), apply);
    }
}
