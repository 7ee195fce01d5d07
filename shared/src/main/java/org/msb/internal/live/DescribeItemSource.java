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

    @Override public boolean covers(String resourceType) { return builderClass(resourceType) != null; }

    /**
     * The builder of a type: listed in {@link #BUILDERS}, or named by convention, e.g. {@code AWS::EC2::Instance}
     * is built by {@code builder.Ec2InstanceItemBuilder} and {@code AWS::CloudTrail::Trail} by
     * {@code builder.CloudTrailTrailItemBuilder}, so a new builder needs no registration. Null when none exists.
     */
    public static String builderClass(String resourceType) {
        String listed = BUILDERS.get(resourceType);
        if (listed != null) return listed;
        String[] parts = resourceType.split("::");
        if (parts.length != 3) return null;
        String name = PKG + word(parts[1]) + word(parts[2]) + "ItemBuilder";
        try {
            Class.forName(name, false, DescribeItemSource.class.getClassLoader());  // loads without linking the SDK types
            return name;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** "EC2" becomes "Ec2", "IAM" "Iam"; mixed-case words ("CloudTrail") stay as they are. */
    private static String word(String w) {
        return w.equals(w.toUpperCase(java.util.Locale.ROOT)) ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w;
    }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        BuildContext ctx = new BuildContext(clients, accountId, clients.region(), clock.instant());
        ItemBuilder builder = builder(resourceType);
        try {
            return List.copyOf(builder.build(ctx));
        } catch (NoClassDefFoundError e) {
            throw NamedComponent.missingModule("items:" + resourceType, "builder", builder.getClass().getName(), e);
        }
    }

    @Override public String describe(String resourceType) { return builder(resourceType).describe(); }

    @Override
    public String whyNot(String resourceType) {
        return "msb has no describe-API builder for " + resourceType + " (it builds " + String.join(", ", buildableTypes()) + ")";
    }

    private ItemBuilder builder(String type) {
        String cls = builderClass(type);
        if (cls == null) throw new FactUnavailableException("items:" + type, whyNot(type));
        return NamedComponent.create("items:" + type, "builder", cls, ItemBuilder.class);
    }
}
