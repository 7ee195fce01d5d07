package org.msb.item;

/** A relationship of a configuration item; {@code name} is "name" in events, "relationshipName" in the API. */
public record Relationship(String resourceType, String resourceId, String resourceName, String name) {}
