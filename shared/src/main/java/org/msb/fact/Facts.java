package org.msb.fact;

import java.util.List;

/** Every fact a rule can declare. Adding one: a value type, a loader in fact.loader, a constant here. */
public final class Facts {
    private Facts() {}

    public static final Fact<PasswordPolicy> PASSWORD_POLICY = new Fact<>(
            "iam.passwordPolicy", PasswordPolicy.class,
            List.of("iam:GetAccountPasswordPolicy"),
            "org.msb.fact.loader.PasswordPolicyLoader", false,
            "The account password policy (iam:GetAccountPasswordPolicy); exists=false when none is set.");

    /** All facts, for capture and for checks that every loader resolves. */
    public static List<Fact<?>> all() { return List.of(PASSWORD_POLICY); }

    public static Fact<?> byName(String name) {
        for (Fact<?> f : all()) if (f.name().equals(name)) return f;
        return null;
    }
}
