package org.msb.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Every fact a rule can declare. Facts live in one holder class per baseline section ({@link IamFacts},
 * {@link DetFacts}...), so rules of different sections add facts without editing the same file. Adding one:
 * a value type (a record in this package), a loader in {@code fact.loader} named by the fact, and a constant
 * in its section's holder, listed in that holder's {@code all()}.
 */
public final class Facts {
    private Facts() {}

    public static final Fact<PasswordPolicy> PASSWORD_POLICY = new Fact<>(
            "iam.passwordPolicy", PasswordPolicy.class,
            List.of("iam:GetAccountPasswordPolicy"),
            "org.msb.fact.loader.PasswordPolicyLoader", false,
            "The account password policy (iam:GetAccountPasswordPolicy); exists=false when none is set.");

    /** All facts, for capture, the generated IAM policies and the check that every loader resolves. */
    public static List<Fact<?>> all() {
        List<Fact<?>> all = new ArrayList<>(List.of(PASSWORD_POLICY));
        all.addAll(AmFacts.all());
        all.addAll(IamFacts.all());
        all.addAll(DetFacts.all());
        all.addAll(DpFacts.all());
        all.addAll(InfFacts.all());
        all.addAll(IrFacts.all());
        return List.copyOf(all);
    }

    public static Fact<?> byName(String name) {
        for (Fact<?> f : all()) if (f.name().equals(name)) return f;
        return null;
    }
}
