package org.msb.fact;

import java.util.List;
import java.util.Objects;

/**
 * A named thing a rule reads that no configuration item holds (the password policy, a detector...).
 * It has a stable name (its key in world files), a value type with a JSON form, the IAM actions its
 * live loader needs, and the loader's class, found by name so a rule jar only loads the SDK modules of
 * the facts it declares.
 *
 * @param regional true when the value differs per region (GuardDuty), false for account-global facts (IAM)
 */
public record Fact<T>(String name, Class<T> type, List<String> iamActions, String loaderClass, boolean regional,
                      String description) {
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(loaderClass, "loaderClass");
        iamActions = List.copyOf(iamActions);
    }

    @Override public String toString() { return name; }
}
