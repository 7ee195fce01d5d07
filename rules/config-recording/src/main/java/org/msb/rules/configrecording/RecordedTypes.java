package org.msb.rules.configrecording;

import org.msb.fact.ConfigRecording;

import java.util.List;

/**
 * What one recording group records, in both API shapes: the original allSupported / includeGlobalResourceTypes /
 * resourceTypes, and the newer recordingStrategy with exclusionByResourceTypes. A recorder without a recording
 * group records every supported type and no global one (Config's default).
 */
final class RecordedTypes {
    /** Global IAM types: allSupported records them only with includeGlobalResourceTypes; exclusion records them unless excluded. */
    static final List<String> GLOBAL_IAM = List.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy");

    enum Mode { ALL_SUPPORTED, ALL_EXCEPT, ONLY_LISTED }

    private final Mode mode;
    private final boolean includesGlobal;
    private final List<String> listed;

    private RecordedTypes(Mode mode, boolean includesGlobal, List<String> listed) {
        this.mode = mode;
        this.includesGlobal = includesGlobal;
        this.listed = List.copyOf(listed);
    }

    static RecordedTypes of(ConfigRecording.RecordingGroup g) {
        if (g == null) return new RecordedTypes(Mode.ALL_SUPPORTED, false, List.of());
        String strategy = g.recordingStrategy();
        if ("EXCLUSION_BY_RESOURCE_TYPES".equals(strategy)) return new RecordedTypes(Mode.ALL_EXCEPT, true, g.exclusionResourceTypes());
        if ("INCLUSION_BY_RESOURCE_TYPES".equals(strategy)) return new RecordedTypes(Mode.ONLY_LISTED, false, g.resourceTypes());
        if ("ALL_SUPPORTED_RESOURCE_TYPES".equals(strategy) || (strategy == null && Boolean.TRUE.equals(g.allSupported()))) {
            return new RecordedTypes(Mode.ALL_SUPPORTED, Boolean.TRUE.equals(g.includeGlobalResourceTypes()), List.of());
        }
        return new RecordedTypes(Mode.ONLY_LISTED, false, g.resourceTypes());
    }

    Mode mode() { return mode; }

    /** The excluded types (ALL_EXCEPT) or the recorded ones (ONLY_LISTED). */
    List<String> listed() { return listed; }

    boolean records(String type) {
        return switch (mode) {
            case ALL_SUPPORTED -> !GLOBAL_IAM.contains(type) || includesGlobal;
            case ALL_EXCEPT -> !listed.contains(type);
            case ONLY_LISTED -> listed.contains(type);
        };
    }

    /** Excluded types other than the global IAM ones (which only the home region must record). */
    List<String> excludedRegionalTypes() {
        return mode == Mode.ALL_EXCEPT ? listed.stream().filter(t -> !GLOBAL_IAM.contains(t)).toList() : List.of();
    }

    List<String> globalTypesNotRecorded() { return GLOBAL_IAM.stream().filter(t -> !records(t)).toList(); }
}
