package org.msb.rules.nohardcodedsecrets;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleInput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Secrets Manager secret rotates automatically at least every {@code maxRotationDays} and its last scheduled
 * rotation happened (SecretsManager.1 and .2). The interval comes from AutomaticallyAfterDays (or ...Hours), or from a
 * {@code rate(N days|hours)} or {@code cron(...)} schedule (a cron that runs every month is at most 31 days apart).
 */
final class SecretRotation {
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (day|days|hour|hours)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+)(?: (\\S+))?\\)");

    private SecretRotation() {}

    static Evaluation evaluate(RuleInput in, ConfigurationItem s, int maxDays) {
        String name = s.property("Name").text(s.displayName());
        if (s.property("Deleted").isTrue()) return in.notApplicable(s, "Secret " + name + " is scheduled for deletion.");
        if (!s.property("RotationEnabled").isTrue()) {
            return in.nonCompliant(s, "Secret " + name + " does not rotate; expected automatic rotation at least every " + maxDays + " days.");
        }
        if (Boolean.FALSE.equals(s.property("RotationOccurringAsScheduled").bool())) {
            return in.nonCompliant(s, "Secret " + name + " missed its last scheduled rotation; check the rotation function's logs.");
        }
        Node rules = s.property("RotationRules");
        Long days = rules.get("AutomaticallyAfterDays").number();
        Long hours = rules.get("AutomaticallyAfterHours").number();
        if (days == null && hours != null) days = Math.max(1, (hours + 23) / 24);
        String schedule = rules.get("RotationScheduleExpression").text();
        if (days == null && schedule != null) days = intervalDays(schedule.trim());
        if (days == null) {
            return in.nonCompliant(s, "Secret " + name + " rotates on \"" + schedule + "\", whose interval cannot be shown to be "
                    + "at most " + maxDays + " days; use rate(N days) or a monthly cron.");
        }
        if (days > maxDays) {
            return in.nonCompliant(s, "Secret " + name + " rotates every " + days + " days; expected at most every " + maxDays + " days.");
        }
        return in.compliant(s, "Secret " + name + " rotates automatically, at most every " + days + " days.");
    }

    /** Days between rotations of a schedule expression; null when it cannot be bounded. */
    static Long intervalDays(String expression) {
        Matcher r = RATE.matcher(expression);
        if (r.matches()) {
            long n = Long.parseLong(r.group(1));
            return r.group(2).startsWith("hour") ? Math.max(1, (n + 23) / 24) : n;
        }
        Matcher c = CRON.matcher(expression);
        if (!c.matches()) return null;
        String month = c.group(4);
        if (month.equals("*") || month.equals("?")) return 31L;
        Matcher step = Pattern.compile("(?:\\*|\\d+)/(\\d+)").matcher(month);
        return step.matches() ? 31L * Long.parseLong(step.group(1)) : null;
    }
}
