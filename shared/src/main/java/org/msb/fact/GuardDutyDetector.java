package org.msb.fact;

import java.util.List;

/**
 * A detector (GetDetector) and its administrator account (GetAdministratorAccount).
 *
 * @param status ENABLED, or DISABLED when the detector is suspended
 * @param administratorAccountId the GuardDuty administrator (delegated admin) of this member account; null when none
 * @param administratorRelationshipStatus e.g. Enabled, Invited, Removed, Resigned; null when no administrator
 */
public record GuardDutyDetector(String detectorId, String status, String findingPublishingFrequency, List<GuardDutyFeature> features,
                                String administratorAccountId, String administratorRelationshipStatus) {
    public GuardDutyDetector {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
