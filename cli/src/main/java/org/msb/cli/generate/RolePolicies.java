package org.msb.cli.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The statements of the generated roles: reads on "*", PutEvaluations, the register and logs on their own resources. */
final class RolePolicies {
    static final String HAS_REGISTER = "HasExceptionRegisterArn";
    static final String HAS_BOUNDARY = "HasPermissionsBoundary";

    private RolePolicies() {}

    /** What the rule does in the evaluated account: reads (most read APIs have no resource-level scoping) and PutEvaluations. */
    static List<Object> inAccount(List<Grant> grants) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        for (Grant g : grants) (AccessLevel.isRead(g.action()) ? reads : writes).add(g.action());
        List<Object> statements = new ArrayList<>();
        if (!reads.isEmpty()) statements.add(Cfn.allow("Reads", reads, "*"));
        statements.add(Cfn.allow("Evaluations", writes, "*"));
        statements.add(register());
        return statements;
    }

    /** Reading the exception register, only when its ARN is given. */
    static Object register() {
        return Cfn.ifThen(HAS_REGISTER, Cfn.allow("ExceptionRegister", RulePermissions.REGISTER_READS, Cfn.ref(TemplateParameters.REGISTER_READ_ARN)), Cfn.NO_VALUE);
    }

    static Object logs(String logGroup) { return Cfn.allow("Logs", RulePermissions.LOG_WRITES, Cfn.getAtt(logGroup, "Arn")); }

    static Map<String, Object> trust(Map<String, Object> principal, Map<String, Object> condition) {
        return Cfn.policyDocument(List.of(Cfn.map("Effect", "Allow", "Principal", principal, "Action", "sts:AssumeRole", "Condition", condition)));
    }

    static Object boundary() { return Cfn.ifThen(HAS_BOUNDARY, Cfn.ref(TemplateParameters.PERMISSIONS_BOUNDARY), Cfn.NO_VALUE); }

    static Map<String, Object> conditions() {
        return Cfn.map(HAS_REGISTER, Cfn.not(Cfn.equalsTo(Cfn.ref(TemplateParameters.REGISTER_READ_ARN), "")),
                HAS_BOUNDARY, Cfn.not(Cfn.equalsTo(Cfn.ref(TemplateParameters.PERMISSIONS_BOUNDARY), "")));
    }
}
