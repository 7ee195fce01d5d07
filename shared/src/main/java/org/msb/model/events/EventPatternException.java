package org.msb.model.events;

/** An event pattern that is not valid EventBridge syntax; says which field and why. */
public final class EventPatternException extends IllegalArgumentException {
    public EventPatternException(String message) { super(message); }
}
