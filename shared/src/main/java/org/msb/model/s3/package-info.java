/**
 * Whether an S3 bucket is public, as AWS means it ("The meaning of public" in the S3 User Guide), from its
 * configuration item and the account's Block Public Access item:
 * <ul>
 *   <li>a bucket-policy Allow to everyone ({@code "*"}, {@code {"AWS": "*"}}, a principal with a wildcard, or
 *       {@code NotPrincipal}) unless a condition restricts it to fixed values of aws:SourceIp (a CIDR set),
 *       aws:SourceVpc, aws:SourceVpce, aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceOrgID,
 *       aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:userid, s3:DataAccessPointArn,
 *       s3:DataAccessPointAccount or the KMS key id, or a Deny for everyone with the negated condition does;</li>
 *   <li>an ACL grant to AllUsers or AuthenticatedUsers;</li>
 *   <li>and not neutralised by Block Public Access of the bucket or the account (IgnorePublicAcls for ACLs,
 *       RestrictPublicBuckets for policies; BlockPublicAcls and BlockPublicPolicy only stop new grants).</li>
 * </ul>
 * Policies are read with {@link org.msb.model.policy.PolicyDocument}. Also here: whether a bucket policy
 * refuses requests without TLS ({@link org.msb.model.s3.TlsOnlyPolicy}). Values only; nothing calls AWS.
 */
package org.msb.model.s3;
