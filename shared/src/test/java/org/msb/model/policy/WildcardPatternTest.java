package org.msb.model.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WildcardPatternTest {

    @ParameterizedTest(name = "action {0} matches {1}: {2}")
    @CsvSource({
            "*, s3:GetObject, true",
            "s3:*, s3:GetObject, true",
            "s3:*, s3-object-lambda:GetObject, false",
            "s3:Get*, S3:getobject, true",
            "s3:Put*, s3:GetObject, false",
            "iam:?etUser, iam:GetUser, true",
            "iam:?etUser, iam:GGetUser, false",
            "ec2:Describe*, ec2:DescribeInstances, true",
            "ec2:Describe*, ec2:Describe, true",
    })
    void matches_action_isCaseInsensitive(String pattern, String value, boolean expected) {
        assertEquals(expected, WildcardPattern.action(pattern).matches(value));
    }

    @ParameterizedTest(name = "resource {0} matches {1}: {2}")
    @CsvSource({
            "arn:aws:s3:::bucket/*, arn:aws:s3:::bucket/a/b/c.txt, true",
            "arn:aws:s3:::bucket/*, arn:aws:s3:::Bucket/a, false",
            "arn:aws:s3:::bucket, arn:aws:s3:::bucket/a, false",
            "arn:aws:iam::*:role/deploy, arn:aws:iam::111122223333:role/deploy, true",
            "*, arn:aws:kms:eu-west-1:111122223333:key/1234, true",
    })
    void matches_resource_isCaseSensitive(String pattern, String value, boolean expected) {
        assertEquals(expected, WildcardPattern.resource(pattern).matches(value));
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "*, *, true",
            "*, s3:*, true",
            "s3:*, *, false",
            "s3:*, s3:Put*, true",
            "s3:Put*, s3:*, false",
            "s3:Put*, s3:PutObject, true",
            "s3:Get?bject, s3:Get*, false",
            "s3:Get*, s3:Get?bject, true",
            "s3:Get?bject, s3:Get?bject, true",
            "*:*, *, false",
            "iam:*, IAM:*, true",
    })
    void covers_whenTheQueryIsAPattern_answersForEveryValueItMatches(String pattern, String query, boolean expected) {
        assertEquals(expected, WildcardPattern.action(pattern).covers(query));
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource({
            "iam:*, *, true",
            "iam:*, ec2:*, false",
            "iam:*, iam:CreateUser, true",
            "s3:Get*, s3:*Object, true",
            "s3:Get*, s3:Put*, false",
            "s3:Get?, s3:Ge*, true",
            "a?c, abc, true",
            "a?c, abbc, false",
            "*x, y*, true",
            "account:*, organizations:*, false",
    })
    void overlaps_isSymmetricIntersection(String a, String b, boolean expected) {
        assertEquals(expected, WildcardPattern.action(a).overlaps(b));
        assertEquals(expected, WildcardPattern.action(b).overlaps(a));
    }
}
