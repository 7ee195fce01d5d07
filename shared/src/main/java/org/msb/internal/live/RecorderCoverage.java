package org.msb.internal.live;

import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;
import software.amazon.awssdk.services.config.model.RecordingGroup;
import software.amazon.awssdk.services.config.model.RecordingScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which resource types the account's AWS Config recorders record in one region, decided from
 * DescribeConfigurationRecorders (the recording group: allSupported, resourceTypes, exclusions, the
 * recording strategy) and DescribeConfigurationRecorderStatus (only a recorder that is recording counts:
 * a stopped one holds stale items).
 */
public final class RecorderCoverage {
    /** Global types that allSupported records only with includeGlobalResourceTypes. */
    private static final Set<String> GLOBAL_IAM = Set.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy");

    private final List<ConfigurationRecorder> recording;
    private final String noneReason;

    private RecorderCoverage(List<ConfigurationRecorder> recording, String noneReason) {
        this.recording = List.copyOf(recording);
        this.noneReason = noneReason;
    }

    public static RecorderCoverage of(List<ConfigurationRecorder> recorders, List<ConfigurationRecorderStatus> statuses,
                                      String region) {
        Set<String> running = statuses.stream().filter(s -> Boolean.TRUE.equals(s.recording()))
                .map(ConfigurationRecorderStatus::name).collect(Collectors.toSet());
        List<ConfigurationRecorder> active = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        for (ConfigurationRecorder r : recorders) {
            // a service-linked recorder with INTERNAL scope keeps its items out of the customer's APIs
            if (r.recordingScope() == RecordingScope.INTERNAL) continue;
            if (running.contains(r.name())) active.add(r);
            else stopped.add(r.name());
        }
        String reason = null;
        if (active.isEmpty()) {
            reason = stopped.isEmpty()
                    ? "AWS Config has no configuration recorder in " + region
                    : "the AWS Config recorder " + String.join(", ", stopped) + " in " + region + " is not recording";
        }
        return new RecorderCoverage(active, reason);
    }

    /** Coverage that could not be read (e.g. config:DescribeConfigurationRecorders denied): records nothing. */
    public static RecorderCoverage unknown(String reason) { return new RecorderCoverage(List.of(), reason); }

    public boolean records(String resourceType) {
        for (ConfigurationRecorder r : recording) if (records(r.recordingGroup(), resourceType)) return true;
        return false;
    }

    /** Why a type is not recorded; null when it is. */
    public String whyNot(String resourceType) {
        if (records(resourceType)) return null;
        if (noneReason != null) return noneReason;
        return "the AWS Config recorder " + recording.stream().map(ConfigurationRecorder::name).collect(Collectors.joining(", "))
                + " does not record " + resourceType;
    }

    static boolean records(RecordingGroup g, String type) {
        if (g == null) return true;  // no recording group: Config's default, every supported type
        String strategy = g.recordingStrategy() == null ? null : g.recordingStrategy().useOnlyAsString();
        if ("EXCLUSION_BY_RESOURCE_TYPES".equals(strategy)) {
            return g.exclusionByResourceTypes() == null || !g.exclusionByResourceTypes().resourceTypesAsStrings().contains(type);
        }
        if ("INCLUSION_BY_RESOURCE_TYPES".equals(strategy)) return g.resourceTypesAsStrings().contains(type);
        if (Boolean.TRUE.equals(g.allSupported()) || "ALL_SUPPORTED_RESOURCE_TYPES".equals(strategy)) {
            return !GLOBAL_IAM.contains(type) || Boolean.TRUE.equals(g.includeGlobalResourceTypes());
        }
        return g.resourceTypesAsStrings().contains(type);
    }
}
