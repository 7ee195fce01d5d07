package org.msb.model.roles;

import org.junit.jupiter.api.Test;
import org.msb.model.policy.PolicyDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadOnlyActionsTest {
    @Test
    void isReadOnly_whenReadVerbsBeforeAnyWildcard_true() {
        for (String a : List.of("ec2:Describe*", "s3:GetObject", "iam:List*", "cloudtrail:LookupEvents", "dynamodb:BatchGetItem",
                "athena:GetQueryResults", "s3:ListBucket", "logs:FilterLogEvents", "kms:DescribeKey", "logs:GetLogEvents", "ce:View*", "EC2:describeinstances")) {
            assertTrue(ReadOnlyActions.isReadOnly(a), a);
        }
    }

    @Test
    void isReadOnly_whenWriteOrUnprovable_false() {
        for (String a : List.of("*", "s3:*", "s3:*Object", "s3:Li*", "s3:PutObject", "iam:CreateAccessKey", "ec2:TerminateInstances",
                "kms:Decrypt", "*:Get*", "athena:StartQueryExecution", "GetObject")) {
            assertFalse(ReadOnlyActions.isReadOnly(a), a);
        }
    }

    @Test
    void writeGrants_listsAllowedWritesAndNotAction_notDenies() {
        PolicyDocument p = PolicyDocument.parse("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["ec2:Describe*", "s3:GetObject", "s3:PutObject"], "Resource": "*"},
                  {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
                  {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}""");
        assertEquals(List.of("s3:PutObject", "NotAction iam:*"), ReadOnlyActions.writeGrants(p));
    }
}
