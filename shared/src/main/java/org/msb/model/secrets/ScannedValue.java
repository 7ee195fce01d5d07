package org.msb.model.secrets;

import java.util.List;
import java.util.Objects;

/**
 * What is known about one scanned value, without the value: the name it was found under (a variable, a
 * YAML key, a command-line flag; null for a bare line of text), where (null for a named variable, "line 12"
 * in a script), the kinds of secret it matches, whether it looks like a credential (long, no spaces, high
 * entropy, not a reference, placeholder, number, path or ARN), and the store it refers to when it is a
 * reference ("Secrets Manager", "SSM Parameter Store"). This is the form kept in facts and world files.
 */
public record ScannedValue(String name, String location, List<SecretKind> kinds, boolean credentialLike, String reference) {
    public ScannedValue {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** Where, as an annotation says it: "DB_PASSWORD", "line 4 (DB_PASSWORD)" or "line 7". */
    public String where() {
        if (location == null) return Objects.requireNonNullElse(name, "?");
        return name == null ? location : location + " (" + name + ")";
    }

    /** True when nothing here could ever become a finding, whatever names count as secret-like. */
    public boolean isInert() { return kinds.isEmpty() && (!credentialLike || reference != null); }
}
