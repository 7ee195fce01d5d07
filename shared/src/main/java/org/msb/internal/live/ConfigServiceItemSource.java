package org.msb.internal.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.GetResourceConfigHistoryResponse;
import software.amazon.awssdk.services.config.model.ResourceIdentifier;
import software.amazon.awssdk.services.config.model.ResourceNotDiscoveredException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<String> rows = AwsCall.read("Config", "SelectResourceConfig", "config:SelectResourceConfig",
                () -> config.selectResourceConfigPaginator(r -> r.expression(expression).limit(PAGE)).results().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(rows.size());
        for (String row : rows) {
            ConfigurationItem item = ConfigurationItemParser.parse(row);
            if (item.status().isEvaluable()) out.add(item);
        }
        return out;
    }

    private List<ResourceIdentifier> discovered(String type) {
        ConfigClient config = clients.config();
        return AwsCall.read("Config", "ListDiscoveredResources", "config:ListDiscoveredResources",
                () -> config.listDiscoveredResourcesPaginator(r -> r.resourceType(type).limit(PAGE)).resourceIdentifiers().stream().toList());
    }

    private ConfigurationItem latest(String type, String id) {
        ConfigClient config = clients.config();
        GetResourceConfigHistoryResponse r;
        try {
            r = AwsCall.read("Config", "GetResourceConfigHistory", "config:GetResourceConfigHistory",
                    () -> config.getResourceConfigHistory(b -> b.resourceType(type).resourceId(id).limit(1)));
        } catch (AwsReadException e) {
            if (e.getCause() instanceof ResourceNotDiscoveredException) return null;  // deleted since it was listed
            throw e;
        }
        return r.configurationItems().isEmpty() ? null : ConfigurationItemParser.parse(apiJson(r.configurationItems().get(0)));
    }

    /** An SDK configuration item in the API model's JSON shape, for the one normaliser. */
    static JsonObject apiJson(software.amazon.awssdk.services.config.model.ConfigurationItem ci) {
        JsonObject o = new JsonObject();
        o.addProperty("accountId", ci.accountId());
        o.addProperty("arn", ci.arn());
        o.addProperty("awsRegion", ci.awsRegion());
        o.addProperty("resourceType", ci.resourceTypeAsString());
        o.addProperty("resourceId", ci.resourceId());
        o.addProperty("resourceName", ci.resourceName());
        o.addProperty("availabilityZone", ci.availabilityZone());
        o.addProperty("configurationItemStatus", ci.configurationItemStatusAsString());
        o.addProperty("configurationItemCaptureTime", iso(ci.configurationItemCaptureTime()));
        o.addProperty("resourceCreationTime", iso(ci.resourceCreationTime()));
        o.addProperty("configuration", ci.configuration());
        JsonObject sup = new JsonObject();
        for (Map.Entry<String, String> e : ci.supplementaryConfiguration().entrySet()) sup.addProperty(e.getKey(), e.getValue());
        o.add("supplementaryConfiguration", sup);
        JsonObject tags = new JsonObject();
        ci.tags().forEach(tags::addProperty);
        o.add("tags", tags);
        JsonArray rels = new JsonArray();
        for (var rel : ci.relationships()) {
            JsonObject r = new JsonObject();
            r.addProperty("resourceType", rel.resourceTypeAsString());
            r.addProperty("resourceId", rel.resourceId());
            r.addProperty("resourceName", rel.resourceName());
            r.addProperty("relationshipName", rel.relationshipName());
            rels.add(r);
        }
        o.add("relationships", rels);
        return o;
    }

    private static String iso(Instant i) { return i == null ? null : i.toString(); }
}
