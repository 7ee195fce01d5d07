package org.msb.rules.encryptionatrest;

import org.msb.item.ConfigurationItem;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleInput;

/**
 * CMK_BACKING_KEY_ROTATION_ENABLED for customer KMS keys: automatic rotation on. AWS-managed keys rotate on their
 * own; asymmetric, HMAC, imported and custom-key-store keys cannot rotate automatically; disabled keys and keys
 * pending deletion protect nothing new: all of those are not applicable.
 */
final class KeyRotation {
    private KeyRotation() {}

    static Evaluation evaluate(RuleInput in, ConfigurationItem key) {
        String id = key.resourceId();
        if (!"CUSTOMER".equals(key.property("keyManager").text())) {
            return in.notApplicable(key, "Key " + id + " is managed by AWS, which rotates it every year.");
        }
        String state = key.property("keyState").text("");
        if (!state.equals("Enabled")) return in.notApplicable(key, "Key " + id + " is " + state + "; rotation applies to enabled keys.");
        String spec = key.property("keySpec").text(key.property("customerMasterKeySpec").text(""));
        String origin = key.property("origin").text("");
        if (!spec.equals("SYMMETRIC_DEFAULT") || !origin.equals("AWS_KMS")) {
            return in.notApplicable(key, "Key " + id + " (" + spec + ", origin " + origin + ") cannot rotate automatically; "
                    + "rotate it manually by moving aliases to a new key.");
        }
        var rotation = key.supplementary("KeyRotationStatus");
        if (rotation.isTrue()) return in.compliant(key, "Customer key " + id + " rotates automatically.");
        return in.nonCompliant(key, "Customer key " + id + (rotation.isMissing() ? " has no recorded rotation status" : " does not rotate")
                + "; expected automatic key rotation on.");
    }
}
