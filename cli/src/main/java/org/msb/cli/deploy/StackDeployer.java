package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.List;

/**
 * Plain stacks in the calling account, one per region, their templates (and jars) kept in the account's artifact
 * buckets: plan what would change, then do it, region by region, each stack awaited. A failure stops the run naming
 * the account, region, stack and failed resource; the stacks done before it stay.
 */
public final class StackDeployer {
    private final Deployer.Clients clients;
    private final Waiting waiting;
    private final PrintWriter progress;

    public StackDeployer(Deployer.Clients clients, Sleeper sleeper, long pollSeconds, long timeoutSeconds, PrintWriter progress) {
        this.clients = clients;
        this.waiting = Waiting.of(sleeper, pollSeconds, timeoutSeconds);
        this.progress = progress;
    }

    /** The calling account's id. */
    public String account() { return clients.accountId(); }

    /** The organization's id, from AWS Organizations (a member account may read it too). */
    public String organizationId() { return clients.organizationId(); }

    StacksPlan plan(CentralPattern.Stacks what, String prefix, Release release) {
        String account = account();
        ArtifactBuckets buckets = buckets(account, prefix);
        BucketPlan bucketPlan = buckets.plan(what.objects(), release.bucketTemplate());
        List<StackChange> changes = what.stacks().stream().map(s -> buckets.stacks(s.region()).plan(s)).toList();
        return new StacksPlan(what.title(), account, release.version(), bucketPlan, changes, what.done());
    }

    /** @param organizationId for new artifact buckets' organization-only read; null = read from AWS Organizations */
    void apply(StacksPlan plan, String organizationId) {
        if (plan.isEmpty()) {
            progress.println("nothing to change: the deployment is current");
            progress.flush();
            return;
        }
        ArtifactBuckets buckets = buckets(plan.account(), plan.buckets().prefix());
        buckets.apply(plan.buckets(), organizationId, progress);
        for (StackChange change : plan.stacks()) {
            if (change.kind() == StackChange.Kind.NONE) continue;
            progress.println("  " + change.describe());
            buckets.apply(change, progress);
        }
        progress.println("deployed " + plan.title() + ", artifact version " + plan.version() + "; " + plan.done());
        progress.flush();
    }

    private ArtifactBuckets buckets(String account, String prefix) { return new ArtifactBuckets(clients, account, prefix, waiting); }

}
