package org.msb.model.s3;

import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * ACL grants to the AllUsers or AuthenticatedUsers groups (any AWS account: as public as anonymous). Config
 * writes a group grantee as its name ("AllUsers"); the S3 API form with a URI is read as well.
 */
final class BucketAclExposure {
    private BucketAclExposure() {}

    static List<PublicGrant> publicGrants(Node acl) {
        List<PublicGrant> out = new ArrayList<>();
        List<Node> grants = new ArrayList<>(acl.get("grantList").list());
        grants.addAll(acl.get("grantSet").list());
        for (Node g : grants) {
            String group = group(g.get("grantee"));
            if (group == null) continue;
            String permission = g.get("permission").text("some permission");
            String text = "ACL grants " + permission + " to " + group;
            if (out.stream().noneMatch(p -> p.description().equals(text))) out.add(new PublicGrant(PublicGrant.Source.ACL, text));
        }
        return out;
    }

    private static String group(Node grantee) {
        String id = grantee.text();
        if (id == null) id = grantee.get("identifier").text(grantee.get("uri").text(grantee.get("URI").text()));
        if (id == null) return null;
        String name = id.substring(id.lastIndexOf('/') + 1);
        return name.equals("AllUsers") || name.equals("AuthenticatedUsers") ? name : null;
    }
}
