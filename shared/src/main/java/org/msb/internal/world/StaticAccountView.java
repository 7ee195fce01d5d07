package org.msb.internal.world;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import org.msb.account.AccountView;
import org.msb.error.FactUnavailableException;
import org.msb.error.InvalidWorldException;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An account held in memory: a world file, the demo account, a Config snapshot or a test scenario.
 * Facts are kept in their JSON form and read into their type on first use.
 */
public final class StaticAccountView implements AccountView {
    private static final Gson GSON = new Gson();

    private final String accountId;
    private final String region;
    private final Map<String, List<ConfigurationItem>> byType;
    /** Type, then id, to item (the first of an id): rules and the engine look items up by id per evaluation. */
    private final Map<String, Map<String, ConfigurationItem>> byTypeAndId;
    private final Map<String, JsonElement> facts;
    private final String missingFactHint;
    private final Map<String, String> unavailable;
    private final Map<String, Object> factCache = new ConcurrentHashMap<>();

    /**
     * @param missingFactHint said when a fact is absent, e.g. "not in the Config snapshot (snapshots hold items only)"
     */
    public StaticAccountView(String accountId, String region, List<ConfigurationItem> items, Map<String, JsonElement> facts,
                             String missingFactHint) {
        this(accountId, region, items, facts, missingFactHint, Map.of());
    }

    /**
     * @param unavailable what a capture could not read, with the reason: fact names, and "items:TYPE" for
     *                    item types (their absence must not read as "no resources")
     */
    public StaticAccountView(String accountId, String region, List<ConfigurationItem> items, Map<String, JsonElement> facts,
                             String missingFactHint, Map<String, String> unavailable) {
        this.accountId = accountId;
        this.region = region;
        Map<String, List<ConfigurationItem>> m = new HashMap<>();
        Map<String, Map<String, ConfigurationItem>> ids = new HashMap<>();
        for (ConfigurationItem i : items) {
            if (!i.status().isEvaluable()) continue;
            m.computeIfAbsent(i.resourceType(), k -> new ArrayList<>()).add(i);
            ids.computeIfAbsent(i.resourceType(), k -> new HashMap<>()).putIfAbsent(i.resourceId(), i);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byType = Collections.unmodifiableMap(m);
        this.byTypeAndId = ids;
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.missingFactHint = missingFactHint;
        this.unavailable = Map.copyOf(unavailable);
    }

    @Override public String accountId() { return accountId; }

    @Override public String region() { return region; }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        String reason = unavailable.get("items:" + resourceType);
        if (reason != null) throw new FactUnavailableException("items:" + resourceType, "not captured: " + reason);
        return byType.getOrDefault(resourceType, List.of());
    }

    /** By id without scanning the type's items (a lookup per evaluation would otherwise be quadratic). */
    @Override
    public Optional<ConfigurationItem> item(String resourceType, String resourceId) {
        items(resourceType);  // an uncaptured type fails here as it does for items()
        return Optional.ofNullable(byTypeAndId.getOrDefault(resourceType, Map.of()).get(resourceId));
    }

    /** What the capture could not read, with the reason (fact names and "items:TYPE"). */
    public Map<String, String> unavailable() { return unavailable; }

    /** Every item, for writers and counts. */
    public List<ConfigurationItem> allItems() {
        List<ConfigurationItem> all = new ArrayList<>();
        byType.values().forEach(all::addAll);
        return all;
    }

    public Map<String, JsonElement> factsJson() { return facts; }

    @Override
    public <T> T fact(Fact<T> fact) {
        Object cached = factCache.get(fact.name());
        if (cached != null) return fact.type().cast(cached);
        JsonElement json = facts.get(fact.name());
        if (json == null || json.isJsonNull()) {
            String reason = unavailable.get(fact.name());
            throw new FactUnavailableException(fact.name(), reason == null ? missingFactHint : "not captured: " + reason);
        }
        T value;
        try {
            value = GSON.fromJson(json, fact.type());
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new InvalidWorldException("fact " + fact.name() + " does not have the shape of " + fact.type().getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        if (value == null) throw new FactUnavailableException(fact.name(), missingFactHint);
        factCache.put(fact.name(), value);
        return value;
    }
}
