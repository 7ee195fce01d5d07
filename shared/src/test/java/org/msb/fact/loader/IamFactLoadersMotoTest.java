package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.AccountSummary;
import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.fact.IdentityProviders;
import org.msb.fact.RoleActivity;
import org.msb.fact.VirtualMfaDevices;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.iam.IamClient;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** The IAM facts' loaders against the moto server, through the live view as rules read them. */
class IamFactLoadersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private IamClient iam() { return MOTO.clients().global(IamClient.class, IamClient::builder); }

    @Test
    void credentialReport_readsPasswordsKeysAndMfa_oncePerView() {
        IamClient iam = iam();
        iam.createUser(r -> r.userName("jane.doe"));
        iam.createLoginProfile(r -> r.userName("jane.doe").password("Correct-Horse-42!"));
        iam.createUser(r -> r.userName("ci-deploy"));
        iam.createAccessKey(r -> r.userName("ci-deploy"));
        String second = iam.createAccessKey(r -> r.userName("ci-deploy")).accessKey().accessKeyId();
        iam.updateAccessKey(r -> r.userName("ci-deploy").accessKeyId(second).status("Inactive"));
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("jane.doe")).virtualMFADevice().serialNumber();
        iam.enableMFADevice(r -> r.userName("jane.doe").serialNumber(serial).authenticationCode1("123456").authenticationCode2("654321"));
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        CredentialReport report = view.fact(IamFacts.CREDENTIAL_REPORT);

        CredentialReportRow jane = report.user("jane.doe").orElseThrow();
        assertTrue(jane.hasPassword());
        assertTrue(jane.hasMfa());
        assertNull(jane.passwordLastUsedAt(), "never signed in: no_information");
        assertTrue(jane.activeAccessKeys().isEmpty());
        CredentialReportRow ci = report.user("ci-deploy").orElseThrow();
        assertFalse(ci.hasPassword());
        assertEquals(1, ci.activeAccessKeys().size());
        assertTrue(ci.accessKeys().get(0).active());
        assertFalse(ci.accessKeys().get(1).active());
        assertTrue(ci.accessKeys().get(0).lastRotated().isAfter(Instant.now().minus(Duration.ofHours(1))));
        assertTrue(ci.accessKeys().get(0).neverUsed());
        assertSame(report, view.fact(IamFacts.CREDENTIAL_REPORT), "loaded once per view");
    }

    @Test
    void credentialReport_whenNoUsers_hasNoRows() {
        CredentialReport report = new CredentialReportLoader(Duration.ofSeconds(10), Duration.ofMillis(50), java.time.Clock.systemUTC(),
                d -> Thread.sleep(d.toMillis())).load(MOTO.clients());
        assertTrue(report.users().isEmpty());
    }

    @Test
    void accountSummary_readsRootFlags() {
        iam().createUser(r -> r.userName("someone"));

        AccountSummary s = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID).fact(IamFacts.ACCOUNT_SUMMARY);

        assertFalse(s.rootMfaEnabled(), "moto's root has no MFA");
        assertFalse(s.rootAccessKeysPresent());
        assertNull(s.rootPasswordPresent(), "moto does not report AccountPasswordPresent");
        assertEquals(1, s.value("Users"));
    }

    @Test
    void virtualMfaDevices_listsAssignedAndUnassigned() {
        IamClient iam = iam();
        iam.createUser(r -> r.userName("jane.doe"));
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("jane.doe")).virtualMFADevice().serialNumber();
        iam.enableMFADevice(r -> r.userName("jane.doe").serialNumber(serial).authenticationCode1("123456").authenticationCode2("654321"));
        iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("spare"));

        VirtualMfaDevices d = new VirtualMfaDevicesLoader().load(MOTO.clients());

        assertEquals(2, d.devices().size());
        VirtualMfaDevices.Device jane = d.devices().stream().filter(x -> x.serialNumber().equals(serial)).findFirst().orElseThrow();
        assertEquals("jane.doe", jane.userName());
        assertTrue(jane.userArn().endsWith(":user/jane.doe"));
        assertTrue(d.rootDevice().isEmpty());
    }

    @Test
    void identityProviders_listsSamlAndOidc() {
        IamClient iam = iam();
        assertTrue(new IdentityProvidersLoader().load(MOTO.clients()).isEmpty());
        iam.createSAMLProvider(r -> r.name("AWSSSO_4a7b9c2d1e3f5a6b_DO_NOT_DELETE").samlMetadataDocument("a".repeat(1000)));
        iam.createOpenIDConnectProvider(r -> r.url("https://token.actions.githubusercontent.com").clientIDList("sts.amazonaws.com")
                .thumbprintList("6938fd4d98bab03faadb97b34396831e3780aea1"));

        IdentityProviders p = new IdentityProvidersLoader().load(MOTO.clients());

        assertEquals(1, p.samlProviderArns().size());
        assertEquals(1, p.identityCenterProviders().size());
        assertEquals(1, p.oidcProviderArns().size());
        assertTrue(p.oidcProviderArns().get(0).endsWith(":oidc-provider/token.actions.githubusercontent.com"), p.toString());
    }

    @Test
    void roleActivity_listsEveryRole() {
        IamClient iam = iam();
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        iam.createRole(r -> r.roleName("app-backend").assumeRolePolicyDocument(trust));
        iam.createRole(r -> r.roleName("unused-batch").path("/batch/").assumeRolePolicyDocument(trust));

        RoleActivity a = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID).fact(IamFacts.ROLE_ACTIVITY);

        assertEquals(2, a.roles().size());
        RoleActivity.RoleUse batch = a.role("unused-batch").orElseThrow();
        assertTrue(batch.arn().endsWith(":role/batch/unused-batch"));
        assertNull(batch.lastUsedAt(), "never assumed");
        assertTrue(a.role(batch.arn()).isPresent());
    }
}
