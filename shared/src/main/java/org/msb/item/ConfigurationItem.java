package org.msb.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration item, whichever shape it arrived in (invocation event, GetResourceConfigHistory,
 * BatchGetResourceConfig, SelectResourceConfig, a snapshot or a world file). Built only by
 * {@link ConfigurationItemParser}, which decodes JSON-string values, so {@link #configuration()} and
 * {@link #supplementary(String)} always give structured nodes.
 */
public record ConfigurationItem(
        String accountId,
        String arn,
        String awsRegion,
        String resourceType,
        String resourceId,
        String resourceName,
        ItemStatus status,
        Instant captureTime,
        Instant resourceCreationTime,
        String availabilityZone,
        Node configuration,
        Map<String, Node> supplementaryConfiguration,
        Map<String, String> tags,
        List<Relationship> relationships) {

    public ConfigurationItem {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(status, "status");
        configuration = configuration == null ? Node.missing() : configuration;
        supplementaryConfiguration = supplementaryConfiguration == null ? Map.of() : Map.copyOf(supplementaryConfiguration);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }

    /** A supplementary-configuration entry (e.g. {@code BucketLoggingConfiguration}); missing when absent. */
    public Node supplementary(String key) {
        Node n = supplementaryConfiguration.get(key);
        return n == null ? Node.missing() : n;
    }

    /** A configuration property by dotted path, e.g. {@code "ipPermissions"}. */
    public Node property(String dottedPath) { return configuration.path(dottedPath); }

    public String tag(String key) { return tags.get(key); }

    /** The name shown to people: the resource name when Config has one, else the id. */
    public String displayName() {
        return resourceName != null && !resourceName.isEmpty() ? resourceName : resourceId;
    }
}
