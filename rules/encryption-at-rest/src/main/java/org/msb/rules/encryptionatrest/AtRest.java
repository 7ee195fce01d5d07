package org.msb.rules.encryptionatrest;

/**
 * How a resource's data is encrypted at rest, as its configuration item says.
 *
 * @param state NONE, SERVICE_KEY (a key the service owns: SSE-S3, SSE-SQS, DynamoDB's default) or KMS
 * @param keyRef for KMS, the key as the item names it (key id, key ARN, alias or alias ARN); null = the
 *               service's AWS-managed key (aws/s3, aws/sns...)
 * @param how    how an annotation says it, e.g. "SSE-S3 (AES256)"
 */
record AtRest(State state, String keyRef, String how) {
    enum State { NONE, SERVICE_KEY, KMS }

    static AtRest none(String how) { return new AtRest(State.NONE, null, how); }

    static AtRest serviceKey(String how) { return new AtRest(State.SERVICE_KEY, null, how); }

    static AtRest kms(String keyRef, String how) { return new AtRest(State.KMS, keyRef == null || keyRef.isBlank() ? null : keyRef, how); }
}
