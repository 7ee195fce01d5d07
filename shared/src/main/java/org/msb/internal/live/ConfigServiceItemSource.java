package org.msb.internal.live;

import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ResourceIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Configuration items from AWS Config, for the types its recorder records in the view's region.
 *
 * <p>A type is listed with one advanced query (SelectResourceConfig, 100 rows a page through the SDK
 * paginator) selecting the fields rules read. When the query returns nothing although Config has
 * discovered resources of the type (the query index lags the recorder, or an emulator does not run
 * queries: moto returns no rows), each discovered resource's latest item is read with
 * GetResourceConfigHistory instead, which keeps tags and relationships (BatchGetResourceConfig drops
 * both). "Nothing" is therefore only ever reported when Config itself lists nothing.
 *
 * <p>With an endpoint override (an emulator) Config is trusted only for the types moto's Config
 * serves ({@link #EMULATOR_TYPES}); other types go to the describe-API builders, since moto's Config
 * would report them empty.
 */
public final class ConfigServiceItemSource implements ItemSource {
    /**
     * The types moto 5.2.1's Config lists and returns readable items for. Not IAM roles and policies: moto
     * records them with {@code tags} as a list where the API has a map, so GetResourceConfigHistory cannot be
     * unmarshalled (by the Java SDK or boto3); their describe-API builders serve them instead.
     */
    public static final Set<String> EMULATOR_TYPES = Set.of("AWS::S3::Bucket", "AWS::S3::AccountPublicAccessBlock", "AWS::SNS::Topic");

    /** The fields of an item that rules and the normaliser read. */
    static final String FIELDS = "resourceId, resourceType, resourceName, arn, accountId, awsRegion, availabilityZone,"
            + " configuration, supplementaryConfiguration, tags, relationships, configurationItemCaptureTime,"
            + " configurationItemStatus, resourceCreationTime";
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+");
    private static final int PAGE = 100;

    private final AwsClients clients;
    private final Predicate<String> trusted;
    private final OnceCache<String, RecorderCoverage> coverage = new OnceCache<>();

    /** Config for every type it records; with an endpoint override only for {@link #EMULATOR_TYPES}. */
    public ConfigServiceItemSource(AwsClients clients) {
        this(clients, clients.isEmulated() ? EMULATOR_TYPES::contains : t -> true);
    }

    public ConfigServiceItemSource(AwsClients clients, Predicate<String> trusted) {
        this.clients = clients;
        this.trusted = trusted;
    }

    @Override
    public boolean covers(String resourceType) {
        return trusted.test(resourceType) && coverage().records(resourceType);
    }

    @Override
    public String describe(String resourceType) { return "AWS Config"; }

    @Override
    public String whyNot(String resourceType) {
        if (!trusted.test(resourceType)) {
            return "the emulator's AWS Config does not serve " + resourceType + " (it serves " + String.join(", ", EMULATOR_TYPES.stream().sorted().toList()) + ")";
        }
        return coverage().whyNot(resourceType);
    }

    /**
     * The recorders' coverage, read once. When the recorder cannot be read (denied, or an endpoint without
     * Config) nothing counts as recorded, so the describe APIs serve, and the reason is kept for messages.
     */
    public RecorderCoverage coverage() {
        return coverage.get("coverage", () -> {
            ConfigClient config = clients.config();
            try {
                var recorders = AwsCall.read("Config", "DescribeConfigurationRecorders", "config:DescribeConfigurationRecorders",
                        () -> config.describeConfigurationRecorders().configurationRecorders());
                var statuses = AwsCall.read("Config", "DescribeConfigurationRecorderStatus", "config:DescribeConfigurationRecorderStatus",
                        () -> config.describeConfigurationRecorderStatus().configurationRecordersStatus());
                return RecorderCoverage.of(recorders, statuses, clients.region());
            } catch (AwsReadException e) {
                if (e.kind() != AwsReadException.Kind.ACCESS_DENIED && e.kind() != AwsReadException.Kind.NOT_SERVED) throw e;
                return RecorderCoverage.unknown("the AWS Config recorder could not be read (" + e.getMessage() + ")");
            }
        });
    }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        if (!TYPE.matcher(resourceType).matches()) throw new IllegalArgumentException("not a resource type: " + resourceType);
        List<ConfigurationItem> rows = select(resourceType);
        if (!rows.isEmpty()) return rows;
        List<ResourceIdentifier> discovered = discovered(resourceType);
        List<ConfigurationItem> out = new ArrayList<>();
        for (ResourceIdentifier id : discovered) {
            ConfigurationItem item = latest(resourceType, id.resourceId());
            if (item != null && item.status().isEvaluable()) out.add(item);
        }
        return List.copyOf(out);
    }

    private List<ConfigurationItem> select(String type) {
        String expression = "SELECT " + FIELDS + " WHERE resourceType = '" + type + "'";
        ConfigClient config = clients.config();
        List<ConfigurationItem> out = new ArrayList<>();
        // parsed page by page as the paginator fetches them, so the raw rows of a large type are never all held at once
        AwsCall.read("Config", "SelectResourceConfig", "config:SelectResourceConfig", () -> {
            for (String row : config.selectResourceConfigPaginator(r -> r.expression(expression).limit(PAGE)).results()) {
                ConfigurationItem item = ConfigurationItemParser.parse(row);
                if (item.status().isEvaluable()) out.add(item);
            }
            return null;
        });
        return out;
    }

    private List<ResourceIdentifier> discovered(String type) {
        ConfigClient config = clients.config();
        return AwsCall.read("Config", "ListDiscoveredResources", "config:ListDiscoveredResources",
                () -> config.listDiscoveredResourcesPaginator(r -> r.resourceType(type).limit(PAGE)).resourceIdentifiers().stream().toList());
    }

    private ConfigurationItem latest(String type, String id) {
        return ConfigHistory.item(clients.config(), type, id, null).orElse(null);  // none: deleted since it was listed
    }
}
