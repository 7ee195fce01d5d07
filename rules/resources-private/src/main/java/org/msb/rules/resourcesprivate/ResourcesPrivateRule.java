package org.msb.rules.resourcesprivate;

import org.msb.fact.DpFacts;
import org.msb.fact.PublicImage;
import org.msb.fact.PublicSnapshot;
import org.msb.fact.SharingBlockPublicAccess;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * DP-5: resources are private. Per resource: no RDS instance is publicly accessible (RDS.2), no RDS snapshot or
 * cluster snapshot is restorable by everyone (RDS.1; sharing with named accounts is reported, not failed). For the
 * account, on periodic runs: no EBS snapshot (EC2.1) or AMI owned by the account is public, and block public
 * access is on for EBS snapshots and for AMIs. EBS snapshots and AMIs are not recorded by Config; they are the facts
 * ec2.publicSnapshots and ec2.publicImages, listed by id in the account annotation. S3 buckets are DP-6 and DP-7.
 * <pre>
 * Scenario 1: Given a private RDS instance / snapshot                               Then COMPLIANT
 * Scenario 2: Given a publicly accessible RDS instance                              Then NON_COMPLIANT
 * Scenario 3: Given an RDS snapshot or cluster snapshot restorable by "all"         Then NON_COMPLIANT
 * Scenario 4: Given a snapshot shared with one named account                        Then COMPLIANT naming it
 * Scenario 5: Given no public EBS snapshot or AMI and both blocks on (periodic)     Then the account is COMPLIANT
 * Scenario 6: Given a public EBS snapshot or AMI, or a block off                    Then the account is NON_COMPLIANT listing them
 * Scenario 7: Given a deleted item                                                  Then NOT_APPLICABLE (framework)
 * Scenario 8: Given exceptions (per resource, or the account id as resource)        Then as the framework decides
 * </pre>
 */
public final class ResourcesPrivateRule implements Rule {
    static final String INSTANCE = "AWS::RDS::DBInstance";
    static final String SNAPSHOT = "AWS::RDS::DBSnapshot";
    static final String CLUSTER_SNAPSHOT = "AWS::RDS::DBClusterSnapshot";

    static final RuleSpec SPEC = RuleSpec.builder("resources-private", "DP-5")
            .title("Snapshots, images and databases are private")
            .baseline("Resources are private (S3, EBS Snapshots and Volumes, RDS Snapshots, etc)")
            .description("No public RDS instance, RDS or cluster snapshot, EBS snapshot or AMI; block public access on for EBS "
                    + "snapshots and AMIs.")
            .severity(Severity.CRITICAL)
            .onChange(INSTANCE, SNAPSHOT, CLUSTER_SNAPSHOT).periodic().cleanUpStale()
            .reads(DpFacts.PUBLIC_SNAPSHOTS, DpFacts.PUBLIC_IMAGES, DpFacts.SHARING_BLOCK_PUBLIC_ACCESS)
            .remediation("RDS: aws rds modify-db-instance --no-publicly-accessible; aws rds modify-db-snapshot-attribute "
                    + "--attribute-name restore --values-to-remove all (cluster snapshots likewise). EBS: aws ec2 "
                    + "modify-snapshot-attribute --attribute createVolumePermission --operation-type remove --group-names all; aws "
                    + "ec2 enable-snapshot-block-public-access --state block-all-sharing. AMIs: aws ec2 modify-image-attribute "
                    + "--launch-permission Remove=[{Group=all}]; aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing.")
            .managedRule("RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "RDS_SNAPSHOTS_PUBLIC_PROHIBITED", "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK",
                    "EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS")
            .securityHub("RDS.1", "RDS.2", "EC2.1")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem db : in.subjects(INSTANCE)) {
            String name = db.property("dBInstanceIdentifier").text(db.displayName());
            out.add(db.property("publiclyAccessible").isTrue()
                    ? in.nonCompliant(db, "RDS instance " + name + " is publicly accessible (it has a public DNS address); expected "
                    + "publiclyAccessible=false, reached through private subnets.")
                    : in.compliant(db, "RDS instance " + name + " is not publicly accessible."));
        }
        for (ConfigurationItem s : in.subjects(SNAPSHOT)) out.add(snapshot(in, s, "DBSnapshotAttributes", "RDS snapshot"));
        for (ConfigurationItem s : in.subjects(CLUSTER_SNAPSHOT)) out.add(snapshot(in, s, "DBClusterSnapshotAttributes", "RDS cluster snapshot"));
        if (in.isPeriodic()) out.add(account(in));
        return out;
    }

    private static Evaluation snapshot(RuleInput in, ConfigurationItem s, String attributes, String what) {
        List<String> restore = new ArrayList<>();
        for (Node a : s.supplementary(attributes).list()) {
            if (!"restore".equals(a.get("attributeName").text())) continue;
            a.get("attributeValues").list().forEach(v -> { if (v.text() != null) restore.add(v.text()); });
        }
        if (restore.contains("all")) {
            return in.nonCompliant(s, what + " " + s.displayName() + " can be restored by every AWS account (restore=all); expected "
                    + "it shared with named accounts only, if at all.");
        }
        return in.compliant(s, what + " " + s.displayName() + " is private" + (restore.isEmpty() ? "."
                : ", shared with " + String.join(", ", restore) + "."));
    }

    private static Evaluation account(RuleInput in) {
        List<PublicSnapshot> snapshots = in.fact(DpFacts.PUBLIC_SNAPSHOTS).snapshots();
        List<PublicImage> images = in.fact(DpFacts.PUBLIC_IMAGES).images();
        SharingBlockPublicAccess blocks = in.fact(DpFacts.SHARING_BLOCK_PUBLIC_ACCESS);
        List<String> problems = new ArrayList<>();
        if (!snapshots.isEmpty()) problems.add(listed(snapshots.size(), "public EBS snapshot", snapshots, PublicSnapshot::snapshotId));
        if (!images.isEmpty()) problems.add(listed(images.size(), "public AMI", images, PublicImage::imageId));
        if (!blocks.snapshotsBlocked()) problems.add("EBS snapshot block public access is " + blocks.snapshotState());
        if (!blocks.imagesBlocked()) problems.add("AMI block public access is " + blocks.imageState());
        if (problems.isEmpty()) {
            return in.accountCompliant("No public EBS snapshot or AMI; block public access is " + blocks.snapshotState()
                    + " for EBS snapshots and " + blocks.imageState() + " for AMIs.");
        }
        return in.accountNonCompliant(String.join("; ", problems) + ". Expected none public and both blocks on.");
    }

    private static <T> String listed(int n, String what, List<T> list, Function<T, String> id) {
        List<String> ids = list.stream().map(id).sorted().toList();
        String shown = String.join(", ", ids.subList(0, Math.min(3, ids.size())));
        return n + " " + what + (n == 1 ? "" : "s") + " (" + shown + (n > 3 ? " and " + (n - 3) + " more" : "") + ")";
    }
}
