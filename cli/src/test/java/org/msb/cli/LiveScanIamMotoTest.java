package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.iam.IamClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The IAM rules through {@code msb scan --live} against the moto server. moto's Config serves no IAM items
 * without a recorder, so users, groups, roles and policies come from the describe-API builders
 * (GetAccountAuthorizationDetails), and the facts from their loaders (credential report, account summary,
 * virtual MFA devices, identity providers, role activity). moto loads no AWS managed policies, so admin
 * policies here are customer ones.
 */
@ExtendWith(DummyAwsCredentials.class)
class LiveScanIamMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path dir;

    static final String ACCOUNT = MotoServer.ACCOUNT_ID;
    static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final String S3_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
    static final String LOGS_READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:Get*\",\"logs:Describe*\"],\"Resource\":\"*\"}]}";
    static final String ARTIFACTS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::examplecorp-artifacts/*\"}]}";
    static final String PASS_ROLE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:PassRole\",\"iam:GetRole\"],\"Resource\":\"*\"}]}";
    static final String TRUST_EC2 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";


    private IamClient iam() { return MOTO.clients().global(IamClient.class, IamClient::builder); }

    @BeforeEach
    void seed() {
        IamClient iam = iam();
        iam.createSAMLProvider(r -> r.name("AWSSSO_4a7b9c2d1e3f5a6b_DO_NOT_DELETE").samlMetadataDocument("x".repeat(1200)));

        iam.createGroup(r -> r.groupName("developers"));
        iam.putGroupPolicy(r -> r.groupName("developers").policyName("s3-everything").policyDocument(S3_ALL));
        iam.createGroup(r -> r.groupName("auditors"));
        iam.putGroupPolicy(r -> r.groupName("auditors").policyName("logs-read").policyDocument(LOGS_READ));

        iam.createUser(r -> r.userName("jane.doe").tags(t -> t.key("owner").value("jane.doe@example.com")));
        iam.createLoginProfile(r -> r.userName("jane.doe").password("Correct-Horse-42!"));
        iam.addUserToGroup(r -> r.userName("jane.doe").groupName("auditors"));
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("jane.doe")).virtualMFADevice().serialNumber();
        iam.enableMFADevice(r -> r.userName("jane.doe").serialNumber(serial).authenticationCode1("123456").authenticationCode2("654321"));

        iam.createUser(r -> r.userName("raj.patel").tags(t -> t.key("owner").value("raj.patel@example.com")));
        iam.createLoginProfile(r -> r.userName("raj.patel").password("Battery-Staple-7!"));
        iam.addUserToGroup(r -> r.userName("raj.patel").groupName("developers"));

        iam.createUser(r -> r.userName("ci-deploy").path("/service/").tags(t -> t.key("owner").value("jane.doe@example.com"),
                t -> t.key("msb:service-user").value("true")));
        iam.createAccessKey(r -> r.userName("ci-deploy"));
        String artifacts = iam.createPolicy(r -> r.policyName("ci-deploy-artifacts").policyDocument(ARTIFACTS)).policy().arn();
        iam.attachUserPolicy(r -> r.userName("ci-deploy").policyArn(artifacts));

        iam.createUser(r -> r.userName("admin-shared").tags(t -> t.key("owner").value("ops-team@example.com")));
        iam.createLoginProfile(r -> r.userName("admin-shared").password("Shared-Secret-1!"));
        iam.putUserPolicy(r -> r.userName("admin-shared").policyName("break-glass-admin").policyDocument(ADMIN));

        iam.createPolicy(r -> r.policyName("legacy-full-admin").policyDocument(ADMIN));

        iam.createRole(r -> r.roleName("app-backend-ec2").assumeRolePolicyDocument(TRUST_EC2)
                .tags(t -> t.key("msb:last-reviewed").value("2027-05-15 jane.doe@example.com")));
        iam.putRolePolicy(r -> r.roleName("app-backend-ec2").policyName("logs-read").policyDocument(LOGS_READ));
        iam.createRole(r -> r.roleName("deploy-pipeline").assumeRolePolicyDocument(TRUST_EC2));
        iam.putRolePolicy(r -> r.roleName("deploy-pipeline").policyName("deploy").policyDocument(PASS_ROLE));
    }

    @Test
    void scanLive_iamRulesReportTheSeededAccount() {
        CliRun run = scan("--rules", "federated-access,console-mfa,no-long-term-keys,no-shared-users,least-privilege");
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root);
        String jane = userId("jane.doe"), raj = userId("raj.patel"), ci = userId("ci-deploy"), admin = userId("admin-shared");

        assertEquals("COMPLIANT", v.get("federated-access " + ACCOUNT), "Identity Center's SAML provider");
        assertEquals("NON_COMPLIANT", v.get("federated-access " + jane));
        assertEquals("NON_COMPLIANT", v.get("federated-access " + admin));
        assertEquals("COMPLIANT", v.get("federated-access " + ci));

        assertEquals("COMPLIANT", v.get("console-mfa " + jane));
        assertEquals("NON_COMPLIANT", v.get("console-mfa " + raj));
        assertEquals("NOT_APPLICABLE", v.get("console-mfa " + ci));
        assertEquals("NON_COMPLIANT", v.get("console-mfa " + ACCOUNT), "moto's root has no MFA and its password is presumed");

        assertEquals("NON_COMPLIANT", v.get("no-long-term-keys " + ci));
        assertEquals("COMPLIANT", v.get("no-long-term-keys " + jane));
        assertEquals("COMPLIANT", v.get("no-long-term-keys " + ACCOUNT));

        assertEquals("NON_COMPLIANT", v.get("no-shared-users " + admin));
        assertEquals("COMPLIANT", v.get("no-shared-users " + jane), "the service user she owns is not a second person");
        assertEquals("COMPLIANT", v.get("no-shared-users " + ci));

        assertEquals("NON_COMPLIANT", v.get("least-privilege " + ci), "directly attached policy");
        assertEquals("NON_COMPLIANT", v.get("least-privilege " + admin), "inline admin policy");
        assertEquals("COMPLIANT", v.get("least-privilege " + jane));
        assertEquals("NON_COMPLIANT", v.get("least-privilege " + groupId("developers")), "s3:* on *");
        assertEquals("COMPLIANT", v.get("least-privilege " + groupId("auditors")));
        assertEquals("NON_COMPLIANT", v.get("least-privilege " + roleId("deploy-pipeline")), "iam:PassRole on *");
        assertEquals("COMPLIANT", v.get("least-privilege " + roleId("app-backend-ec2")));
        assertEquals("NON_COMPLIANT", v.get("least-privilege " + policyId("legacy-full-admin")));
        assertEquals("COMPLIANT", v.get("least-privilege " + policyId("ci-deploy-artifacts")));
        assertTrue(annotation(root, "least-privilege", admin).contains("inline break-glass-admin grants *:* on *"), annotation(root, "least-privilege", admin));
    }

    @Test
    void scanLive_laterInTime_keysAreOldAndRolesUnusedOrUnreviewed() throws Exception {
        Path params = dir.resolve("params.json");
        Files.writeString(params, "{\"roles-reviewed\": {\"maxUnusedDays\": \"365\"}}");
        String at = Instant.now().plus(Duration.ofDays(200)).toString();

        CliRun run = scan("--rules", "access-keys-rotated,roles-reviewed", "--at", at, "--parameters", params.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root);

        assertEquals("NON_COMPLIANT", v.get("access-keys-rotated " + userId("ci-deploy")));
        assertTrue(annotation(root, "access-keys-rotated", userId("ci-deploy")).contains("key 1 is 200 days old (max 90)"),
                annotation(root, "access-keys-rotated", userId("ci-deploy")));
        assertEquals("NON_COMPLIANT", v.get("access-keys-rotated " + userId("raj.patel")), "password never used in 200 days");
        assertEquals("NON_COMPLIANT", v.get("roles-reviewed " + roleId("deploy-pipeline")));
        assertTrue(annotation(root, "roles-reviewed", roleId("deploy-pipeline")).contains("never reviewed"));
        assertEquals("COMPLIANT", v.get("roles-reviewed " + roleId("app-backend-ec2")), "reviewed by tag, unused but within 365 days");
    }

    @Test
    void scanLive_attestationInTheRegister_countsAsReview() throws Exception {
        Path register = dir.resolve("register.yaml");
        String at = Instant.now().plus(Duration.ofDays(200)).toString();
        String reviewDate = Instant.now().plus(Duration.ofDays(150)).toString().substring(0, 10);
        // the scan runs 200 days ahead, so the review is dated ahead too (msb attest itself refuses future dates)
        Files.writeString(register, "attestations:\n  - {id: AT-1, rule: roles-reviewed, subject: deploy-*, date: " + reviewDate
                + ", by: jane.doe@example.com}\n");

        CliRun run = scan("--rules", "roles-reviewed", "--at", at, "--exceptions", register.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("NON_COMPLIANT", verdicts(root).get("roles-reviewed " + roleId("deploy-pipeline")), "still never used in 200 days");
        String a = annotation(root, "roles-reviewed", roleId("deploy-pipeline"));
        assertFalse(a.contains("never reviewed"), a);
        assertTrue(a.contains("never used in its 200 days"), a);
    }

    private CliRun scan(String... more) {
        String[] base = {"scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--format", "json", "--exit-zero"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        CliRun run = CliRun.of(all);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err() + run.out());
        return run;
    }

    private String userId(String name) { return iam().getUser(r -> r.userName(name)).user().userId(); }

    private String groupId(String name) { return iam().getGroup(r -> r.groupName(name)).group().groupId(); }

    private String roleId(String name) { return iam().getRole(r -> r.roleName(name)).role().roleId(); }

    private String policyId(String name) {
        return iam().listPolicies(r -> r.scope("Local")).policies().stream().filter(p -> p.policyName().equals(name)).findFirst().orElseThrow().policyId();
    }


}
