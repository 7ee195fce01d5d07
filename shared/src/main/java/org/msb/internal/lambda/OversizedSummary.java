package org.msb.internal.lambda;

import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code configurationItemSummary} of an oversized notification: enough to fetch the whole item
 * with GetResourceConfigHistory.
 */
public record OversizedSummary(String resourceType, String resourceId, Instant captureTime, ItemStatus status,
                               String accountId, String awsRegion, String arn, String resourceName) {
    public OversizedSummary {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        status = status == null ? ItemStatus.OK : status;
    }

    /** The summary as an item without configuration: enough to decide applicability before inflating. */
    public ConfigurationItem asItem() {
        return new ConfigurationItem(accountId, arn, awsRegion, resourceType, resourceId, resourceName, status, captureTime,
                null, null, null, null, null, null);
    }
}
