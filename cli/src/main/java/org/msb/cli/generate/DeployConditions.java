package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.util.Map;

/** Which regions and settings create a rule's resources and a pack: global rules in the home region, optional ones on request. */
final class DeployConditions {
    static final String HOME = "IsHomeRegion";
    static final String OPTIONAL = "OptionalControls";
    static final String OPTIONAL_IN_HOME = "OptionalControlsInHomeRegion";

    private DeployConditions() {}

    static Map<String, Object> conditions() {
        return Cfn.map(
                HOME, Cfn.equalsTo(Cfn.ref("AWS::Region"), Cfn.ref(TemplateParameters.HOME_REGION)),
                OPTIONAL, Cfn.equalsTo(Cfn.ref(TemplateParameters.ENABLE_OPTIONAL), "true"),
                OPTIONAL_IN_HOME, Cfn.and(Cfn.condition(HOME), Cfn.condition(OPTIONAL)));
    }

    /** The condition of a rule's resources; null = always. */
    static String of(RuleSpec s) { return of(s.global(), s.optional()); }

    static String of(Pack p) { return of(p.homeRegionOnly(), p.kind() == Pack.Kind.EXTENDED); }

    private static String of(boolean homeOnly, boolean optional) {
        if (homeOnly && optional) return OPTIONAL_IN_HOME;
        if (homeOnly) return HOME;
        if (optional) return OPTIONAL;
        return null;
    }
}
