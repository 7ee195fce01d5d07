package org.msb.cli.deploy;

/**
 * What apply does to one plain stack, decided from what CloudFormation holds now.
 *
 * @param reason why (for UPDATE: "template changed", "parameters changed: X"; for RECREATE the state found)
 */
public record StackChange(StackSpec spec, Kind kind, String reason) {
    public enum Kind { NONE, CREATE, UPDATE, RECREATE }

    /** "stack msb-baseline in eu-west-1: update (template changed)". */
    public String describe() {
        return "stack " + spec.name() + " in " + spec.region() + ": " + switch (kind) {
            case NONE -> "unchanged";
            case CREATE -> "create";
            case UPDATE -> "update (" + reason + ")";
            case RECREATE -> "delete and create again (" + reason + ")";
        };
    }
}
