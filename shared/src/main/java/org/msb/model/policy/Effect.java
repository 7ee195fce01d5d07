package org.msb.model.policy;

/** A statement's {@code Effect}. AWS spells them exactly {@code Allow} and {@code Deny}. */
public enum Effect {
    ALLOW("Allow"), DENY("Deny");

    private final String wire;

    Effect(String wire) { this.wire = wire; }

    /** As written in a policy. */
    public String wire() { return wire; }

    /** The effect written {@code text}; null for anything else (IAM rejects "allow" or "DENY"). */
    static Effect parse(String text) {
        for (Effect e : values()) if (e.wire.equals(text)) return e;
        return null;
    }
}
