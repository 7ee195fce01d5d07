package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alternative, central pattern (contract sections 12 and 14.1, design 2): the rule functions run once per
 * region in a security-tooling account ({@code central-functions.yaml}); each member account has one role they
 * assume ({@code central-member-role.yaml}, a StackSet to one region, IAM being global) holding every rule's
 * reads and PutEvaluations; the management or Config delegated-administrator account deploys organization
 * conformance packs whose rules invoke the central functions ({@code central-organization-packs.yaml}).
 */
final class CentralTemplates {
    static final String FUNCTIONS_FILE = "deploy/central-functions.yaml";
    static final String MEMBER_ROLE_FILE = "deploy/central-member-role.yaml";
    static final String ORGANIZATION_PACKS_FILE = "deploy/central-organization-packs.yaml";
    /** The central functions' roles live under this path; the member role trusts exactly that path. */
    static final String ROLE_PATH = "/msb/";
    /** A managed policy holds at most 6,144 characters; chunks stay well under it. */
    static final int POLICY_CHUNK_CHARS = 4_500;

    private CentralTemplates() {}

    static String functions(List<RuleSpec> rules) {
        TemplateBuilder t = new TemplateBuilder(FUNCTIONS_FILE, "msb central pattern: the rule functions in the security-tooling account, "
                + "one stack per region (see docs/deployment.md)")
                .parameters(TemplateParameters.ARTIFACT_BUCKET_PREFIX, TemplateParameters.ARTIFACT_VERSION, TemplateParameters.HOME_REGION,
                        TemplateParameters.ENABLE_OPTIONAL, TemplateParameters.EXECUTION_ROLE_NAME, TemplateParameters.ORGANIZATION_ID,
                        TemplateParameters.LOG_RETENTION, TemplateParameters.JAVA_TOOL_OPTIONS, TemplateParameters.PERMISSIONS_BOUNDARY)
                .conditions(DeployConditions.conditions())
                .conditions(Map.of(RolePolicies.HAS_BOUNDARY, RolePolicies.conditions().get(RolePolicies.HAS_BOUNDARY)));
        for (RuleSpec s : rules) t.resources(RuleFunctions.resources(s, DeployConditions.of(s), RuleFunctions.Pattern.CENTRAL));
        return t.render();
    }

    static String memberRole(List<RuleSpec> rules) {
        TemplateBuilder t = new TemplateBuilder(MEMBER_ROLE_FILE, "msb central pattern: the role the central rule functions assume in each "
                + "member account (StackSet to one region only: IAM is global)")
                .parameters(TemplateParameters.CENTRAL_ACCOUNT_ID, TemplateParameters.EXECUTION_ROLE_NAME, TemplateParameters.REGISTER_READ_ARN,
                        TemplateParameters.PERMISSIONS_BOUNDARY)
                .conditions(RolePolicies.conditions());
        String principalRoles = "arn:${AWS::Partition}:iam::${" + TemplateParameters.CENTRAL_ACCOUNT_ID + "}:role" + ROLE_PATH + "*";
        t.resource("ExecutionRole", Cfn.resource("AWS::IAM::Role", null, null, Cfn.map(
                "RoleName", Cfn.ref(TemplateParameters.EXECUTION_ROLE_NAME),
                "Description", "msb: assumed by the central rule functions to read this account and send their evaluations",
                "AssumeRolePolicyDocument", RolePolicies.trust(
                        Map.of("AWS", Cfn.sub("arn:${AWS::Partition}:iam::${" + TemplateParameters.CENTRAL_ACCOUNT_ID + "}:root")),
                        Map.of("ArnLike", Map.of("aws:PrincipalArn", Cfn.sub(principalRoles)))),
                "PermissionsBoundary", RolePolicies.boundary(),
                "MaxSessionDuration", 3600)));
        List<List<Object>> chunks = chunks(memberStatements(rules));
        for (int i = 0; i < chunks.size(); i++) {
            t.resource("ExecutionPolicy" + (i + 1), Cfn.resource("AWS::IAM::ManagedPolicy", null, null, Cfn.map(
                    "Description", "msb: what the rules read and write in this account (part " + (i + 1) + " of " + chunks.size() + ")",
                    "Roles", List.of(Cfn.ref("ExecutionRole")),
                    "PolicyDocument", Cfn.policyDocument(chunks.get(i)))));
        }
        return t.render();
    }

    /** Every rule's in-account actions together: the reads (one statement per service), PutEvaluations, the register. */
    static List<Object> memberStatements(List<RuleSpec> rules) {
        Map<String, Grant> all = new TreeMap<>();
        for (RuleSpec s : rules) for (Grant g : RulePermissions.inAccount(s)) all.putIfAbsent(g.action(), g);
        Map<String, List<String>> readsByService = new TreeMap<>();
        List<String> writes = new ArrayList<>();
        for (String action : all.keySet()) {
            if (AccessLevel.isRead(action)) {
                readsByService.computeIfAbsent(action.substring(0, action.indexOf(':')), k -> new ArrayList<>()).add(action);
            } else {
                writes.add(action);
            }
        }
        List<Object> statements = new ArrayList<>();
        readsByService.forEach((service, actions) -> statements.add(Cfn.allow(sid(service) + "Reads", actions, "*")));
        statements.add(Cfn.allow("Evaluations", writes, "*"));
        statements.add(RolePolicies.register());
        return statements;
    }

    /** Statements grouped into policies small enough for IAM's managed-policy limit. */
    static List<List<Object>> chunks(List<Object> statements) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        int size = 0;
        for (Object st : statements) {
            int s = YamlEmitter.write(Map.of("s", st)).length();
            if (!current.isEmpty() && size + s > POLICY_CHUNK_CHARS) {
                out.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(st);
            size += s;
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    static String organizationPacks(List<RuleSpec> rules, PackLayout layout) {
        TemplateBuilder t = new TemplateBuilder(ORGANIZATION_PACKS_FILE, "msb central pattern: organization conformance packs whose rules "
                + "invoke the central functions; one stack per region in the management or Config delegated-administrator account")
                .parameters(TemplateParameters.CENTRAL_ACCOUNT_ID, TemplateParameters.HOME_REGION, TemplateParameters.ENABLE_OPTIONAL,
                        TemplateParameters.EXCEPTION_REGISTER, TemplateParameters.EXECUTION_ROLE_NAME)
                .ruleParameters(rules)
                .conditions(DeployConditions.conditions());
        for (Pack p : layout.deployed()) {
            t.resource(Names.packResource(p.name()), Cfn.resource("AWS::Config::OrganizationConformancePack", DeployConditions.of(p), null, Cfn.map(
                    "OrganizationConformancePackName", p.name(),
                    "TemplateBody", Cfn.sub(PackRenderer.render(p, PackVariant.CENTRAL_ORGANIZATION)),
                    "ConformancePackInputParameters", MemberTemplate.inputParameters(p, PackVariant.CENTRAL_ORGANIZATION))));
        }
        return t.render();
    }

    private static String sid(String service) {
        StringBuilder b = new StringBuilder();
        for (String part : service.split("-")) if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b.toString();
    }
}
