/**
 * Finding hard-coded secrets without ever holding on to them: AWS access keys, private keys, common token
 * formats (GitHub, GitLab, Slack, Stripe, Google, SendGrid, npm, JSON web tokens), passwords inside URLs,
 * and credential-like values under secret-like names.
 * <p>
 * A value is reduced at once to its {@link org.msb.model.secrets.ScannedValue traits} (which kinds it
 * matches, whether it looks like a credential, whether it refers to Secrets Manager or SSM); the value itself
 * is never stored, returned, logged or put into a message. What a rule reports is a
 * {@link org.msb.model.secrets.SecretFinding}: where (a variable name or a line) and what kind.
 */
package org.msb.model.secrets;
