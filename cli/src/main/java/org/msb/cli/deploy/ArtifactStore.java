package org.msb.cli.deploy;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One region's artifact bucket: which objects it lacks (absent, or with another SHA-256), and uploading them. */
final class ArtifactStore {
    static final String SHA256_METADATA = "sha256";

    private final S3Client s3;
    private final String bucket;
    private final String region;
    private final String account;

    ArtifactStore(S3Client s3, String bucket, String region, String account) {
        this.s3 = s3;
        this.bucket = bucket;
        this.region = region;
        this.account = account;
    }

    String bucket() { return bucket; }

    boolean bucketExists() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw failure("s3:ListBucket (HeadBucket) on bucket " + bucket, e);
        }
    }

    /** The artifacts to upload: absent, or present with other content. */
    List<Artifact> missing(List<Artifact> artifacts) {
        List<Artifact> out = new ArrayList<>();
        for (Artifact a : artifacts) {
            try {
                HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(a.key()));
                if (!a.sha256().equals(head.metadata().get(SHA256_METADATA))) out.add(a);
            } catch (NoSuchKeyException e) {
                out.add(a);
            } catch (S3Exception e) {
                if (e.statusCode() != 404) throw failure("s3:GetObject (HeadObject) on s3://" + bucket + "/" + a.key(), e);
                out.add(a);
            }
        }
        return out;
    }

    void upload(Artifact a) {
        try {
            s3.putObject(r -> r.bucket(bucket).key(a.key()).metadata(Map.of(SHA256_METADATA, a.sha256()))
                    .contentType(a.key().endsWith(".yaml") ? "application/yaml" : "application/java-archive"), RequestBody.fromBytes(a.content()));
        } catch (S3Exception e) {
            throw failure("s3:PutObject of s3://" + bucket + "/" + a.key(), e);
        }
    }

    private DeployException failure(String what, S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return new DeployException("account " + account + ", region " + region + ": " + what + " failed: "
                + (code == null ? "HTTP " + e.statusCode() : code) + " - " + e.getMessage(), e);
    }
}
