package org.msb.internal.live;

import org.msb.error.FactUnavailableException;
import org.msb.item.ConfigurationItem;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Items built from the services' describe APIs in Config's shape, for the types Config does not record
 * here (Config off, a type outside the recording group, an emulator). Builders are named by class so a
 * jar that never reads security groups does not need the EC2 module.
 */
public final class DescribeItemSource implements ItemSource {
    private static final String PKG = "org.msb.internal.live.builder.";

    /** Resource type to builder class. */
    static final Map<String, String> BUILDERS = Map.of(
            "AWS::S3::Bucket", PKG + "S3BucketItemBuilder",
            "AWS::S3::AccountPublicAccessBlock", PKG + "AccountPublicAccessBlockItemBuilder",
            "AWS::EC2::SecurityGroup", PKG + "SecurityGroupItemBuilder",
            "AWS::EC2::NetworkAcl", PKG + "NetworkAclItemBuilder");

    private final AwsClients clients;
    private final String accountId;
    private final Clock clock;

    public DescribeItemSource(AwsClients clients, String accountId, Clock clock) {
        this.clients = clients;
        this.accountId = accountId;
        this.clock = clock;
    }

    /** The types a builder exists for. */
    public static List<String> buildableTypes() { return List.copyOf(new TreeSet<>(BUILDERS.keySet())); }

    @Override public boolean covers(String resourceType) { return BUILDERS.containsKey(resourceType); }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        BuildContext ctx = new BuildContext(clients, accountId, clients.region(), clock.instant());
        return List.copyOf(builder(resourceType).build(ctx));
    }

    @Override public String describe(String resourceType) { return builder(resourceType).describe(); }

    @Override
    public String whyNot(String resourceType) {
        return "msb has no describe-API builder for " + resourceType + " (it builds " + String.join(", ", buildableTypes()) + ")";
    }

    private ItemBuilder builder(String type) {
        String cls = BUILDERS.get(type);
        if (cls == null) throw new FactUnavailableException("items:" + type, whyNot(type));
        return NamedComponent.create("items:" + type, "builder", cls, ItemBuilder.class);
    }
}
