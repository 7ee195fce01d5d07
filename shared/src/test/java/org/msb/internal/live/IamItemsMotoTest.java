package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.CustomerPolicy;
import org.msb.model.iam.IamIdentity;
import org.msb.model.policy.PolicyDocument;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.iam.IamClient;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** AWS::IAM::User, Group, Role and Policy items built from iam:GetAccountAuthorizationDetails in Config's shape. */
class IamItemsMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String READ_LOGS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:Get*\",\"logs:Describe*\"],\"Resource\":\"*\"}]}";

    private IamClient iam() { return MOTO.clients().global(IamClient.class, IamClient::builder); }

    private List<ConfigurationItem> items(String type) {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
    }

    private ConfigurationItem named(String type, String name) {
        return items(type).stream().filter(i -> name.equals(i.resourceName())).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + name + " not built"));
    }

    @Test
    void user_withInlineAttachedAndGroups_hasConfigShape() {
        IamClient iam = iam();
        iam.createGroup(r -> r.groupName("developers"));
        iam.createUser(r -> r.userName("admin-shared").path("/people/").tags(t -> t.key("owner").value("ops-team@example.com")));
        iam.addUserToGroup(r -> r.userName("admin-shared").groupName("developers"));
        iam.putUserPolicy(r -> r.userName("admin-shared").policyName("break-glass").policyDocument(ADMIN));
        // moto loads no AWS managed policies unless started with MOTO_IAM_LOAD_MANAGED_POLICIES: attach a customer one
        String readOnly = iam.createPolicy(r -> r.policyName("ReadOnlyLogs").policyDocument(READ_LOGS)).policy().arn();
        iam.attachUserPolicy(r -> r.userName("admin-shared").policyArn(readOnly));

        ConfigurationItem item = named("AWS::IAM::User", "admin-shared");

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals(item.property("userId").text(), item.resourceId(), "Config's resourceId is the user id");
        assertEquals("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":user/people/admin-shared", item.arn());
        assertEquals("global", item.awsRegion());
        assertEquals("ops-team@example.com", item.tag("owner"));
        assertTrue(item.property("userPolicyList").at(0).get("policyDocument").text().startsWith("%7B"), "URL-encoded as Config holds it");
        IamIdentity user = IamIdentity.of(item);
        assertEquals("/people/", user.path());
        assertEquals(List.of("developers"), user.groups());
        assertTrue(user.inlinePolicies().get(0).document().grantsFullAdmin());
        assertEquals(readOnly, user.attachedPolicies().get(0).policyArn());
        assertFalse(user.attachedPolicies().get(0).isAwsManaged());
        assertNotNull(user.createDate());
    }

    @Test
    void groupAndRole_haveConfigShape() {
        IamClient iam = iam();
        iam.createGroup(r -> r.groupName("auditors"));
        iam.putGroupPolicy(r -> r.groupName("auditors").policyName("read-logs").policyDocument(READ_LOGS));
        String admin = iam.createPolicy(r -> r.policyName("AdministratorAccess").policyDocument(ADMIN)).policy().arn();
        iam.attachGroupPolicy(r -> r.groupName("auditors").policyArn(admin));
        iam.createRole(r -> r.roleName("app-deploy").path("/ci/").assumeRolePolicyDocument(TRUST).tags(t -> t.key("msb:last-reviewed").value("2026-10-01")));
        iam.putRolePolicy(r -> r.roleName("app-deploy").policyName("admin").policyDocument(ADMIN));
        iam.attachRolePolicy(r -> r.roleName("app-deploy").policyArn(admin));
        iam.createInstanceProfile(r -> r.instanceProfileName("app-deploy"));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("app-deploy").roleName("app-deploy"));

        ConfigurationItem group = named("AWS::IAM::Group", "auditors");
        assertEquals(Set.of(), SchemaPaths.unknownPaths(group));
        IamIdentity g = IamIdentity.of(group);
        assertEquals(IamIdentity.Kind.GROUP, g.kind());
        assertFalse(g.inlinePolicies().get(0).document().grantsFullAdmin());
        assertTrue(g.inlinePolicies().get(0).document().decide("logs:GetLogEvents", "*").isGranted());

        ConfigurationItem role = named("AWS::IAM::Role", "app-deploy");
        assertEquals(Set.of(), SchemaPaths.unknownPaths(role));
        assertEquals(role.property("roleId").text(), role.resourceId());
        assertEquals("2026-10-01", role.tag("msb:last-reviewed"));
        assertEquals("app-deploy", role.property("instanceProfileList").at(0).get("instanceProfileName").text());
        IamIdentity r = IamIdentity.of(role);
        assertEquals("lambda.amazonaws.com", r.trustPolicy().principalGrants("sts:AssumeRole", "*").get(0).principal().value());
        assertTrue(r.inlinePolicies().get(0).document().grantsFullAdmin());
        assertTrue(r.attachedPolicies().get(0).is(admin.replace("arn:aws:", "arn:aws-cn:")), "compared without partition");
        assertEquals(admin, g.attachedPolicies().get(0).policyArn());
        assertFalse(r.isServiceLinked());
    }

    @Test
    void customerPolicy_defaultVersionDocument() {
        IamClient iam = iam();
        String arn = iam.createPolicy(r -> r.policyName("logs-read").policyDocument(READ_LOGS)).policy().arn();
        iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(ADMIN).setAsDefault(true));
        iam.createUser(r -> r.userName("x"));
        iam.attachUserPolicy(r -> r.userName("x").policyArn(arn));

        ConfigurationItem item = named("AWS::IAM::Policy", "logs-read");

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertTrue(items("AWS::IAM::Policy").stream().noneMatch(i -> i.arn().contains(":iam::aws:policy/")), "customer policies only");
        assertEquals(item.property("policyId").text(), item.resourceId());
        assertEquals(iam.getPolicy(r -> r.policyArn(arn)).policy().policyId(), item.resourceId(), "moto's details lack it: from ListPolicies");
        CustomerPolicy p = CustomerPolicy.of(item);
        assertEquals("v2", p.defaultVersionId());
        assertEquals(1, p.attachmentCount());
        assertTrue(p.defaultDocument().grantsFullAdmin());
        assertEquals(2, item.property("policyVersionList").list().size());
        assertFalse(PolicyDocument.parse(item.property("policyVersionList").list().stream()
                .filter(v -> !v.get("isDefaultVersion").isTrue()).findFirst().orElseThrow().get("document")).grantsFullAdmin());
    }
}
