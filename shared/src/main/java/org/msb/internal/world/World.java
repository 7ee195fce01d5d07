package org.msb.internal.world;

import org.msb.register.ExceptionRegister;

import java.time.Instant;
import java.util.Map;

/**
 * An account to scan offline: its items and facts ({@link StaticAccountView}), the exception register
 * it carries, and per-rule parameters (rule id to parameter name to value).
 */
public record World(String name, String description, Instant capturedAt, StaticAccountView account,
                    ExceptionRegister register, Map<String, Map<String, String>> parameters) {

    public Map<String, String> parametersFor(String ruleId) { return parameters.getOrDefault(ruleId, Map.of()); }
}
