/**
 * IAM policy documents: one parser and one reading of what a policy grants, for every rule that looks at a
 * policy (IAM identity policies, role trust policies, S3 bucket policies, key policies...).
 *
 * <ul>
 *   <li>{@link org.msb.model.policy.PolicyDocument#parse(String, String)} /
 *       {@link org.msb.model.policy.PolicyDocument#parse(org.msb.item.Node, String)}: JSON object, JSON text or
 *       URL-encoded JSON text (IAM configuration items hold {@code policyDocument},
 *       {@code assumeRolePolicyDocument} and {@code policyVersionList[].document} URL-encoded); a malformed
 *       document is an {@link org.msb.model.policy.InvalidPolicyException} naming statement and field.</li>
 *   <li>{@link org.msb.model.policy.PolicyDocument#decide(String, String)}: an
 *       {@link org.msb.model.policy.Access} for an action and resource (each may be a pattern such as
 *       {@code s3:Put*} or {@code *}), with the statements that decided it.</li>
 *   <li>{@link org.msb.model.policy.PolicyDocument#grantsFullAdmin()} and
 *       {@link org.msb.model.policy.PolicyDocument#grantsFullAccess(String)}.</li>
 *   <li>{@link org.msb.model.policy.PolicyDocument#principalGrants(String, String)}: who a trust or resource
 *       policy admits, and under which {@link org.msb.model.policy.Condition}s;
 *       {@link org.msb.model.policy.Principal#isEveryone()} for {@code "*"} and {@code {"AWS": "*"}}.</li>
 *   <li>{@link org.msb.model.policy.WildcardPattern}: IAM's {@code *} and {@code ?} (match, cover, overlap).</li>
 * </ul>
 * Values only; nothing here calls AWS.
 */
package org.msb.model.policy;
