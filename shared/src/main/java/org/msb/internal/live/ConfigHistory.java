package org.msb.internal.live;

import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.GetResourceConfigHistoryRequest;
import software.amazon.awssdk.services.config.model.GetResourceConfigHistoryResponse;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One resource's item as AWS Config's history holds it: GetResourceConfigHistory with {@code limit} 1
 * (newest first), optionally pinned to a time ({@code laterTime}), which keeps tags and relationships
 * (BatchGetResourceConfig drops both).
 */
public final class ConfigHistory {
    private ConfigHistory() {}

    /**
     * @param atOrBefore the newest item recorded at or before this time; null = the latest
     * @return empty when Config has no history for the resource (never recorded, or gone)
     */
    public static Optional<ConfigurationItem> item(ConfigClient config, String resourceType, String resourceId, Instant atOrBefore) {
        GetResourceConfigHistoryRequest.Builder request = GetResourceConfigHistoryRequest.builder()
                .resourceType(resourceType)
                .resourceId(resourceId)
                .limit(1);
        if (atOrBefore != null) request.laterTime(atOrBefore);
        GetResourceConfigHistoryResponse response = AwsCall.readOptional("Config", "GetResourceConfigHistory",
                "config:GetResourceConfigHistory", Set.of("ResourceNotDiscoveredException"),
                () -> config.getResourceConfigHistory(request.build()));
        if (response == null || response.configurationItems().isEmpty()) return Optional.empty();
        return Optional.of(ApiItems.toItem(response.configurationItems().get(0)));
    }
}
