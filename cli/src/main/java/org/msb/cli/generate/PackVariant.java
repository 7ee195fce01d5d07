package org.msb.cli.generate;

/**
 * The three forms of one pack's template. They differ only in how a rule finds its Lambda and in the
 * framework parameters the pack declares; the rules, their triggers and parameters are the same.
 */
public enum PackVariant {
    /**
     * The file in conformance-packs/: the functions' ARNs come from one input parameter, LambdaArnPrefix
     * (ARN up to the rule id), so any deployment (own account, central account, organization pack) can use it.
     */
    STANDALONE(false, true),
    /**
     * Inside the member StackSet template: the outer template's Fn::Sub writes each rule's own alias ARN into
     * the body, so Config sees literal ARNs and no input parameter is spent on them.
     */
    MEMBER_STACK(true, false),
    /** Inside the organization-pack template of the central pattern: Fn::Sub writes the central functions' ARNs. */
    CENTRAL_ORGANIZATION(true, true);

    private final boolean substituted;
    private final boolean executionRole;

    PackVariant(boolean substituted, boolean executionRole) {
        this.substituted = substituted;
        this.executionRole = executionRole;
    }

    /** The body is a Fn::Sub string of an outer template: literal "${" must be written "${!". */
    public boolean substituted() { return substituted; }

    /** The pack passes ExecutionRoleName (the function assumes a role in the evaluated account). */
    public boolean executionRole() { return executionRole; }
}
