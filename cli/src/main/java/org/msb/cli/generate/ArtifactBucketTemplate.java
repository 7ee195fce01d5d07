package org.msb.cli.generate;

import java.util.List;
import java.util.Map;

/**
 * deploy/artifact-bucket.yaml: the bucket that holds the rule jars and the member template, in the management
 * or delegated-administrator account, one per region (a Lambda function's code must come from a bucket in its
 * own region): readable by the organization only, SSE-S3 encrypted, versioned, TLS only, public access blocked,
 * owner-enforced object ownership, kept on stack deletion.
 */
final class ArtifactBucketTemplate {
    static final String FILE = "deploy/artifact-bucket.yaml";
    static final String BUCKET_NAME_PREFIX = "BucketNamePrefix";
    static final String ACCESS_LOG_BUCKET = "AccessLogBucket";
    static final String HAS_ACCESS_LOGS = "HasAccessLogBucket";

    private ArtifactBucketTemplate() {}

    static String render() {
        TemplateBuilder t = new TemplateBuilder(FILE, "msb: the artifact bucket of one region (rule jars and templates), readable by the organization only")
                .parameter(BUCKET_NAME_PREFIX, Cfn.parameter("String", null, "The bucket is named <prefix>-<region>; use the member template's "
                        + "ArtifactBucketPrefix", "AllowedPattern", "[a-z0-9][a-z0-9.-]{1,40}"))
                .parameters(TemplateParameters.ORGANIZATION_ID)
                .parameter(ACCESS_LOG_BUCKET, Cfn.parameter("String", "", "Bucket that receives this bucket's server access logs (empty = none)",
                        "AllowedPattern", "(|[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])"))
                .conditions(Map.of(HAS_ACCESS_LOGS, Cfn.not(Cfn.equalsTo(Cfn.ref(ACCESS_LOG_BUCKET), ""))));
        Map<String, Object> bucket = Cfn.map(
                "Type", "AWS::S3::Bucket",
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain",
                "Properties", Cfn.map(
                        "BucketName", Cfn.sub("${" + BUCKET_NAME_PREFIX + "}-${AWS::Region}"),
                        "VersioningConfiguration", Map.of("Status", "Enabled"),
                        "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                                Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                        "PublicAccessBlockConfiguration", Cfn.map("BlockPublicAcls", true, "BlockPublicPolicy", true,
                                "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                        "OwnershipControls", Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced"))),
                        "LifecycleConfiguration", Map.of("Rules", List.of(Cfn.map("Id", "ExpireOldVersions", "Status", "Enabled",
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 90)))),
                        "LoggingConfiguration", Cfn.ifThen(HAS_ACCESS_LOGS, Cfn.map("DestinationBucketName", Cfn.ref(ACCESS_LOG_BUCKET),
                                "LogFilePrefix", Cfn.sub("${" + BUCKET_NAME_PREFIX + "}-${AWS::Region}/")), Cfn.NO_VALUE)));
        Object objects = Cfn.sub("${Bucket.Arn}/*");
        Map<String, Object> policy = Cfn.resource("AWS::S3::BucketPolicy", null, null, Cfn.map(
                "Bucket", Cfn.ref("Bucket"),
                "PolicyDocument", Cfn.policyDocument(List.of(
                        Cfn.map("Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                                "Resource", List.of(Cfn.getAtt("Bucket", "Arn"), objects),
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))),
                        // Lambda (creating functions in member accounts) and CloudFormation read the jars and templates
                        // with the deploying principal's credentials; any principal of the organization may read.
                        Cfn.map("Sid", "OrganizationRead", "Effect", "Allow", "Principal", "*", "Action", List.of("s3:GetObject", "s3:GetObjectVersion"),
                                "Resource", objects,
                                "Condition", Map.of("StringEquals", Map.of("aws:PrincipalOrgID", Cfn.ref(TemplateParameters.ORGANIZATION_ID))))))));
        return t.resource("Bucket", bucket).resource("BucketPolicy", policy).output("BucketName", Cfn.ref("Bucket")).render();
    }
}
