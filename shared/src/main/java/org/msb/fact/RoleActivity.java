package org.msb.fact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When each IAM role was last used ({@code RoleLastUsed} of {@code iam:GetAccountAuthorizationDetails}).
 * IAM tracks use for about 400 days; a role without a date was not used in that window (or ever).
 */
public record RoleActivity(List<RoleUse> roles) {

    /** @param lastUsedDate ISO-8601, or null when the role was not used within IAM's tracking window */
    public record RoleUse(String roleName, String arn, String roleId, String lastUsedDate, String lastUsedRegion) {
        public Instant lastUsedAt() {
            if (lastUsedDate == null || lastUsedDate.isBlank()) return null;
            try {
                return java.time.OffsetDateTime.parse(lastUsedDate.trim()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new org.msb.error.InvalidWorldException("role activity of " + roleName + ": lastUsedDate \"" + lastUsedDate
                        + "\" is not an ISO-8601 date");
            }
        }
    }

    public RoleActivity {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The entry of a role, by name (as configuration items give resourceName), ARN or role id. */
    public Optional<RoleUse> role(String nameArnOrId) {
        return roles.stream().filter(r -> nameArnOrId.equals(r.roleName()) || nameArnOrId.equals(r.arn()) || nameArnOrId.equals(r.roleId()))
                .findFirst();
    }
}
