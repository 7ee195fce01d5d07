package org.msb.model.iam;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.model.policy.PolicyDocument;

/**
 * A customer managed policy as its {@code AWS::IAM::Policy} item records it, with the document of its
 * default version (Config holds each version's {@code document} URL-encoded).
 *
 * @param permissionsBoundaryUsageCount how many users and roles use it as their permissions boundary
 */
public record CustomerPolicy(String name, String id, String arn, String path, String defaultVersionId, int attachmentCount,
                             int permissionsBoundaryUsageCount, PolicyDocument defaultDocument) {

    /** @throws InvalidItemException when the item is another type, or has no readable default version */
    public static CustomerPolicy of(ConfigurationItem ci) {
        if (!ci.resourceType().equals("AWS::IAM::Policy")) throw new InvalidItemException(ci.resourceType() + " " + ci.resourceId() + " is not an IAM policy");
        Node c = ci.configuration();
        String name = c.get("policyName").text(ci.resourceName() != null ? ci.resourceName() : ci.resourceId());
        String defaultVersion = c.get("defaultVersionId").text();
        Node chosen = null;
        for (Node v : c.get("policyVersionList").list()) {
            boolean isDefault = v.get("isDefaultVersion").isTrue() || (defaultVersion != null && defaultVersion.equals(v.get("versionId").text()));
            if (isDefault) chosen = v;
        }
        if (chosen == null) {
            throw new InvalidItemException("policy " + name + ": policyVersionList has no default version"
                    + (defaultVersion == null ? "" : " (defaultVersionId " + defaultVersion + ")"));
        }
        PolicyDocument doc = PolicyDocument.parse(chosen.get("document"), "policy " + name + " version " + chosen.get("versionId").text("?"));
        Long attachments = c.get("attachmentCount").number();
        Long boundary = c.get("permissionsBoundaryUsageCount").number();
        return new CustomerPolicy(name, c.get("policyId").text(ci.resourceId()), ci.arn() != null ? ci.arn() : c.get("arn").text(),
                c.get("path").text("/"), chosen.get("versionId").text(defaultVersion),
                attachments == null ? 0 : attachments.intValue(), boundary == null ? 0 : boundary.intValue(), doc);
    }

    /** An AWS managed policy's ARN ({@code arn:aws:iam::aws:policy/...}); Config records only customer ones. */
    public boolean isAwsManaged() { return arn != null && arn.contains(":iam::aws:policy/"); }

    /** Used only as a permissions boundary: it limits, it grants nothing by itself. */
    public boolean isOnlyPermissionsBoundary() { return permissionsBoundaryUsageCount > 0 && attachmentCount == 0; }
}
