package org.msb.engine;

import org.msb.account.AccountView;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An account view that checks the {@link Deadline} before each read it passes on (the items of a type, a
 * fact), so a rule over a slow or large account stops with a {@link org.msb.error.DeadlineReachedException}
 * naming what was read and what was about to be, instead of being killed mid-read.
 */
public final class DeadlineAccountView implements AccountView {
    private final AccountView view;
    private final Deadline deadline;
    private final Map<String, Integer> itemsRead = new LinkedHashMap<>();
    private final TreeSet<String> factsRead = new TreeSet<>();

    private DeadlineAccountView(AccountView view, Deadline deadline) {
        this.view = view;
        this.deadline = deadline;
    }

    /** The view itself when there is no deadline. */
    public static AccountView of(AccountView view, Deadline deadline) {
        return deadline == Deadline.NONE ? view : new DeadlineAccountView(view, deadline);
    }

    @Override public String accountId() { return view.accountId(); }

    @Override public String region() { return view.region(); }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        deadline.check("reading the items of " + resourceType, done());
        List<ConfigurationItem> items = view.items(resourceType);
        itemsRead.put(resourceType, items.size());
        return items;
    }

    /**
     * The view's own lookup (an index, not a scan of the list: the runner looks up the item of every failing
     * result). Checked only before a type's first read: once evaluated, results are sent, not dropped.
     */
    @Override
    public Optional<ConfigurationItem> item(String resourceType, String resourceId) {
        if (!itemsRead.containsKey(resourceType)) deadline.check("reading the items of " + resourceType, done());
        return view.item(resourceType, resourceId);
    }

    @Override
    public <T> T fact(Fact<T> fact) {
        deadline.check("loading fact " + fact.name(), done());
        T value = view.fact(fact);
        factsRead.add(fact.name());
        return value;
    }

    /** What was read so far, for the message. */
    String done() {
        if (itemsRead.isEmpty() && factsRead.isEmpty()) return "nothing read yet; nothing evaluated or sent";
        StringBuilder b = new StringBuilder("read ");
        if (!itemsRead.isEmpty()) {
            b.append("items ");
            itemsRead.forEach((t, n) -> b.append(t).append(" (").append(n).append("), "));
        }
        if (!factsRead.isEmpty()) b.append("facts ").append(String.join(", ", factsRead)).append(", ");
        return b.append("nothing evaluated or sent").toString();
    }
}
