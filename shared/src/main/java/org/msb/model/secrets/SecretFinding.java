package org.msb.model.secrets;

/** One hard-coded secret: where it is (a variable name or a line) and what kind. Never the value. */
public record SecretFinding(String where, SecretKind kind) {
    @Override public String toString() { return where + ": " + kind.description(); }
}
