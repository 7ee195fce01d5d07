package org.msb.model.network;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of managed prefix lists, read from recorded {@code AWS::EC2::PrefixList} items
 * ({@code configuration.PrefixListId}, {@code configuration.Entries[].Cidr}). AWS Config records the
 * customer-managed lists; AWS-managed ones (S3, DynamoDB, CloudFront origin-facing) are not recorded and
 * stay unknown, so callers can say which lists they could not check.
 */
public final class PrefixLists {
    public static final String RESOURCE_TYPE = "AWS::EC2::PrefixList";

    private final Map<String, List<Cidr>> byId;

    private PrefixLists(Map<String, List<Cidr>> byId) { this.byId = Map.copyOf(byId); }

    public static PrefixLists none() { return new PrefixLists(Map.of()); }

    public static PrefixLists fromItems(Collection<ConfigurationItem> items) {
        Map<String, List<Cidr>> m = new HashMap<>();
        for (ConfigurationItem ci : items) {
            if (!RESOURCE_TYPE.equals(ci.resourceType())) continue;
            ItemFields fields = new ItemFields(ci);
            String id = ci.property("PrefixListId").text(ci.resourceId());
            List<Cidr> entries = new ArrayList<>();
            List<Node> recorded = ci.property("Entries").list();
            for (int i = 0; i < recorded.size(); i++) {
                entries.add(fields.cidr(recorded.get(i).get("Cidr").text(), "Entries[" + i + "].Cidr"));
            }
            m.put(id, List.copyOf(entries));
        }
        return new PrefixLists(m);
    }

    /** The list's CIDR blocks, or null when the list was not recorded. */
    public List<Cidr> entries(String prefixListId) { return byId.get(prefixListId); }
}
