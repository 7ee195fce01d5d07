package org.msb.model.roles;

import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a role by name among {@code AWS::IAM::Role} items: the role of that name (IAM role names are unique
 * regardless of case), else the role IAM Identity Center provisions for a permission set of that name,
 * {@code AWSReservedSSO_<name>_<suffix>} under {@code /aws-reserved/sso.amazonaws.com/}.
 */
public final class NamedRole {
    private NamedRole() {}

    public static Optional<ConfigurationItem> find(List<ConfigurationItem> roles, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<ConfigurationItem> live = roles.stream().filter(r -> r.status().isEvaluable()).toList();
        Optional<ConfigurationItem> exact = live.stream().filter(r -> lower.equals(roleName(r).toLowerCase(Locale.ROOT))).findFirst();
        if (exact.isPresent()) return exact;
        String prefix = "awsreservedsso_" + lower + "_";
        return live.stream().filter(r -> roleName(r).toLowerCase(Locale.ROOT).startsWith(prefix)
                && r.property("path").text("/").startsWith(IamIdentity.IDENTITY_CENTER_PATH)).findFirst();
    }

    private static String roleName(ConfigurationItem r) {
        String n = r.property("roleName").text();
        return n != null ? n : r.resourceName() != null ? r.resourceName() : r.resourceId();
    }
}
