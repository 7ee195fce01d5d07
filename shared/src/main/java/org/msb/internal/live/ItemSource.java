package org.msb.internal.live;

import org.msb.item.ConfigurationItem;

import java.util.List;

/**
 * Where the live view gets configuration items of a type: AWS Config where it records them, else the
 * service's own describe API shaped like Config's items. A source that {@link #covers} a type gives every
 * current item of it, so an empty list means "none exist", never "could not look".
 */
public interface ItemSource {

    /** True when this source can list every current item of the type in the view's account and region. */
    boolean covers(String resourceType);

    /** Every current item of a covered type (deleted ones excluded). Failures throw {@link AwsReadException}. */
    List<ConfigurationItem> items(String resourceType);

    /** How this source reads a type, for progress lines and messages, e.g. "AWS Config". */
    String describe(String resourceType);

    /** Why the source does not cover a type, for the message when no source does. */
    String whyNot(String resourceType);
}
