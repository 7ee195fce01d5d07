package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.util.ArrayList;
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
    static final String STARTER = "StartEvaluations";

    private MemberTemplate() {}

    static String render(List<RuleSpec> rules, PackLayout layout) {
        TemplateBuilder t = new TemplateBuilder(FILE, "msb: the AWS Minimum Security Baseline as AWS Config rules in one member account and region "
                + "(deploy with a service-managed StackSet; see docs/deployment.md)")
                .parameters(TemplateParameters.ARTIFACT_BUCKET_PREFIX, TemplateParameters.ARTIFACT_VERSION, TemplateParameters.HOME_REGION,
                        TemplateParameters.ENABLE_OPTIONAL, TemplateParameters.EXCEPTION_REGISTER, TemplateParameters.REGISTER_READ_ARN,
                        TemplateParameters.LOG_RETENTION, TemplateParameters.JAVA_TOOL_OPTIONS, TemplateParameters.PERMISSIONS_BOUNDARY)
                .ruleParameters(rules)
                .conditions(DeployConditions.conditions())
                .conditions(RolePolicies.conditions());
        for (RuleSpec s : rules) t.resources(RuleFunctions.resources(s, DeployConditions.of(s), RuleFunctions.Pattern.MEMBER));
        for (Pack p : layout.deployed()) t.resource(Names.packResource(p.name()), pack(p));
        return t.resources(EvaluationStarter.resources(layout.deployed())).render();
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
}
