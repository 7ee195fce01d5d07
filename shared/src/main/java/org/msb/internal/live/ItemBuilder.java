package org.msb.internal.live;

import org.msb.item.ConfigurationItem;

import java.util.List;

/**
 * Builds every current item of one resource type from the service's own describe API, in exactly the
 * shape AWS Config records (property paths checked against the Config resource schema and real items).
 * Implementations live in {@code org.msb.internal.live.builder}, have a public no-argument constructor
 * and are found by class name, so a jar only needs the SDK module of the types it reads.
 */
public interface ItemBuilder {

    /** The reads it makes, for progress lines, e.g. "ec2:DescribeSecurityGroups". */
    String describe();

    List<ConfigurationItem> build(BuildContext context);
}
