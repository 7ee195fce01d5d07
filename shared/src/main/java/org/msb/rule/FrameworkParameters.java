package org.msb.rule;

import java.util.List;

/** Parameters every rule accepts; the framework reads them (rules see HomeRegion only through RuleInput.homeRegion()). */
public final class FrameworkParameters {
    private FrameworkParameters() {}

    /** Where the exception register lives: {@code s3://bucket/key} or {@code ssm:/parameter/name}. */
    public static final String EXCEPTION_REGISTER = "ExceptionRegister";
    /** A role in the evaluated account to assume (central-Lambda pattern), as rdklib names it. */
    public static final String EXECUTION_ROLE_NAME = "ExecutionRoleName";
    /** Global rules answer only in this region. */
    public static final String HOME_REGION = "HomeRegion";

    private static final List<ParameterSpec> ALL = List.of(
            ParameterSpec.string(EXCEPTION_REGISTER, null,
                    "Exception register location: s3://bucket/key or ssm:/parameter/name (YAML or JSON); empty = tags only")
                    .matching("(s3://[a-z0-9.-]{3,63}/.+|ssm:/.+)", "s3://bucket/key or ssm:/parameter/name"),
            ParameterSpec.string(EXECUTION_ROLE_NAME, null,
                    "Role to assume in the evaluated account (central-Lambda pattern); empty = the function's own role")
                    .matching("[\\w+=,.@/-]{1,512}", "an IAM role name or path/name"),
            ParameterSpec.string(HOME_REGION, null,
                    "For rules on global resources: the one region that evaluates them; empty = every region")
                    .matching("[a-z]{2}(-[a-z]+)+-\\d", "a region name such as us-east-1"));

    public static List<ParameterSpec> all() { return ALL; }

    public static boolean isFrameworkParameter(String name) {
        return ALL.stream().anyMatch(p -> p.name().equals(name));
    }
}
