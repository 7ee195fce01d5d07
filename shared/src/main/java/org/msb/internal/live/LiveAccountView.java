package org.msb.internal.live;

import org.msb.account.AccountView;
import org.msb.error.FactUnavailableException;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.core.exception.SdkException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account as live AWS shows it, read-only, loading lazily and at most once per view (thread-safe):
 * configuration items from AWS Config where it records them, else built from the service's describe API
 * in Config's shape; facts through their loaders, found by class name.
 *
 * <p>A type that no source can give is an error ({@link FactUnavailableException} "items:TYPE"), never an
 * empty list, so a scan shows INSUFFICIENT_DATA rather than a false pass. Any AWS failure is an
 * {@link AwsReadException} naming the call and the IAM action.
 */
public final class LiveAccountView implements AccountView {
    private final AwsClients clients;
    private final String accountId;
    private final List<ItemSource> sources;
    private final OnceCache<String, List<ConfigurationItem>> items = new OnceCache<>();
    private final OnceCache<String, Map<String, ConfigurationItem>> itemsById = new OnceCache<>();
    private final OnceCache<String, Object> facts = new OnceCache<>();

    /** Config first (for what it records), then the describe-API builders. */
    public LiveAccountView(AwsClients clients, String accountId) {
        this(clients, accountId, List.of(new ConfigServiceItemSource(clients), new DescribeItemSource(clients, accountId, Clock.systemUTC())));
    }

    /** With explicit item sources, asked in order; the first that covers a type serves it. */
    public LiveAccountView(AwsClients clients, String accountId, List<ItemSource> sources) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.sources = List.copyOf(sources);
    }

    @Override public String accountId() { return accountId; }

    @Override public String region() { return clients.region(); }

    public AwsClients clients() { return clients; }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        return items.get(resourceType, () -> source(resourceType).items(resourceType));
    }

    /**
     * By id through an index built once per type: the engine looks up the item of every non-compliant
     * evaluation, which scanning the list made quadratic in a periodic run over thousands of resources.
     */
    @Override
    public Optional<ConfigurationItem> item(String resourceType, String resourceId) {
        return Optional.ofNullable(itemsById.get(resourceType, () -> byId(items(resourceType))).get(resourceId));
    }

    /** The first item of each id, as a scan of the list finds it. */
    static Map<String, ConfigurationItem> byId(List<ConfigurationItem> items) {
        Map<String, ConfigurationItem> out = new HashMap<>(items.size() * 2);
        for (ConfigurationItem i : items) out.putIfAbsent(i.resourceId(), i);
        return out;
    }

    /** How items of a type are (or would be) read, e.g. "AWS Config" or "ec2:DescribeSecurityGroups". */
    public String itemSource(String resourceType) { return source(resourceType).describe(resourceType); }

    private ItemSource source(String type) {
        for (ItemSource s : sources) if (s.covers(type)) return s;
        StringBuilder why = new StringBuilder("no source can list them here: ");
        for (int i = 0; i < sources.size(); i++) why.append(i == 0 ? "" : "; ").append(sources.get(i).whyNot(type));
        throw new FactUnavailableException("items:" + type, why.toString());
    }

    @Override
    public <T> T fact(Fact<T> fact) {
        Object value = facts.get(fact.name(), () -> load(fact));
        return fact.type().cast(value);
    }

    private Object load(Fact<?> fact) {
        FactLoader<?> loader = loader(fact);
        Object value;
        try {
            value = loader.load(clients);
        } catch (SdkException e) {
            // a loader that let an SDK error through: still name the fact and the actions it needs
            throw AwsCall.translate(null, "loading fact " + fact.name(), String.join(", ", fact.iamActions()), e);
        } catch (NoClassDefFoundError e) {
            throw NamedComponent.missingModule(fact.name(), "loader", fact.loaderClass(), e);
        }
        if (value == null) throw new FactUnavailableException(fact.name(), "its loader " + fact.loaderClass() + " returned nothing");
        if (!fact.type().isInstance(value)) {
            throw new FactUnavailableException(fact.name(), "its loader returned a " + value.getClass().getName()
                    + ", not a " + fact.type().getName());
        }
        return value;
    }

    /** The loader named by the fact, created by name so only its SDK module is needed. */
    static FactLoader<?> loader(Fact<?> fact) {
        return NamedComponent.create(fact.name(), "loader", fact.loaderClass(), FactLoader.class);
    }
}
