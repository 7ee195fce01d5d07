/**
 * IAM identities and policies as their configuration items record them ({@link org.msb.model.iam.IamIdentity},
 * {@link org.msb.model.iam.CustomerPolicy}), and what is known of the root user's credentials
 * ({@link org.msb.model.iam.RootCredentials}). Policy documents are read with {@link org.msb.model.policy}.
 */
package org.msb.model.iam;
