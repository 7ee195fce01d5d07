package org.msb.fact.loader;

import org.msb.fact.ConfigRecording;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigExportDeliveryInfo;
import software.amazon.awssdk.services.config.model.ConfigStreamDeliveryInfo;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;
import software.amazon.awssdk.services.config.model.DeliveryChannel;
import software.amazon.awssdk.services.config.model.DeliveryChannelStatus;
import software.amazon.awssdk.services.config.model.RecordingGroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code config.recording}: the region's configuration recorders (DescribeConfigurationRecorders) joined by name
 * with their status (DescribeConfigurationRecorderStatus), and its delivery channels (DescribeDeliveryChannels)
 * joined with their status (DescribeDeliveryChannelStatus, asked only when a channel exists). None of these
 * operations pages. A region where Config was never set up gives empty lists, not an error.
 */
public final class ConfigRecordingLoader implements FactLoader<ConfigRecording> {

    @Override
    public ConfigRecording load(AwsClients clients) {
        ConfigClient config = clients.config();
        List<ConfigurationRecorder> recorders = AwsCall.read("Config", "DescribeConfigurationRecorders",
                "config:DescribeConfigurationRecorders", () -> config.describeConfigurationRecorders().configurationRecorders());
        Map<String, ConfigurationRecorderStatus> statuses = AwsCall.read("Config", "DescribeConfigurationRecorderStatus",
                        "config:DescribeConfigurationRecorderStatus", () -> config.describeConfigurationRecorderStatus().configurationRecordersStatus())
                .stream().collect(Collectors.toMap(ConfigurationRecorderStatus::name, Function.identity(), (a, b) -> a));
        List<DeliveryChannel> channels = AwsCall.read("Config", "DescribeDeliveryChannels", "config:DescribeDeliveryChannels",
                () -> config.describeDeliveryChannels().deliveryChannels());
        Map<String, DeliveryChannelStatus> channelStatuses = channels.isEmpty() ? Map.of()
                : AwsCall.read("Config", "DescribeDeliveryChannelStatus", "config:DescribeDeliveryChannelStatus",
                        () -> config.describeDeliveryChannelStatus().deliveryChannelsStatus())
                .stream().collect(Collectors.toMap(DeliveryChannelStatus::name, Function.identity(), (a, b) -> a));

        List<ConfigRecording.Recorder> outRecorders = new ArrayList<>();
        for (ConfigurationRecorder r : recorders) outRecorders.add(recorder(r, statuses.get(r.name())));
        List<ConfigRecording.DeliveryChannel> outChannels = new ArrayList<>();
        for (DeliveryChannel c : channels) outChannels.add(channel(c, channelStatuses.get(c.name())));
        return new ConfigRecording(outRecorders, outChannels);
    }

    static ConfigRecording.Recorder recorder(ConfigurationRecorder r, ConfigurationRecorderStatus s) {
        RecordingGroup g = r.recordingGroup();
        ConfigRecording.RecordingGroup group = g == null ? null : new ConfigRecording.RecordingGroup(
                g.allSupported(), g.includeGlobalResourceTypes(), g.resourceTypesAsStrings(),
                g.recordingStrategy() == null ? null : g.recordingStrategy().useOnlyAsString(),
                g.exclusionByResourceTypes() == null ? List.of() : g.exclusionByResourceTypes().resourceTypesAsStrings());
        String frequency = r.recordingMode() == null ? null : r.recordingMode().recordingFrequencyAsString();
        return new ConfigRecording.Recorder(r.name(), r.roleARN(), r.servicePrincipal(), r.recordingScopeAsString(), group, frequency,
                s != null && Boolean.TRUE.equals(s.recording()),
                s == null ? null : s.lastStatusAsString(),
                s == null ? null : s.lastErrorCode(),
                s == null ? null : s.lastErrorMessage(),
                s == null ? null : iso(s.lastStatusChangeTime()),
                s == null ? null : iso(s.lastStartTime()),
                s == null ? null : iso(s.lastStopTime()));
    }

    static ConfigRecording.DeliveryChannel channel(DeliveryChannel c, DeliveryChannelStatus s) {
        String frequency = c.configSnapshotDeliveryProperties() == null ? null
                : c.configSnapshotDeliveryProperties().deliveryFrequencyAsString();
        return new ConfigRecording.DeliveryChannel(c.name(), c.s3BucketName(), c.s3KeyPrefix(), c.s3KmsKeyArn(), c.snsTopicARN(), frequency,
                s == null ? null : export(s.configHistoryDeliveryInfo()),
                s == null ? null : export(s.configSnapshotDeliveryInfo()),
                s == null ? null : stream(s.configStreamDeliveryInfo()));
    }

    private static ConfigRecording.Delivery export(ConfigExportDeliveryInfo d) {
        if (d == null) return null;
        return new ConfigRecording.Delivery(d.lastStatusAsString(), d.lastErrorCode(), d.lastErrorMessage(), iso(d.lastAttemptTime()),
                iso(d.lastSuccessfulTime()), null);
    }

    private static ConfigRecording.Delivery stream(ConfigStreamDeliveryInfo d) {
        if (d == null) return null;
        return new ConfigRecording.Delivery(d.lastStatusAsString(), d.lastErrorCode(), d.lastErrorMessage(), null, null,
                iso(d.lastStatusChangeTime()));
    }

    static String iso(Instant t) { return t == null ? null : t.toString(); }
}
