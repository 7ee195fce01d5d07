package org.msb.model.monitoring;

import com.google.gson.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether GuardDuty findings at or above a severity reach a target: sample findings of several kinds
 * (EC2, IAM credentials, S3, crypto mining) at every severity from the threshold to 10.0 in steps of 0.1
 * (GuardDuty severities are decimals: low 1.0-3.9, medium 4.0-6.9, high 7.0-8.9, critical 9.0-10.0) are
 * offered to the default bus's rules; each must be delivered by an enabled rule with a target.
 */
public final class GuardDutyRouting {
    static final BigDecimal MAX = new BigDecimal("10.0");
    static final BigDecimal STEP = new BigDecimal("0.1");
    /** Finding type and the resource type GuardDuty reports with it. */
    static final List<String[]> KINDS = List.of(
            new String[] {"UnauthorizedAccess:EC2/SSHBruteForce", "Instance"},
            new String[] {"UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", "AccessKey"},
            new String[] {"Policy:S3/BucketBlockPublicAccessDisabled", "S3Bucket"},
            new String[] {"CryptoCurrency:EC2/BitcoinTool.B!DNS", "Instance"});

    /**
     * @param routedBy the rules that delivered at least one sample finding
     * @param unroutedSeverities severity ranges (e.g. "9.0-10.0") at which some sample finding was not delivered
     * @param unroutedTypes finding types with at least one undelivered severity
     * @param nearMisses rules that matched but deliver nothing (disabled, no target)
     */
    public record Result(List<String> routedBy, List<String> unroutedSeverities, List<String> unroutedTypes, List<String> nearMisses) {
        public boolean complete() { return unroutedSeverities.isEmpty(); }
    }

    private GuardDutyRouting() {}

    public static Result check(EventRoutes routes, BigDecimal minSeverity, String account, String region) {
        Set<String> routedBy = new LinkedHashSet<>(), types = new LinkedHashSet<>(), near = new LinkedHashSet<>();
        TreeSet<BigDecimal> missed = new TreeSet<>();
        for (BigDecimal s = minSeverity.setScale(1, java.math.RoundingMode.CEILING); s.compareTo(MAX) <= 0; s = s.add(STEP)) {
            for (String[] kind : KINDS) {
                JsonObject finding = EventBridgeEvent.guardDutyFinding(account, region, kind[0], kind[1], s);
                var delivering = routes.delivering(finding);
                if (delivering.isEmpty()) {
                    missed.add(s);
                    types.add(kind[0]);
                    near.addAll(routes.nearMisses(finding));
                } else {
                    delivering.forEach(r -> routedBy.add(r.name()));
                }
            }
        }
        return new Result(List.copyOf(routedBy), ranges(missed), List.copyOf(types), List.copyOf(near));
    }

    /** Consecutive severities (0.1 apart) as "from-to" ranges. */
    static List<String> ranges(TreeSet<BigDecimal> values) {
        List<String> out = new ArrayList<>();
        BigDecimal start = null, prev = null;
        for (BigDecimal v : values) {
            if (prev != null && v.subtract(prev).compareTo(STEP) == 0) {
                prev = v;
                continue;
            }
            if (start != null) out.add(range(start, prev));
            start = v;
            prev = v;
        }
        if (start != null) out.add(range(start, prev));
        return out;
    }

    private static String range(BigDecimal a, BigDecimal b) { return a.equals(b) ? a.toPlainString() : a.toPlainString() + "-" + b.toPlainString(); }
}
