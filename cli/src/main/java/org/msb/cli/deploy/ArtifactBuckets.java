package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deploying account's artifact buckets, {@code <prefix>-<region>}: planning which to create and what to upload,
 * then doing it (each missing bucket through its {@link BucketStack}, then the uploads, region by region).
 */
final class ArtifactBuckets {
    private final Deployer.Clients clients;
    private final String account;
    private final String prefix;
    private final Waiting waiting;

    ArtifactBuckets(Deployer.Clients clients, String account, String prefix, Waiting waiting) {
        this.clients = clients;
        this.account = account;
        this.prefix = prefix;
        this.waiting = waiting;
    }

    /** The default prefix, msb-artifacts-ACCOUNT, unless one is given. */
    static String prefix(String given, String account) { return given != null ? given : "msb-artifacts-" + account; }

    BucketPlan plan(Map<String, List<Artifact>> objectsByRegion, String bucketTemplate) {
        List<String> toCreate = new ArrayList<>();
        Map<String, List<Artifact>> uploads = new LinkedHashMap<>();
        objectsByRegion.forEach((region, objects) -> {
            ArtifactStore store = store(region);
            if (store.bucketExists()) {
                uploads.put(region, store.missing(objects));
            } else {
                toCreate.add(region);
                uploads.put(region, objects);
            }
        });
        return new BucketPlan(prefix, toCreate, uploads, bucketTemplate);
    }

    /** @param organizationId for the new buckets' organization-only read; null = read from AWS Organizations if a bucket is created */
    void apply(BucketPlan plan, String organizationId, PrintWriter progress) {
        if (!plan.toCreate().isEmpty()) {
            String org = organizationId != null ? organizationId : clients.organizationId();
            for (String region : plan.toCreate()) new BucketStack(stacks(region), region).create(plan.bucketTemplate(), prefix, org, progress);
        }
        for (Map.Entry<String, List<Artifact>> e : new TreeMap<>(plan.uploads()).entrySet()) {
            if (e.getValue().isEmpty()) continue;
            ArtifactStore store = store(e.getKey());
            for (Artifact a : e.getValue()) store.upload(a);
            progress.println("  " + e.getKey() + ": uploaded " + e.getValue().size() + " object(s) to s3://" + store.bucket() + "/");
            progress.flush();
        }
    }

    /** The HTTPS URL CloudFormation reads a template from, in the region's bucket. */
    String url(String region, Artifact object) { return Deployer.templateUrl(prefix + "-" + region, region, object.key()); }

    /** Creates or updates a plain stack whose template is in its region's bucket (put there by apply). */
    void apply(StackChange change, PrintWriter progress) {
        String region = change.spec().region();
        stacks(region).apply(change, url(region, change.spec().template()), progress);
    }

    StackClient stacks(String region) { return new StackClient(clients.cloudFormation(region), region, account, waiting); }

    private ArtifactStore store(String region) { return new ArtifactStore(clients.s3(region), prefix + "-" + region, region, account); }
}
