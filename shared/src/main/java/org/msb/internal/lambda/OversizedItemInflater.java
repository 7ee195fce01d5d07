package org.msb.internal.lambda;

import org.msb.internal.live.AwsCall;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.GetResourceConfigHistoryRequest;
import software.amazon.awssdk.services.config.model.GetResourceConfigHistoryResponse;
import software.amazon.awssdk.services.config.model.ResourceNotDiscoveredException;

import java.util.Optional;

/**
 * Fetches the item an oversized notification summarises: GetResourceConfigHistory pinned to the summary's
 * capture time ({@code laterTime}) with {@code limit} 1, so the rule evaluates exactly the state that
 * triggered it, not a newer one (rdklib omits laterTime; the Config developer guide's sample pins it).
 */
public final class OversizedItemInflater {
    private OversizedItemInflater() {}

    /** The item, or empty when Config has no history for it (never recorded, or gone). */
    public static Optional<ConfigurationItem> inflate(ConfigClient config, OversizedSummary summary) {
        GetResourceConfigHistoryRequest.Builder request = GetResourceConfigHistoryRequest.builder()
                .resourceType(summary.resourceType())
                .resourceId(summary.resourceId())
                .limit(1);
        if (summary.captureTime() != null) request.laterTime(summary.captureTime());
        GetResourceConfigHistoryResponse response = AwsCall.read("Config", "GetResourceConfigHistory", "config:GetResourceConfigHistory", () -> {
            try {
                return config.getResourceConfigHistory(request.build());
            } catch (ResourceNotDiscoveredException e) {
                return null;  // Config never recorded it: same as no history
            }
        });
        if (response == null || !response.hasConfigurationItems() || response.configurationItems().isEmpty()) return Optional.empty();
        return Optional.of(HistoryItems.toItem(response.configurationItems().get(0)));
    }
}
