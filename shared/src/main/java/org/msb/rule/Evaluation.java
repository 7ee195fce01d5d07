package org.msb.rule;

import java.time.Instant;
import java.util.Objects;

/**
 * One verdict on one resource, as PutEvaluations takes it. Account-level results use
 * {@link #ACCOUNT_TYPE} and the account id. The annotation may be null (Config omits it).
 */
public record Evaluation(String resourceType, String resourceId, Compliance compliance, String annotation,
                         Instant orderingTimestamp) {

    public static final String ACCOUNT_TYPE = "AWS::::Account";

    public Evaluation {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(orderingTimestamp, "orderingTimestamp");
    }

    public Evaluation withVerdict(Compliance newCompliance, String newAnnotation) {
        return new Evaluation(resourceType, resourceId, newCompliance, newAnnotation, orderingTimestamp);
    }

    public boolean isAccount() { return ACCOUNT_TYPE.equals(resourceType); }
}
