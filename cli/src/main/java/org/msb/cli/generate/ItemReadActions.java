package org.msb.cli.generate;

import org.msb.internal.live.DescribeItemSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IAM actions of the describe-API builder that reads a resource type where AWS Config does not record
 * it (the fallback of the live account view). The builders name their calls in {@code describe()}
 * ("s3:ListAllMyBuckets, s3:GetBucketLogging, ..."); a builder that names none is an error here, so a
 * role never silently lacks the permissions its fallback needs.
 */
final class ItemReadActions {
    private static final Pattern ACTION = Pattern.compile("\\b[a-z0-9-]+:[A-Z][A-Za-z0-9]+\\b");
    /** describe() needs no clients: the builder only names its calls. */
    private static final DescribeItemSource SOURCE = new DescribeItemSource(null, "000000000000", Clock.systemUTC());

    private ItemReadActions() {}

    /** The builder's actions; empty when no builder exists for the type (Config is then the only source). */
    static List<String> of(String resourceType) {
        if (!SOURCE.covers(resourceType)) return List.of();
        String text = SOURCE.describe(resourceType);
        List<String> actions = new ArrayList<>();
        Matcher m = ACTION.matcher(text);
        while (m.find()) actions.add(m.group());
        if (actions.isEmpty()) {
            throw new IllegalStateException("the describe-API builder of " + resourceType + " names no IAM action in describe() (\""
                    + text + "\"); list its calls as service:Action so the generated roles can allow them");
        }
        return List.copyOf(actions);
    }
}
