package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's Lambda and what it needs: its log group, its role, the function (java21, SnapStart on published
 * versions, memory and timeout from the spec, code at {@code <version>/<rule-id>.jar} in the region's
 * artifact bucket), a published version, the alias the pack invokes, and the invoke permission for
 * config.amazonaws.com on that alias.
 */
final class RuleFunctions {
    static final String RUNTIME = "java21";

    /** Member pattern: the function reads its own account. Central: it assumes ExecutionRoleName in the evaluated one. */
    enum Pattern { MEMBER, CENTRAL }

    private RuleFunctions() {}

    static Map<String, Object> resources(RuleSpec s, String condition, Pattern pattern) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(Names.logGroup(s), Cfn.resource("AWS::Logs::LogGroup", condition, null, Cfn.map(
                "LogGroupName", "/aws/lambda/" + Names.functionName(s),
                "RetentionInDays", Cfn.ref(TemplateParameters.LOG_RETENTION))));
        r.put(Names.role(s), Cfn.resource("AWS::IAM::Role", condition, null, role(s, pattern)));
        r.put(Names.function(s), Cfn.resource("AWS::Lambda::Function", condition, null, function(s)));
        // A new version is published whenever the code or the function's configuration changes: the
        // Description (a replace-on-change property) carries both.
        r.put(Names.version(s), Cfn.resource("AWS::Lambda::Version", condition, null, Cfn.map(
                "FunctionName", Cfn.ref(Names.function(s)),
                "Description", Cfn.sub("${" + TemplateParameters.ARTIFACT_VERSION + "} " + configHash(s) + " ${" + TemplateParameters.JAVA_TOOL_OPTIONS + "}"))));
        r.put(Names.alias(s), Cfn.resource("AWS::Lambda::Alias", condition, null, Cfn.map(
                "FunctionName", Cfn.ref(Names.function(s)),
                "FunctionVersion", Cfn.getAtt(Names.version(s), "Version"),
                "Name", Names.ALIAS)));
        r.put(Names.permission(s), Cfn.resource("AWS::Lambda::Permission", condition, null, Cfn.map(
                "FunctionName", Cfn.ref(Names.alias(s)),
                "Action", "lambda:InvokeFunction",
                "Principal", "config.amazonaws.com",
                // Member: only this account's Config. Central: every member's Config must invoke it, and
                // Lambda offers no organization condition for a service principal (contract section 12).
                "SourceAccount", pattern == Pattern.MEMBER ? Cfn.ref("AWS::AccountId") : null)));
        return r;
    }

    static Map<String, Object> role(RuleSpec s, Pattern pattern) {
        List<Object> statements = new java.util.ArrayList<>();
        if (pattern == Pattern.MEMBER) {
            statements.addAll(RolePolicies.inAccount(RulePermissions.inAccount(s)));
        } else {
            statements.add(Cfn.map("Sid", "AssumeMemberRole", "Effect", "Allow", "Action", "sts:AssumeRole",
                    "Resource", Cfn.sub("arn:${AWS::Partition}:iam::*:role/${" + TemplateParameters.EXECUTION_ROLE_NAME + "}"),
                    "Condition", Map.of("StringEquals", Map.of("aws:ResourceOrgID", Cfn.ref(TemplateParameters.ORGANIZATION_ID)))));
        }
        statements.add(RolePolicies.logs(Names.logGroup(s)));
        return Cfn.map(
                "Description", "msb rule " + s.id() + " (" + s.controlId() + "): "
                        + (pattern == Pattern.MEMBER ? "the reads of its facts and resource types, PutEvaluations, its logs" : "assumes the member execution role, writes its logs"),
                "Path", pattern == Pattern.CENTRAL ? CentralTemplates.ROLE_PATH : null,
                "AssumeRolePolicyDocument", RolePolicies.trust(Map.of("Service", "lambda.amazonaws.com"), null),
                "PermissionsBoundary", RolePolicies.boundary(),
                "Policies", List.of(Cfn.map("PolicyName", Names.functionName(s), "PolicyDocument", Cfn.policyDocument(statements))));
    }

    static Map<String, Object> function(RuleSpec s) {
        return Cfn.map(
                "FunctionName", Names.functionName(s),
                "Description", s.controlId() + " " + s.title(),
                "Runtime", RUNTIME,
                "Handler", Names.HANDLER,
                "Code", Cfn.map("S3Bucket", Cfn.sub("${" + TemplateParameters.ARTIFACT_BUCKET_PREFIX + "}-${AWS::Region}"),
                        "S3Key", Cfn.sub("${" + TemplateParameters.ARTIFACT_VERSION + "}/" + Names.jarName(s))),
                "Role", Cfn.getAtt(Names.role(s), "Arn"),
                "MemorySize", s.memoryMb(),
                "Timeout", s.timeoutSeconds(),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "LoggingConfig", Map.of("LogGroup", Cfn.ref(Names.logGroup(s))),
                "Environment", Map.of("Variables", Map.of("JAVA_TOOL_OPTIONS", Cfn.ref(TemplateParameters.JAVA_TOOL_OPTIONS))),
                "Tags", List.of(Cfn.map("Key", "msb:rule", "Value", s.id()), Cfn.map("Key", "msb:control", "Value", s.controlId())));
    }

    /** 8 hex characters that change with the function's generated configuration. */
    static String configHash(RuleSpec s) {
        String config = RUNTIME + "|" + Names.HANDLER + "|" + s.memoryMb() + "|" + s.timeoutSeconds();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(config.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
