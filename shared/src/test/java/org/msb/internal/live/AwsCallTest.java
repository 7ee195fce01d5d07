package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classification and wording of {@link AwsCall} for cases the wire tests (AwsErrorMappingStubTest, the
 * handler's functional tests) do not reach: a call that is not known, a permission AWS names that differs
 * from the call's, 403s with and without a code.
 */
class AwsCallTest {

    static AwsServiceException aws(int status, String service, String code, String message, String requestId) {
        return (AwsServiceException) AwsServiceException.builder().statusCode(status).requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName(service).errorCode(code).errorMessage(message).build())
                .build();
    }

    @Test
    void translate_whenCallNotKnown_namesServiceFromAwsAndTheActionAwsSaysIsMissing() {
        AwsReadException e = AwsCall.translate(aws(403, "Iam", "AccessDenied",
                "User: arn:aws:sts::111122223333:assumed-role/r/fn is not authorized to perform: iam:GetAccountPasswordPolicy on resource: *",
                "req-1"));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("Iam", e.service());
        assertNull(e.operation());
        assertEquals("iam:GetAccountPasswordPolicy", e.iamAction());
        assertTrue(e.getMessage().startsWith("Iam call failed: AccessDenied (HTTP 403): User: "), e.getMessage());
        assertTrue(e.getMessage().contains("The caller probably lacks iam:GetAccountPasswordPolicy."), e.getMessage());
        assertTrue(e.getMessage().endsWith("[request id req-1]"), e.getMessage());
    }

    @Test
    void translate_whenAwsNamesAnotherAction_namesAwsOne() {
        // a SecureString under a customer key: the call is ssm:GetParameter, the missing permission kms:Decrypt
        AwsReadException e = AwsCall.translate("SSM", "GetParameter", "ssm:GetParameter", aws(400, "Ssm", "AccessDeniedException",
                "User: arn:aws:sts::111122223333:assumed-role/r/fn is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:x",
                null));

        assertEquals("kms:Decrypt", e.iamAction());
        assertTrue(e.getMessage().startsWith("SSM GetParameter failed: AccessDeniedException (HTTP 400)"), e.getMessage());
        assertTrue(e.getMessage().contains("probably lacks kms:Decrypt."), e.getMessage());
        assertFalse(e.getMessage().contains("request id"), e.getMessage());
    }

    @Test
    void translate_when403WithoutCode_isDenialOfTheCallsAction() {
        AwsReadException e = AwsCall.translate("S3", "GetObject", "s3:GetObject", aws(403, "S3", null, null, "r2"));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("AccessDenied", e.errorCode());
        assertTrue(e.getMessage().startsWith("S3 GetObject failed: HTTP 403. The caller probably lacks s3:GetObject."), e.getMessage());
    }

    @Test
    void translate_when403WithAnotherCode_isThatError_notAMissingPermission() {
        AwsReadException e = AwsCall.translate("S3", "GetObject", "s3:GetObject",
                aws(403, "S3", "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.", null));

        assertEquals(AwsReadException.Kind.SERVICE_ERROR, e.kind());
        assertEquals("S3 GetObject failed: SignatureDoesNotMatch (HTTP 403): The request signature we calculated does not match"
                + " the signature you provided.", e.getMessage());
    }

    @Test
    void translate_whenDeniedAndAwsNamesNoAction_saysSo() {
        AwsReadException e = AwsCall.translate(aws(400, "Config", "AccessDeniedException", "Access denied", null));

        assertTrue(e.getMessage().contains("The caller lacks a permission for this call; AWS did not say which."), e.getMessage());
    }

    @Test
    void read_whenClientFails_isClientErrorNamingTheCall() {
        AwsReadException e = assertThrows(AwsReadException.class, () -> AwsCall.read("STS", "GetCallerIdentity", "sts:GetCallerIdentity",
                () -> { throw SdkClientException.create("Unable to execute HTTP request: Connection refused"); }));

        assertEquals(AwsReadException.Kind.CLIENT_ERROR, e.kind());
        assertEquals("STS GetCallerIdentity got no answer from AWS: Unable to execute HTTP request: Connection refused", e.getMessage());
    }

    @Test
    void readOptional_whenAbsentCode_givesNull_otherwiseFails() {
        assertNull(AwsCall.readOptional("S3", "GetBucketPolicy", "s3:GetBucketPolicy", Set.of("NoSuchBucketPolicy"),
                () -> { throw aws(404, "S3", "NoSuchBucketPolicy", "The bucket policy does not exist", null); }));

        AwsReadException e = assertThrows(AwsReadException.class, () -> AwsCall.readOptional("S3", "GetBucketPolicy", "s3:GetBucketPolicy",
                Set.of("NoSuchBucketPolicy"), () -> { throw aws(404, "S3", "NoSuchBucket", "The specified bucket does not exist", null); }));
        assertEquals("NoSuchBucket", e.errorCode());
        assertEquals(AwsReadException.Kind.SERVICE_ERROR, e.kind());
    }

    @Test
    void prefixed_keepsKindCodeActionAndCause() {
        AwsServiceException cause = aws(400, "Sts", "AccessDenied", "not authorized to perform: sts:AssumeRole on resource: x", null);
        AwsReadException e = AwsCall.translate("STS", "AssumeRole", "sts:AssumeRole", cause).prefixed("Cannot assume role x: ");

        assertTrue(e.getMessage().startsWith("Cannot assume role x: STS AssumeRole failed: AccessDenied"), e.getMessage());
        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("sts:AssumeRole", e.iamAction());
        assertSame(cause, e.getCause());
    }
}
