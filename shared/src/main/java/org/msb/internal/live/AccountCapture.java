package org.msb.internal.live;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.error.FactUnavailableException;
import org.msb.error.MsbException;
import org.msb.fact.Fact;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.model.secrets.SecretBearingItems;
import org.msb.rule.RuleSpec;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Records what a set of rules needs from a live account as a world ({@value org.msb.internal.world.WorldReader#FORMAT}):
 * every item type the rules read and every fact they declare, through a {@link LiveAccountView}.
 *
 * <p>What cannot be read because a permission is missing, the endpoint does not serve the call, or no
 * source lists the type is recorded under "unavailable" with the reason and reported as a warning; an
 * offline scan of the world then says INSUFFICIENT_DATA for it, never a pass. Any other failure
 * (throttling past retries, the network) stops the capture: a re-run fixes it, a silent gap would not.
 */
public final class AccountCapture {

    /** Something the capture could not read: a fact name or "items:TYPE", and why. */
    public record Missing(String what, String reason) {}

    /**
     * The captured world and what it holds.
     *
     * @param itemsByType item count per type read
     * @param facts the fact names captured
     */
    public record Result(JsonObject world, Map<String, Integer> itemsByType, List<String> facts, List<Missing> missing) {
        public int itemCount() { return itemsByType.values().stream().mapToInt(Integer::intValue).sum(); }

        /** One line per gap, for the user. */
        public List<String> warnings() {
            return missing.stream().map(m -> m.what() + " was not captured: " + m.reason()).toList();
        }
    }

    private final LiveAccountView view;
    private final Clock clock;
    private final Consumer<String> progress;

    public AccountCapture(LiveAccountView view, Clock clock, Consumer<String> progress) {
        this.view = view;
        this.clock = clock;
        this.progress = progress == null ? s -> {} : progress;
    }

    /** Reads everything the rules need and returns the world; {@code description} goes into the file. */
    public Result capture(Collection<RuleSpec> rules, String description) {
        TreeSet<String> types = new TreeSet<>();
        Map<String, Fact<?>> facts = new TreeMap<>();
        for (RuleSpec r : rules) {
            types.addAll(r.resourceTypes());
            r.facts().forEach(f -> facts.put(f.name(), f));
        }
        Instant capturedAt = clock.instant();
        List<ConfigurationItem> items = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, JsonElement> values = new LinkedHashMap<>();
        List<Missing> missing = new ArrayList<>();
        for (String type : types) {
            try {
                List<ConfigurationItem> got = view.items(type);
                // a world file must never hold a secret: values in items that could be one are kept as their traits
                got.forEach(i -> items.add(SecretBearingItems.redact(i)));
                counts.put(type, got.size());
                progress.accept("items " + type + ": " + got.size() + " (" + view.itemSource(type) + ")");
            } catch (MsbException e) {
                missing.add(unreadable("items:" + type, e));
            }
        }
        for (Fact<?> f : facts.values()) {
            try {
                values.put(f.name(), WorldWriter.fact(view.fact(f)));
                progress.accept("fact " + f.name() + ": captured");
            } catch (MsbException e) {
                missing.add(unreadable(f.name(), e));
            }
        }
        Map<String, String> unavailable = new LinkedHashMap<>();
        missing.forEach(m -> unavailable.put(m.what(), m.reason()));
        JsonObject world = WorldWriter.world(view.accountId(), view.region(), capturedAt, description,
                items, values, unavailable);
        progress.accept("captured " + items.size() + " items of " + counts.size() + " types and " + values.size() + " facts"
                + (missing.isEmpty() ? "" : "; " + missing.size() + " not captured (see warnings)"));
        return new Result(world, counts, List.copyOf(values.keySet()), List.copyOf(missing));
    }

    /** A gap to record, or the failure rethrown when it is not one a re-run would leave in place. */
    private Missing unreadable(String what, MsbException e) {
        boolean gap = e instanceof FactUnavailableException
                || (e instanceof AwsReadException r && (r.kind() == AwsReadException.Kind.ACCESS_DENIED
                    || r.kind() == AwsReadException.Kind.NOT_SERVED));
        if (!gap) throw e;
        progress.accept((what.startsWith("items:") ? "items " + what.substring(6) : "fact " + what) + ": NOT CAPTURED - " + e.getMessage());
        return new Missing(what, e.getMessage());
    }
}
