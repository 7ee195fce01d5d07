package org.msb.model.iam;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.model.policy.PolicyDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An IAM user, group or role as its configuration item records it ({@code AWS::IAM::User}, {@code Group},
 * {@code Role}): name, path, inline policies (parsed; Config holds them URL-encoded), attached managed
 * policies, a user's groups and a role's trust policy.
 *
 * @param trustPolicy a role's {@code assumeRolePolicyDocument}; null for users and groups
 * @param groups a user's {@code groupList}; empty for groups and roles
 * @param createDate {@code configuration.createDate}, else the item's resourceCreationTime; null when neither
 */
public record IamIdentity(Kind kind, String name, String id, String arn, String path, Instant createDate,
                          List<InlinePolicy> inlinePolicies, List<AttachedPolicy> attachedPolicies, List<String> groups,
                          PolicyDocument trustPolicy, String permissionsBoundaryArn) {

    /** Which kind of identity, with its resource type and the property holding its inline policies. */
    public enum Kind {
        USER("AWS::IAM::User", "userName", "userPolicyList"),
        GROUP("AWS::IAM::Group", "groupName", "groupPolicyList"),
        ROLE("AWS::IAM::Role", "roleName", "rolePolicyList");

        private final String resourceType, nameProperty, inlineProperty;

        Kind(String resourceType, String nameProperty, String inlineProperty) {
            this.resourceType = resourceType;
            this.nameProperty = nameProperty;
            this.inlineProperty = inlineProperty;
        }

        public String resourceType() { return resourceType; }

        static Kind of(String resourceType) {
            for (Kind k : values()) if (k.resourceType.equals(resourceType)) return k;
            return null;
        }

        public String word() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The path of the roles AWS services own (not changeable, not reviewed). */
    public static final String SERVICE_LINKED_PATH = "/aws-service-role/";
    /** The path of the roles IAM Identity Center provisions from permission sets. */
    public static final String IDENTITY_CENTER_PATH = "/aws-reserved/sso.amazonaws.com/";

    public IamIdentity {
        inlinePolicies = List.copyOf(inlinePolicies);
        attachedPolicies = List.copyOf(attachedPolicies);
        groups = List.copyOf(groups);
    }

    /**
     * Reads a user, group or role item.
     *
     * @throws InvalidItemException when it is another type or an inline or trust policy is not a valid document
     */
    public static IamIdentity of(ConfigurationItem ci) {
        Kind kind = Kind.of(ci.resourceType());
        if (kind == null) throw new InvalidItemException(ci.resourceType() + " " + ci.resourceId() + " is not an IAM user, group or role");
        Node c = ci.configuration();
        String name = c.get(kind.nameProperty).text(ci.resourceName() != null ? ci.resourceName() : ci.resourceId());
        String what = kind.word() + " " + name;
        List<InlinePolicy> inline = new ArrayList<>();
        for (Node p : c.get(kind.inlineProperty).list()) {
            String policyName = p.get("policyName").text("(unnamed)");
            inline.add(new InlinePolicy(policyName, PolicyDocument.parse(p.get("policyDocument"), what + ", inline policy " + policyName)));
        }
        List<AttachedPolicy> attached = new ArrayList<>();
        for (Node p : c.get("attachedManagedPolicies").list()) {
            String arn = p.get("policyArn").text();
            if (arn == null) throw new InvalidItemException(what + ": attachedManagedPolicies has an entry without policyArn");
            attached.add(new AttachedPolicy(p.get("policyName").text(), arn));
        }
        List<String> groups = new ArrayList<>();
        for (Node g : c.get("groupList").list()) if (g.text() != null) groups.add(g.text());
        PolicyDocument trust = null;
        if (kind == Kind.ROLE && !c.get("assumeRolePolicyDocument").isMissing()) {
            trust = PolicyDocument.parse(c.get("assumeRolePolicyDocument"), what + ", trust policy");
        }
        Instant created = ConfigDates.parse(c.get("createDate").text(), what + ": createDate");
        return new IamIdentity(kind, name, c.get(idProperty(kind)).text(ci.resourceId()), ci.arn() != null ? ci.arn() : c.get("arn").text(),
                c.get("path").text("/"), created != null ? created : ci.resourceCreationTime(), inline, attached, groups, trust,
                c.path("permissionsBoundary.permissionsBoundaryArn").text());
    }

    /** The user, group or role name of an item, without reading its policies. */
    public static String nameOf(ConfigurationItem ci) {
        Kind kind = Kind.of(ci.resourceType());
        String fallback = ci.resourceName() != null ? ci.resourceName() : ci.resourceId();
        return kind == null ? fallback : ci.configuration().get(kind.nameProperty).text(fallback);
    }

    /**
     * When a user, group or role was created: {@code configuration.createDate}, else the item's resourceCreationTime;
     * null when neither is recorded.
     *
     * @throws InvalidItemException when createDate is not a date
     */
    public static Instant createdOf(ConfigurationItem ci) {
        Instant created = ConfigDates.parse(ci.configuration().get("createDate").text(), ci.resourceType() + " " + nameOf(ci) + ": createDate");
        return created != null ? created : ci.resourceCreationTime();
    }

    /** The path of a user, group or role item ("/" when not recorded), without reading its policies. */
    public static String pathOf(ConfigurationItem ci) { return ci.configuration().get("path").text("/"); }

    private static String idProperty(Kind k) {
        return switch (k) {
            case USER -> "userId";
            case GROUP -> "groupId";
            case ROLE -> "roleId";
        };
    }

    /** A role AWS created for a service ({@code /aws-service-role/...}); its policies are AWS's. */
    public boolean isServiceLinked() { return path.startsWith(SERVICE_LINKED_PATH); }

    /** A role IAM Identity Center provisioned from a permission set ({@code /aws-reserved/sso.amazonaws.com/...}). */
    public boolean isIdentityCenterRole() { return path.startsWith(IDENTITY_CENTER_PATH); }

    /** "user jane.doe", "role app-deploy": for annotations. */
    public String label() { return kind.word() + " " + name; }
}
