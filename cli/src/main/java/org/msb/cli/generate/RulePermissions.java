package org.msb.cli.generate;

import org.msb.fact.Fact;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a rule needs to do in the account it evaluates, action by action with the reason: the IAM actions of
 * the facts it declares, the reads of the resource types it enumerates (from AWS Config, or from the
 * describe APIs where Config does not record them), the framework's Config calls (oversized items,
 * stale-result clean-up, PutEvaluations). The exception register and the function's own logs are separate
 * statements scoped to their resources (see {@link RolePolicies}).
 */
public final class RulePermissions {
    private RulePermissions() {}

    public static final String PUT_EVALUATIONS = "config:PutEvaluations";
    /** The Config calls of the live item reads (ConfigServiceItemSource, RecorderCoverage). */
    static final List<String> CONFIG_ITEM_READS = List.of("config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus",
            "config:SelectResourceConfig", "config:ListDiscoveredResources", "config:GetResourceConfigHistory");
    /** Reading the exception register (ExceptionRegisterLoader): s3://bucket/key or ssm:/name. */
    public static final List<String> REGISTER_READS = List.of("s3:GetObject", "ssm:GetParameter");
    /** The function writing its own log stream. */
    public static final List<String> LOG_WRITES = List.of("logs:CreateLogStream", "logs:PutLogEvents");

    /**
     * The types whose items a rule may list: RuleInput.items accepts every declared type (change types and the types
     * it reads besides), on a change as on a periodic run, and the live view reads them from Config or the describe APIs.
     */
    public static Set<String> enumeratedTypes(RuleSpec s) { return new LinkedHashSet<>(s.resourceTypes()); }

    /** Every action the rule needs in the evaluated account, sorted, each with its reasons. */
    public static List<Grant> inAccount(RuleSpec s) {
        Map<String, List<String>> reasons = new TreeMap<>();
        for (Fact<?> f : s.facts()) {
            for (String a : f.iamActions()) add(reasons, a, "fact " + f.name());
        }
        Set<String> types = enumeratedTypes(s);
        if (!types.isEmpty()) {
            String list = String.join(", ", types);
            for (String a : CONFIG_ITEM_READS) add(reasons, a, "reading " + list + " items from AWS Config");
            for (String type : types) {
                for (String a : ItemReadActions.of(type)) add(reasons, a, "reading " + type + " from its describe API where Config does not record it");
            }
        }
        if (s.isChangeTriggered()) add(reasons, "config:GetResourceConfigHistory", "fetching oversized configuration items");
        if (s.cleanUpStale()) add(reasons, "config:GetComplianceDetailsByConfigRule", "marking vanished resources NOT_APPLICABLE");
        add(reasons, PUT_EVALUATIONS, "sending evaluations");
        List<Grant> out = new ArrayList<>();
        reasons.forEach((a, r) -> out.add(new Grant(a, r)));
        check(s, out);
        return out;
    }

    /** Refuses a wildcard, a malformed action or a write the framework does not need, naming the rule and why. */
    static void check(RuleSpec s, List<Grant> grants) {
        for (Grant g : grants) {
            if (!AccessLevel.isWellFormed(g.action())) {
                throw new IllegalStateException("rule " + s.id() + ": IAM action \"" + g.action() + "\" (" + String.join("; ", g.reasons())
                        + ") is not service:Action without wildcards");
            }
            if (!AccessLevel.isRead(g.action()) && !AccessLevel.FRAMEWORK_WRITES.contains(g.action())) {
                throw new IllegalStateException("rule " + s.id() + ": IAM action " + g.action() + " (" + String.join("; ", g.reasons())
                        + ") is not a read; rules only read (see AccessLevel if it is a read under another verb)");
            }
        }
    }

    private static void add(Map<String, List<String>> reasons, String action, String why) {
        List<String> list = reasons.computeIfAbsent(action, k -> new ArrayList<>());
        if (!list.contains(why)) list.add(why);
    }
}
