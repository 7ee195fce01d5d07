package org.msb.cli.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.CliRun;
import org.msb.cli.DummyAwsCredentials;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb deploy central packs} from the command line against the moto server: moto's CloudFormation creates the
 * stack from the template in moto's S3 (it skips AWS::Config::OrganizationConformancePack, which it does not know,
 * so this covers msb's side: buckets, upload, CreateStack by URL, waiting, parameters read back with their defaults).
 */
@ExtendWith(DummyAwsCredentials.class)
class CentralCommandMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    String[] packs(String step, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "central", "packs", step, "--regions", "eu-west-1,us-east-1", "--central-account", "111122223333",
                "--endpoint-url", MOTO.endpoint().toString(), "--poll-seconds", "0"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void packs_planApplyThenApplyAgain_createsAStackPerRegionOnce() {
        MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder).createOrganization(r -> r.featureSet("ALL"));

        CliRun plan = CliRun.of(packs("plan", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().startsWith("msb deploy: central organization conformance packs (stack msb-central-packs per region) in account 123456789012"), plan.out());
        assertTrue(plan.out().contains("  stack msb-central-packs in eu-west-1: create\n"), plan.out());
        assertTrue(plan.out().contains("  artifact bucket msb-artifacts-123456789012-us-east-1: create"), plan.out());

        CliRun apply = CliRun.of(packs("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, apply.exitCode(), apply.err() + apply.out());
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

        CliRun again = CliRun.of(packs("apply", "-p", "PasswordPolicyParamMinimumPasswordLength=16"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("  stack msb-central-packs in us-east-1: unchanged\n"), again.out());
        assertTrue(again.out().endsWith("nothing to change: the deployment is current\n"), again.out());

        CliRun changed = CliRun.of(packs("plan"));
        assertTrue(changed.out().contains("  stack msb-central-packs in us-east-1: update (parameters changed: PasswordPolicyParamMinimumPasswordLength "
                + "(back to its default))\n"), changed.out());

        CliRun update = CliRun.of(packs("apply"));
        assertEquals(0, update.exitCode(), update.err() + update.out());
        assertTrue(update.out().contains("  us-east-1: stack msb-central-packs UPDATE_COMPLETE"), update.out());
        Stack updated = MOTO.clients("us-east-1").regional(CloudFormationClient.class, CloudFormationClient::builder)
                .describeStacks(r -> r.stackName("msb-central-packs")).stacks().get(0);
        assertTrue(updated.parameters().stream().noneMatch(p -> p.parameterKey().equals("PasswordPolicyParamMinimumPasswordLength")
                && p.parameterValue().equals("16")), "back to the default: " + updated.parameters());
        assertTrue(CliRun.of(packs("plan")).out().endsWith("nothing to change\n"), "current after the update");
    }

    @Test
    void central_when_badInput_failsWithTheReason() {
        CliRun account = CliRun.of("deploy", "central", "packs", "plan", "--regions", "eu-west-1", "--central-account", "12345",
                "--endpoint-url", MOTO.endpoint().toString());
        assertEquals(1, account.exitCode());
        assertTrue(account.err().contains("--central-account \"12345\" is not a 12-digit AWS account id"), account.err());
        CliRun missing = CliRun.of("deploy", "central", "member-role", "plan", "--central-account", "111122223333", "--region", "us-east-1");
        assertEquals(2, missing.exitCode(), "usage error");
        assertTrue(missing.err().contains("Missing required option: '--ou=OU'"), missing.err());
        String help = CliRun.of("deploy", "central", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains(" functions Security-tooling account credentials: ") && help.contains(" member-role Management account ")
                && help.contains(" packs Management account (or Config delegated administrator) credentials: "), help);
        assertTrue(help.contains("Run each part with the credentials of the account it deploys to"), help);
        String apply = CliRun.of("deploy", "central", "packs", "apply", "--help").out().replaceAll("\\s+", " ");
        assertTrue(apply.contains("Run with the management account's credentials, or the Config delegated administrator's."), apply);
    }
}
