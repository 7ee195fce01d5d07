package org.msb.cli.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom resource that starts the evaluation of the packs' rules after every create or update of the stack
 * (contract section 16: new rules are evaluated when created, but new code or parameters of an existing rule
 * are not until the next change or period). It runs in each member account and region, including accounts
 * that automatic deployment adds later. Its failure is logged and never fails the stack: a deployment that
 * worked must not roll back because an evaluation is already running.
 */
final class EvaluationStarter {
    static final String FUNCTION = "StartEvaluationsFunction";
    static final String ROLE = "StartEvaluationsRole";
    static final String LOGS = "StartEvaluationsLogs";
    static final String FUNCTION_NAME = "msb-start-evaluations";

    /** Inline Python (CloudFormation's cfnresponse module is only provided to inline code). */
    static final String CODE = """
            import boto3
            import cfnresponse

            config = boto3.client("config")


            def rule_names(pack):
                names, token = [], None
                while True:
                    args = {"ConformancePackName": pack, "Limit": 1000}
                    if token:
                        args["NextToken"] = token
                    page = config.describe_conformance_pack_compliance(**args)
                    names += [r["ConfigRuleName"] for r in page.get("ConformancePackRuleComplianceList", [])]
                    token = page.get("NextToken")
                    if not token:
                        return names


            def handler(event, context):
                message = "nothing to start"
                try:
                    if event["RequestType"] in ("Create", "Update"):
                        names = []
                        for pack in event["ResourceProperties"].get("ConformancePackNames", []):
                            names += rule_names(pack)
                        for i in range(0, len(names), 25):
                            config.start_config_rules_evaluation(ConfigRuleNames=names[i:i + 25])
                        message = "started the evaluation of %d rule(s)" % len(names)
                except Exception as e:  # logged, never a stack failure
                    message = "could not start evaluations: %s" % e
                print(message)
                cfnresponse.send(event, context, cfnresponse.SUCCESS, {"Message": message[:200]})
            """;

    private EvaluationStarter() {}

    static Map<String, Object> resources(List<Pack> packs) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(LOGS, Cfn.resource("AWS::Logs::LogGroup", null, null, Cfn.map(
                "LogGroupName", "/aws/lambda/" + FUNCTION_NAME,
                "RetentionInDays", Cfn.ref(TemplateParameters.LOG_RETENTION))));
        r.put(ROLE, Cfn.resource("AWS::IAM::Role", null, null, Cfn.map(
                "Description", "msb: starts the conformance packs' rule evaluations after a deployment",
                "AssumeRolePolicyDocument", RolePolicies.trust(Map.of("Service", "lambda.amazonaws.com"), null),
                "PermissionsBoundary", RolePolicies.boundary(),
                "Policies", List.of(Cfn.map("PolicyName", FUNCTION_NAME, "PolicyDocument", Cfn.policyDocument(List.of(
                        Cfn.allow("Evaluations", List.of("config:DescribeConformancePackCompliance", "config:StartConfigRulesEvaluation"), "*"),
                        RolePolicies.logs(LOGS))))))));
        r.put(FUNCTION, Cfn.resource("AWS::Lambda::Function", null, null, Cfn.map(
                "FunctionName", FUNCTION_NAME,
                "Description", "msb: starts the conformance packs' rule evaluations after a deployment",
                "Runtime", "python3.12",
                "Handler", "index.handler",
                "Code", Map.of("ZipFile", CODE),
                "Role", Cfn.getAtt(ROLE, "Arn"),
                "MemorySize", 128,
                "Timeout", 120,
                "LoggingConfig", Map.of("LogGroup", Cfn.ref(LOGS)))));
        List<Object> names = new ArrayList<>();
        for (Pack p : packs) {
            String condition = DeployConditions.of(p);
            Object ref = Cfn.ref(Names.packResource(p.name()));
            names.add(condition == null ? ref : Cfn.ifThen(condition, ref, Cfn.NO_VALUE));
        }
        r.put(MemberTemplate.STARTER, Cfn.resource("Custom::MsbStartEvaluations", null, null, Cfn.map(
                "ServiceToken", Cfn.getAtt(FUNCTION, "Arn"),
                // a new artifact version (new code) starts the evaluations again
                "ArtifactVersion", Cfn.ref(TemplateParameters.ARTIFACT_VERSION),
                "ConformancePackNames", names)));
        return r;
    }
}
