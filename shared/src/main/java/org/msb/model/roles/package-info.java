/**
 * Reasoning about the roles a security team relies on in every account (the infosec read-only role, the
 * break-glass role): finding the role by name (also as an IAM Identity Center permission-set role), who its
 * trust policy lets assume it and whether MFA is required ({@link org.msb.model.roles.RoleTrust}), and
 * whether its policies grant anything beyond reading ({@link org.msb.model.roles.ReadOnlyActions}).
 * Built on the policy model ({@link org.msb.model.policy}) and the IAM item readers ({@link org.msb.model.iam}).
 */
package org.msb.model.roles;
