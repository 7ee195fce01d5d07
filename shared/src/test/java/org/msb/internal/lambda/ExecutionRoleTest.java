package org.msb.internal.lambda;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidEventException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionRoleTest {
    @Test
    void arn_whenNameOrPath_buildsTheMemberRole() {
        assertEquals("arn:aws:iam::111122223333:role/msb-member", ExecutionRole.arn("aws", "111122223333", "msb-member"));
        assertEquals("arn:aws:iam::111122223333:role/security/msb-member", ExecutionRole.arn("aws", "111122223333", "/security/msb-member"));
    }

    @Test
    void partition_comesFromTheRuleArnElseTheRegion() {
        assertEquals("aws-cn", ExecutionRole.partition("arn:aws-cn:config:cn-north-1:111122223333:config-rule/config-rule-1", "us-east-1"));
        assertEquals("aws-us-gov", ExecutionRole.partition(null, "us-gov-west-1"));
        assertEquals("aws-cn", ExecutionRole.partition(null, "cn-northwest-1"));
        assertEquals("aws-iso-b", ExecutionRole.partition(null, "us-isob-east-1"));
        assertEquals("aws-eusc", ExecutionRole.partition(null, "eusc-de-east-1"));
        assertEquals("aws", ExecutionRole.partition(null, "eu-west-1"));
        assertEquals("aws", ExecutionRole.partition(null, null));
    }

    @Test
    void arn_whenAccountIsNotTwelveDigits_refuses() {
        // the Powertools sample events carry the 13-digit 0123456789012
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> ExecutionRole.arn("aws", "0123456789012", "r"));
        assertTrue(e.getMessage().contains("not a 12-digit AWS account id"), e.getMessage());
    }
}
