package org.msb.rules.encryptionatrest;

import org.msb.item.ConfigurationItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account's KMS keys by id and ARN (from AWS::KMS::Key items), to tell who manages the key a resource
 * names: its keyManager, or from the name alone for aliases (aws/... is AWS-managed; any other alias can only
 * point at a customer key) and for keys in other accounts (a resource can use another account's key only if
 * it is a customer key).
 */
final class KmsKeys {
    enum Manager { AWS, CUSTOMER, UNKNOWN }

    private static final Pattern KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:([a-z0-9-]+):(\\d{12}):key/(.+)");
    private final Map<String, ConfigurationItem> byIdOrArn = new HashMap<>();
    private final String accountId;
    private final String region;

    KmsKeys(List<ConfigurationItem> keys, String accountId, String region) {
        this.accountId = accountId;
        this.region = region;
        for (ConfigurationItem k : keys) {
            byIdOrArn.put(k.resourceId(), k);
            if (k.arn() != null) byIdOrArn.put(k.arn(), k);
            String arn = k.property("arn").text();
            if (arn != null) byIdOrArn.put(arn, k);
        }
    }

    Manager managerOf(String ref) {
        if (ref == null) return Manager.AWS;  // the service's own AWS-managed key (aws/s3, aws/sns...)
        if (ref.startsWith("alias/aws/") || ref.contains(":alias/aws/")) return Manager.AWS;
        if (ref.startsWith("alias/") || ref.contains(":alias/")) return Manager.CUSTOMER;
        ConfigurationItem key = byIdOrArn.get(ref);
        if (key == null) {
            Matcher m = KEY_ARN.matcher(ref);
            if (m.matches() && !m.group(2).equals(accountId)) return Manager.CUSTOMER;
            key = byIdOrArn.get(m.matches() ? m.group(3) : ref);
        }
        if (key == null) return Manager.UNKNOWN;
        return "AWS".equals(key.property("keyManager").text()) ? Manager.AWS : Manager.CUSTOMER;
    }

    /** The key's ARN when the reference is a bare key id of this account and region; the reference otherwise. */
    String arnOf(String ref) {
        if (ref == null || ref.startsWith("arn:")) return ref;
        String prefix = "arn:" + (region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws")
                + ":kms:" + region + ":" + accountId + ":";
        return prefix + (ref.startsWith("alias/") ? ref : "key/" + ref);
    }
}
