package org.msb.rules.encryptionatrest;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads {@link AtRest} from the configuration item of each resource type DP-1 covers (paths per the Config schema). */
final class AtRestReader {
    static final Map<String, Function<ConfigurationItem, AtRest>> BY_TYPE = Map.of(
            "AWS::EC2::Volume", i -> flag(i.property("encrypted"), i.property("kmsKeyId"), "EBS volume"),
            "AWS::RDS::DBInstance", i -> flag(i.property("storageEncrypted"), i.property("kmsKeyId"), "RDS storage"),
            "AWS::RDS::DBCluster", i -> flag(i.property("storageEncrypted"), i.property("kmsKeyId"), "cluster storage"),
            "AWS::EFS::FileSystem", i -> flag(i.property("Encrypted"), i.property("KmsKeyId"), "file system"),
            "AWS::DynamoDB::Table", AtRestReader::dynamoDb,
            "AWS::SNS::Topic", i -> i.property("KmsMasterKeyId").text("").isEmpty()
                    ? AtRest.none("no server-side encryption") : AtRest.kms(i.property("KmsMasterKeyId").text(), "SSE-KMS"),
            "AWS::SQS::Queue", AtRestReader::sqs,
            "AWS::S3::Bucket", AtRestReader::s3);

    private AtRestReader() {}

    static List<String> types() { return BY_TYPE.keySet().stream().sorted().toList(); }

    static AtRest read(ConfigurationItem item) { return BY_TYPE.get(item.resourceType()).apply(item); }

    private static AtRest flag(Node encrypted, Node key, String what) {
        return encrypted.isTrue() ? AtRest.kms(key.text(), "encrypted " + what) : AtRest.none("unencrypted " + what);
    }

    private static AtRest dynamoDb(ConfigurationItem i) {
        Node sse = i.property("ssedescription");
        String status = sse.get("status").text("");
        if (status.equals("ENABLED") || status.equals("UPDATING")) return AtRest.kms(sse.get("kmsmasterKeyArn").text(), "SSE-KMS");
        return AtRest.serviceKey("the default AWS-owned key");  // DynamoDB always encrypts; no SSE description means its own key
    }

    private static AtRest sqs(ConfigurationItem i) {
        String key = i.property("KmsMasterKeyId").text("");
        if (!key.isEmpty()) return AtRest.kms(key, "SSE-KMS");
        return "true".equalsIgnoreCase(i.property("SqsManagedSseEnabled").text()) ? AtRest.serviceKey("SSE-SQS")
                : AtRest.none("no server-side encryption");
    }

    private static AtRest s3(ConfigurationItem i) {
        Node rules = i.supplementary("ServerSideEncryptionConfiguration").get("rules");
        for (Node r : rules.list()) {
            Node d = r.get("applyServerSideEncryptionByDefault");
            String algorithm = d.get("sseAlgorithm").text("");
            if (algorithm.startsWith("aws:kms")) {
                return AtRest.kms(d.get("kmsMasterKeyID").text(), algorithm.equals("aws:kms:dsse") ? "DSSE-KMS" : "SSE-KMS");
            }
            if (algorithm.equals("AES256")) return AtRest.serviceKey("SSE-S3 (AES256)");
        }
        // Since January 2023 S3 encrypts every new object with SSE-S3 when no default encryption is configured
        return AtRest.serviceKey("SSE-S3, applied to every new object since January 2023 (no default encryption recorded)");
    }
}
