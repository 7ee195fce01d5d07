package org.msb.internal.lambda;

import org.msb.internal.live.ConfigHistory;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.config.ConfigClient;

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
        return ConfigHistory.item(config, summary.resourceType(), summary.resourceId(), summary.captureTime());
    }
}
