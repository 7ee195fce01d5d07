package org.msb.internal.lambda;

import org.msb.error.InvalidEventException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The {@code messageType} of a Config rule invocation, spelled as AWS sends it. */
public enum MessageType {
    ConfigurationItemChangeNotification,
    OversizedConfigurationItemChangeNotification,
    ScheduledNotification,
    ConfigurationSnapshotDeliveryCompleted;

    /** True for the two configuration-change types (one resource, ordered by its capture time). */
    public boolean isChange() {
        return this == ConfigurationItemChangeNotification || this == OversizedConfigurationItemChangeNotification;
    }

    static MessageType parse(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidEventException("invokingEvent has no messageType (expected one of " + names() + ")");
        }
        for (MessageType t : values()) if (t.name().equals(value)) return t;
        throw new InvalidEventException("invokingEvent has an unknown messageType \"" + value + "\" (expected one of " + names() + ")");
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
