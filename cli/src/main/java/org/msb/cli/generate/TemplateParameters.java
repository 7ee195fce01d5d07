package org.msb.cli.generate;

import org.msb.rule.FrameworkParameters;

import java.util.List;
import java.util.Map;

/** Parameters the deployment templates share, declared once so every template says the same. */
final class TemplateParameters {
    private TemplateParameters() {}

    static final String ARTIFACT_BUCKET_PREFIX = "ArtifactBucketPrefix";
    static final String ARTIFACT_VERSION = "ArtifactVersion";
    static final String HOME_REGION = FrameworkParameters.HOME_REGION;
    static final String ENABLE_OPTIONAL = "EnableOptionalControls";
    static final String EXCEPTION_REGISTER = FrameworkParameters.EXCEPTION_REGISTER;
    static final String REGISTER_READ_ARN = "ExceptionRegisterReadArn";
    static final String LOG_RETENTION = "LogRetentionDays";
    static final String JAVA_TOOL_OPTIONS = "JavaToolOptions";
    static final String PERMISSIONS_BOUNDARY = "PermissionsBoundaryArn";
    static final String EXECUTION_ROLE_NAME = FrameworkParameters.EXECUTION_ROLE_NAME;
    static final String ORGANIZATION_ID = "OrganizationId";
    static final String CENTRAL_ACCOUNT_ID = PackRenderer.CENTRAL_ACCOUNT_ID;

    static final String DEFAULT_EXECUTION_ROLE = "msb-config-rule-execution";
    /** C1 only: a rule runs for seconds, so C2 compilation would only cost CPU (SnapStart restores a warmed JVM). */
    static final String DEFAULT_JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /** The declaration of a shared parameter; an unknown name is a programming error. */
    static Map<String, Object> declaration(String name) {
        return switch (name) {
            case ARTIFACT_BUCKET_PREFIX -> artifactBucketPrefix();
            case ARTIFACT_VERSION -> artifactVersion();
            case HOME_REGION -> homeRegion();
            case ENABLE_OPTIONAL -> enableOptional();
            case EXCEPTION_REGISTER -> exceptionRegister();
            case REGISTER_READ_ARN -> registerReadArn();
            case LOG_RETENTION -> logRetention();
            case JAVA_TOOL_OPTIONS -> javaToolOptions();
            case PERMISSIONS_BOUNDARY -> permissionsBoundary();
            case EXECUTION_ROLE_NAME -> executionRoleName();
            case ORGANIZATION_ID -> organizationId();
            case CENTRAL_ACCOUNT_ID -> centralAccountId();
            default -> throw new IllegalArgumentException("no shared template parameter " + name);
        };
    }

    private static Map<String, Object> artifactBucketPrefix() {
        return Cfn.parameter("String", null, "Artifact buckets are named <prefix>-<region> (one per region: Lambda reads code from its own region); "
                + "deploy/artifact-bucket.yaml creates them", "AllowedPattern", "[a-z0-9][a-z0-9.-]{1,40}", "ConstraintDescription",
                "lower-case letters, digits, dots and hyphens; at most 41 characters so that -<region> fits the 63-character bucket name");
    }

    private static Map<String, Object> artifactVersion() {
        return Cfn.parameter("String", null, "Key prefix of the rule jars in the artifact buckets: <version>/<rule-id>.jar (msb deploy sets it)",
                "AllowedPattern", "[A-Za-z0-9._-]{1,40}");
    }

    private static Map<String, Object> homeRegion() {
        return Cfn.parameter("String", null, "The one region that evaluates rules on global resource types (IAM, Organizations, account settings)",
                "AllowedPattern", "[a-z]{2}(-[a-z]+)+-[0-9]");
    }

    private static Map<String, Object> enableOptional() {
        return Cfn.parameter("String", "false", "Deploy the optional controls (the msb-extended packs) too", "AllowedValues", List.of("true", "false"));
    }

    private static Map<String, Object> exceptionRegister() {
        return Cfn.parameter("String", "", "Exception register read by every rule: s3://bucket/key or ssm:/parameter/name (YAML or JSON); empty = tags only",
                "AllowedPattern", "(|s3://[a-z0-9.-]{3,63}/.+|ssm:/.+)");
    }

    private static Map<String, Object> registerReadArn() {
        return Cfn.parameter("String", "", "The register as an IAM resource the rules may read: arn:aws:s3:::bucket/key or "
                + "arn:aws:ssm:*:*:parameter/name (msb deploy derives it from ExceptionRegister); empty = no register access",
                "AllowedPattern", "(|arn:aws[a-z-]*:(s3|ssm):.+)");
    }

    private static Map<String, Object> logRetention() {
        return Cfn.parameter("Number", 90, "Days the rule functions' logs are kept", "AllowedValues",
                List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653));
    }

    private static Map<String, Object> javaToolOptions() {
        return Cfn.parameter("String", DEFAULT_JAVA_TOOL_OPTIONS, "JAVA_TOOL_OPTIONS of the rule functions", "MaxLength", 180);
    }

    private static Map<String, Object> permissionsBoundary() {
        return Cfn.parameter("String", "", "Permissions boundary for the roles this template creates (empty = none)",
                "AllowedPattern", "(|arn:aws[a-z-]*:iam::[0-9]{12}:policy/.+)");
    }

    private static Map<String, Object> executionRoleName() {
        return Cfn.parameter("String", DEFAULT_EXECUTION_ROLE, "Name of the role the central functions assume in every member account",
                "AllowedPattern", "[A-Za-z0-9+=,.@_-]{1,64}");
    }

    private static Map<String, Object> organizationId() {
        return Cfn.parameter("String", null, "The AWS Organizations id (o-...)", "AllowedPattern", "o-[a-z0-9]{10,32}");
    }

    private static Map<String, Object> centralAccountId() {
        return Cfn.parameter("String", null, "The security-tooling account that runs the central rule functions", "AllowedPattern", "[0-9]{12}");
    }
}
