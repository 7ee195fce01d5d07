package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.model.Capability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one service-managed StackSet deploys: its template, the objects each region's artifact bucket must hold
 * (the template among them, in the StackSet's region), every parameter value, the capabilities the template needs,
 * lines the plan adds about what each stack creates, and what apply says when done.
 */
record StackSetPayload(Artifact template, Map<String, List<Artifact>> objects, Map<String, String> parameters,
                       List<Capability> capabilities, List<String> notes, String done) {
    StackSetPayload {
        objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));  // in region order: buckets are created in that order
        parameters = Map.copyOf(parameters);
        capabilities = List.copyOf(capabilities);
        notes = List.copyOf(notes);
    }
}
