package org.msb.rules.rolesreviewed;

import org.msb.fact.IamFacts;
import org.msb.fact.RoleActivity;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.model.policy.WildcardPattern;
import org.msb.register.Attestation;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM-8 (A): every IAM role is used and its permissions are reviewed. Per role (service-linked roles are
 * NOT_APPLICABLE; AWS owns them): last used ({@code RoleLastUsed}) within {@code maxUnusedDays}, or younger than
 * that if never used; and, unless {@code reviewIntervalDays} is 0, reviewed within the interval. A review is an
 * attestation in the register ({@code msb attest --rule roles-reviewed --subject ROLE}; subject = the role's name
 * or ARN, wildcards allowed, {@code *} for every role of the account) or the role tag
 * {@code msb:last-reviewed = "YYYY-MM-DD [reviewer]"}; the newest counts, and a role's creation counts as its
 * first review. Roles younger than {@code minRoleAgeDays} are not judged yet.
 * <pre>
 * Scenario 1: Given a role used yesterday and reviewed 30 days ago           Then COMPLIANT naming the review
 * Scenario 2: Given a role last used 200 days ago                             Then NON_COMPLIANT "last used 200 days ago (max 90)"
 * Scenario 3: Given a role never used, created 120 days ago                   Then NON_COMPLIANT "never used"
 * Scenario 4: Given a role reviewed 120 days ago (interval 90), or never       Then NON_COMPLIANT "review overdue"
 * Scenario 5: Given a review attestation for AWSReservedSSO_*                 Then the Identity Center roles count as reviewed
 * Scenario 6: Given a role created 3 days ago                                 Then COMPLIANT, not judged yet
 * Scenario 7: Given a service-linked role                                     Then NOT_APPLICABLE
 * Scenario 8: Given a valid / expired exception; maxUnusedDays=0              Then by exception / expired / the invocation fails
 * </pre>
 */
public final class RolesReviewedRule implements Rule {
    static final String ROLE = "AWS::IAM::Role";
    static final String MAX_UNUSED = "maxUnusedDays";
    static final String REVIEW_INTERVAL = "reviewIntervalDays";
    static final String MIN_AGE = "minRoleAgeDays";
    /** The role tag that records a review: "YYYY-MM-DD" or "YYYY-MM-DD reviewer@example.com". */
    public static final String REVIEW_TAG = "msb:last-reviewed";

    static final RuleSpec SPEC = RuleSpec.builder("roles-reviewed", "IAM-8")
            .title("IAM roles used and reviewed")
            .baseline("IAM roles and their permissions must be reviewed frequently; unused roles removed")
            .description("Every IAM role (not service-linked) was used within maxUnusedDays and its permissions reviewed within "
                    + "reviewIntervalDays (register attestation or msb:last-reviewed tag).")
            .severity(Severity.MEDIUM)
            .periodic().global().cleanUpStale().attestationBased()
            .readsItems(ROLE)
            .reads(IamFacts.ROLE_ACTIVITY)
            .param(ParameterSpec.integer(MAX_UNUSED, 90, 1, 3650, "Days without use after which a role is flagged"))
            .param(ParameterSpec.integer(REVIEW_INTERVAL, 90, 0, 3650, "Days between permission reviews of a role; 0 = no review required"))
            .param(ParameterSpec.integer(MIN_AGE, 7, 0, 365, "Roles younger than this many days are not judged yet"))
            .remediation("Delete roles nobody uses (aws iam delete-role after detaching policies). Review each role's permissions and "
                    + "record it: msb attest --register FILE --rule roles-reviewed --subject ROLE --by you@example.com, or tag "
                    + "msb:last-reviewed=YYYY-MM-DD.")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<ConfigurationItem> roles = in.items(ROLE);
        if (roles.isEmpty()) return List.of();
        RoleActivity activity = in.fact(IamFacts.ROLE_ACTIVITY);
        List<Attestation> reviews = in.register().attestationsFor(SPEC.id(), in.accountId());
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : roles) out.add(evaluate(in, item, activity, reviews));
        return out;
    }

    private Evaluation evaluate(RuleInput in, ConfigurationItem item, RoleActivity activity, List<Attestation> reviews) {
        String name = IamIdentity.nameOf(item);
        if (IamIdentity.pathOf(item).startsWith(IamIdentity.SERVICE_LINKED_PATH)) {
            return in.notApplicable(item, "Service-linked role " + name + ": AWS owns it and deletes it with its service.");
        }
        Instant created = IamIdentity.createdOf(item);
        long age = created == null ? -1 : days(created, in.now());
        int minAge = in.params().intValue(MIN_AGE);
        if (created != null && age < minAge) return in.compliant(item, "Role " + name + " was created " + age + " days ago; judged from day " + minAge + ".");

        List<String> problems = new ArrayList<>(), fine = new ArrayList<>();
        int maxUnused = in.params().intValue(MAX_UNUSED);
        RoleActivity.RoleUse use = activity.role(name).or(() -> item.arn() == null ? java.util.Optional.empty() : activity.role(item.arn())).orElse(null);
        if (use == null) {
            problems.add("no last-use data for it in iam.roleActivity");
        } else if (use.lastUsedAt() == null) {
            if (created == null) problems.add("never used (creation date unknown)");
            else if (age > maxUnused) problems.add("never used in its " + age + " days (max " + maxUnused + " unused)");
            else fine.add("not used yet");
        } else {
            long idle = days(use.lastUsedAt(), in.now());
            if (idle > maxUnused) problems.add("last used " + idle + " days ago (max " + maxUnused + ")");
            else fine.add("used " + ago(idle));
        }

        int interval = in.params().intValue(REVIEW_INTERVAL);
        if (interval > 0) {
            Review last = null;
            String tag = item.tag(REVIEW_TAG);
            if (tag != null) {
                try {
                    last = Review.ofTag(tag);
                } catch (DateTimeParseException e) {
                    problems.add("tag " + REVIEW_TAG + "=\"" + tag + "\" does not start with a date YYYY-MM-DD");
                }
            }
            for (Attestation a : reviews) {
                if (covers(a.subject(), name, item.arn()) && (last == null || a.date().isAfter(last.date()))) {
                    last = new Review(a.date(), a.by(), "attestation " + a.id());
                }
            }
            LocalDate since = last != null ? last.date() : created == null ? null : created.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate due = since == null ? null : since.plusDays(interval);
            if (due == null || in.today().isAfter(due)) {
                problems.add((last == null ? "never reviewed" : "last reviewed " + last.date() + " (" + last.how() + ")")
                        + ", review due every " + interval + " days");
            } else {
                fine.add(last == null ? "created " + since + ", first review due " + due : "reviewed " + last.date() + " (" + last.how() + "), next due " + due);
            }
        }
        if (problems.isEmpty()) return in.compliant(item, "Role " + name + ": " + String.join("; ", fine) + ".");
        return in.nonCompliant(item, "Role " + name + ": " + String.join("; ", problems) + ".");
    }

    /** One review: when, and by whom or through which record. */
    record Review(LocalDate date, String how) {
        Review(LocalDate date, String by, String source) { this(date, by == null || by.isBlank() ? source : "by " + by + ", " + source); }

        static Review ofTag(String value) {
            String[] parts = value.trim().split("\\s+", 2);
            return new Review(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : null, "tag");
        }
    }

    /** An attestation subject naming the role: its name (case-insensitive), its ARN, a pattern, or "*". */
    static boolean covers(String subject, String name, String arn) {
        if (subject == null || subject.isBlank()) return false;
        if (subject.startsWith("arn:")) return arn != null && WildcardPattern.resource(subject).matches(arn);
        return new WildcardPattern(subject, true).matches(name);
    }

    private static long days(Instant t, Instant now) { return Duration.between(t, now).toDays(); }

    private static String ago(long days) { return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago"; }
}
