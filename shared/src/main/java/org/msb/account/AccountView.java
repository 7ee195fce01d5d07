package org.msb.account;

import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;

import java.util.List;
import java.util.Optional;

/**
 * A read-only view of one account in one region: configuration items by type and id, and named facts.
 * Backed by a world file, a Config snapshot, the demo account or live AWS; rules cannot tell which.
 */
public interface AccountView {
    String accountId();

    String region();

    /** Every recorded item of a type (deleted ones excluded). */
    List<ConfigurationItem> items(String resourceType);

    default Optional<ConfigurationItem> item(String resourceType, String resourceId) {
        return items(resourceType).stream().filter(i -> i.resourceId().equals(resourceId)).findFirst();
    }

    /**
     * A fact's value.
     *
     * @throws org.msb.error.FactUnavailableException when it cannot be read (offline: not captured)
     */
    <T> T fact(Fact<T> fact);
}
