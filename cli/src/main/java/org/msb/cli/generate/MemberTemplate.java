package org.msb.cli.generate;

import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * deploy/member-stackset.yaml, the default pattern: deployed by a service-managed StackSet to every member
 * account and region, it creates each rule's function, role and invoke permission, and the section and
 * extended conformance packs wired to those functions (the outer Fn::Sub writes each alias ARN into the pack
 * body). Rules on global resource types and their packs exist in the home region only; optional controls
 * only when EnableOptionalControls is true. After every create or update a small custom resource starts the
 * packs' rule evaluations, so results reflect the deployed code at once.
 */
final class MemberTemplate {
    static final String FILE = "deploy/member-stackset.yaml";
    /** CloudFormation accepts at most 200 parameters and 500 resources per template. */
    static final int MAX_TEMPLATE_PARAMETERS = 200;
    static final int MAX_TEMPLATE_RESOURCES = 500;
    static final String STARTER = "StartEvaluations";

    private MemberTemplate() {}

    static String render(List<RuleSpec> rules, PackLayout layout) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put("Description", "msb: the AWS Minimum Security Baseline as AWS Config rules in one member account and region "
                + "(deploy with a service-managed StackSet; see docs/deployment.md)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(TemplateParameters.ARTIFACT_BUCKET_PREFIX, TemplateParameters.artifactBucketPrefix());
        params.put(TemplateParameters.ARTIFACT_VERSION, TemplateParameters.artifactVersion());
        params.put(TemplateParameters.HOME_REGION, TemplateParameters.homeRegion());
        params.put(TemplateParameters.ENABLE_OPTIONAL, TemplateParameters.enableOptional());
        params.put(TemplateParameters.EXCEPTION_REGISTER, TemplateParameters.exceptionRegister());
        params.put(TemplateParameters.REGISTER_READ_ARN, TemplateParameters.registerReadArn());
        params.put(TemplateParameters.LOG_RETENTION, TemplateParameters.logRetention());
        params.put(TemplateParameters.JAVA_TOOL_OPTIONS, TemplateParameters.javaToolOptions());
        params.put(TemplateParameters.PERMISSIONS_BOUNDARY, TemplateParameters.permissionsBoundary());
        ruleParameters(rules, params);
        t.put("Parameters", params);
        Map<String, Object> conditions = new LinkedHashMap<>(DeployConditions.conditions());
        conditions.putAll(RolePolicies.conditions());
        t.put("Conditions", conditions);

        Map<String, Object> resources = new LinkedHashMap<>();
        for (RuleSpec s : rules) resources.putAll(RuleFunctions.resources(s, DeployConditions.of(s), RuleFunctions.Pattern.MEMBER));
        for (Pack p : layout.deployed()) resources.put(Names.packResource(p.name()), pack(p));
        resources.putAll(EvaluationStarter.resources(layout.deployed()));
        t.put("Resources", resources);
        checkSize(params.size(), resources.size(), FILE);
        return Generated.yamlHeader() + YamlEmitter.write(TemplatePruner.prune(t));
    }

    /** Every rule parameter as a template parameter with the pack's name and default, so a StackSet can override it. */
    static void ruleParameters(List<RuleSpec> rules, Map<String, Object> params) {
        for (RuleSpec s : rules) {
            for (ParameterSpec p : s.parameters()) params.put(Names.packParameter(s, p), PackRenderer.declaration(p));
        }
    }

    static Map<String, Object> pack(Pack p) {
        List<String> permissions = p.rules().stream().map(Names::permission).toList();
        return Cfn.resource("AWS::Config::ConformancePack", DeployConditions.of(p), permissions, Cfn.map(
                "ConformancePackName", p.name(),
                "TemplateBody", Cfn.sub(PackRenderer.render(p, PackVariant.MEMBER_STACK)),
                "ConformancePackInputParameters", inputParameters(p, PackVariant.MEMBER_STACK)));
    }

    /** The pack's parameters, each fed from the outer template's parameter of the same name. */
    static List<Object> inputParameters(Pack p, PackVariant variant) {
        List<Object> out = new ArrayList<>();
        for (String name : PackRenderer.parameters(p, variant).keySet()) {
            out.add(Cfn.map("ParameterName", name, "ParameterValue", Cfn.ref(name)));
        }
        return out;
    }

    static void checkSize(int parameters, int resources, String file) {
        if (parameters > MAX_TEMPLATE_PARAMETERS) {
            throw new IllegalStateException(file + " would declare " + parameters + " parameters; CloudFormation accepts "
                    + MAX_TEMPLATE_PARAMETERS + " (too many rule parameters: expose fewer, or split the template)");
        }
        if (resources > MAX_TEMPLATE_RESOURCES) {
            throw new IllegalStateException(file + " would declare " + resources + " resources; CloudFormation accepts "
                    + MAX_TEMPLATE_RESOURCES + " (split the rules over two StackSets)");
        }
    }
}
