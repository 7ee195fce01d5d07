package org.msb.rules.nosharedusers;

import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.model.policy.WildcardPattern;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IAM-6: every IAM user belongs to one person. Per user: an owner tag ({@code ownerTagKey}) holding a person's
 * e-mail address (in {@code allowedOwnerDomains} when given, not a group mailbox such as {@code ops-team@});
 * a name that is not generic or shared (a word of the name, split at {@code - _ . @ + =}, matching a
 * {@code sharedNamePatterns} entry); no second human user owned by the same person. A service user (tag
 * {@code serviceUserTagKey} = {@code true}) still needs a person as owner, and must not have a console password
 * (credential report). No managed rule covers this; the heuristics are this project's.
 * <pre>
 * Scenario 1: Given jane.doe owned by jane.doe@example.com                     Then COMPLIANT
 * Scenario 2: Given admin-shared, or an owner ops-team@example.com              Then NON_COMPLIANT naming the generic word
 * Scenario 3: Given no owner tag, or an owner that is no e-mail address          Then NON_COMPLIANT
 * Scenario 4: Given two human users owned by the same person                    Then both NON_COMPLIANT, each naming the other
 * Scenario 5: Given a service user with a console password                      Then NON_COMPLIANT
 * Scenario 6: Given a deleted user (change event)                               Then NOT_APPLICABLE
 * Scenario 7: Given a valid / expired exception; an invalid ownerTagKey          Then by exception / expired / the invocation fails
 * </pre>
 */
public final class NoSharedUsersRule implements Rule {
    static final String USER = "AWS::IAM::User";
    static final String OWNER_TAG = "ownerTagKey";
    static final String DOMAINS = "allowedOwnerDomains";
    static final String SHARED = "sharedNamePatterns";
    static final String SERVICE_TAG = "serviceUserTagKey";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");

    static final RuleSpec SPEC = RuleSpec.builder("no-shared-users", "IAM-6")
            .title("One person per IAM user")
            .baseline("Users should have their own accounts. No shared user accounts")
            .description("Every IAM user has an owner tag naming one person's e-mail, no generic or shared name, no second user "
                    + "for the same person; service users are marked and have no console access.")
            .severity(Severity.MEDIUM)
            .onChange(USER).periodic().global().cleanUpStale().timeoutSeconds(120)
            .reads(IamFacts.CREDENTIAL_REPORT)
            .param(ParameterSpec.string(OWNER_TAG, "owner", "Tag key holding the e-mail of the person who owns the user (case-insensitive)")
                    .matching("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}", "a tag key"))
            .param(ParameterSpec.csv(DOMAINS, null, "E-mail domains an owner must belong to, e.g. example.com; empty = any")
                    .matching("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+", "domain names"))
            .param(ParameterSpec.csv(SHARED, "admin,administrator,shared,team,test,generic,common,guest,temp,default,ops",
                    "Words (wildcards * and ?) that mark a user name or owner mailbox as generic or shared")
                    .matching("[A-Za-z0-9*?+=,.@_-]{1,64}", "words"))
            .param(ParameterSpec.string(SERVICE_TAG, "msb:service-user", "Tag key marking a service user (value \"true\")")
                    .matching("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}", "a tag key"))
            .remediation("Give each person their own identity (preferably through IAM Identity Center), tag remaining users with "
                    + "owner=<person's e-mail>, mark service users with msb:service-user=true and delete their console password.")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        Map<String, OwnerGroup> byOwner = personalUsersByOwner(in);
        for (ConfigurationItem item : in.subjects(USER)) out.add(evaluate(in, item, byOwner));
        return out;
    }

    /** How many other users of the same owner an annotation names; the rest are counted. */
    static final int TWINS_NAMED = 5;

    /**
     * Users that are not service users, by owner tag (trimmed, lower case), read once per evaluation:
     * comparing every user with every other was quadratic in the number of users.
     */
    private static Map<String, OwnerGroup> personalUsersByOwner(RuleInput in) {
        Map<String, List<ConfigurationItem>> byOwner = new HashMap<>();
        String ownerKey = in.params().string(OWNER_TAG);
        String serviceKey = in.params().string(SERVICE_TAG);
        for (ConfigurationItem o : in.items(USER)) {
            if ("true".equalsIgnoreCase(tag(o.tags(), serviceKey))) continue;
            byOwner.computeIfAbsent(ownerKey(String.valueOf(tag(o.tags(), ownerKey))), k -> new ArrayList<>()).add(o);
        }
        Map<String, OwnerGroup> groups = new HashMap<>();
        byOwner.forEach((owner, users) -> groups.put(owner, OwnerGroup.of(users)));
        return groups;
    }

    /**
     * The personal users of one owner, sorted by name once, so that each user's annotation costs the names it shows,
     * not the size of the group: an owner with hundreds of users made the rule quadratic in them.
     */
    record OwnerGroup(List<ConfigurationItem> byName, Map<String, Integer> perResourceId) {
        static OwnerGroup of(List<ConfigurationItem> users) {
            Map<String, Integer> ids = new HashMap<>();
            for (ConfigurationItem u : users) ids.merge(u.resourceId(), 1, Integer::sum);
            List<ConfigurationItem> sorted = new ArrayList<>(users);
            sorted.sort(java.util.Comparator.comparing(IamIdentity::nameOf));
            return new OwnerGroup(List.copyOf(sorted), ids);
        }

        /** How many users of the group are not {@code item} (another item of the same resource is the same user). */
        int othersThan(ConfigurationItem item) { return byName.size() - perResourceId.getOrDefault(item.resourceId(), 0); }

        /** The first {@code limit} names, in name order, of the users that are not {@code item}. */
        List<String> namesOtherThan(ConfigurationItem item, int limit) {
            List<String> names = new ArrayList<>(limit);
            for (ConfigurationItem o : byName) {
                if (names.size() == limit) break;
                if (o != item && !o.resourceId().equals(item.resourceId())) names.add(IamIdentity.nameOf(o));
            }
            return names;
        }
    }

    private static String ownerKey(String owner) { return owner.trim().toLowerCase(Locale.ROOT); }

    private Evaluation evaluate(RuleInput in, ConfigurationItem item, Map<String, OwnerGroup> byOwner) {
        String name = IamIdentity.nameOf(item);
        List<String> shared = in.params().list(SHARED);
        List<String> problems = new ArrayList<>();
        List<String> generic = genericWords(name, shared);
        if (!generic.isEmpty()) problems.add("name looks generic or shared (" + String.join(", ", generic) + ")");
        String ownerKey = in.params().string(OWNER_TAG);
        String owner = tag(item.tags(), ownerKey);
        boolean service = "true".equalsIgnoreCase(tag(item.tags(), in.params().string(SERVICE_TAG)));
        if (owner == null || owner.isBlank()) {
            problems.add("no " + ownerKey + " tag naming the person who owns it");
        } else if (!EMAIL.matcher(owner.trim()).matches()) {
            problems.add(ownerKey + " \"" + owner + "\" is not a person's e-mail address");
        } else {
            String mailbox = owner.trim().substring(0, owner.trim().indexOf('@'));
            String domain = owner.trim().substring(owner.trim().indexOf('@') + 1).toLowerCase(Locale.ROOT);
            List<String> domains = in.params().list(DOMAINS);
            if (!domains.isEmpty() && domains.stream().noneMatch(d -> d.equalsIgnoreCase(domain))) {
                problems.add("owner domain " + domain + " is not in allowedOwnerDomains");
            }
            List<String> groupMailbox = genericWords(mailbox, shared);
            if (!groupMailbox.isEmpty()) problems.add("owner " + owner.trim() + " looks like a group mailbox (" + String.join(", ", groupMailbox) + ")");
            if (!service) {
                OwnerGroup group = byOwner.get(ownerKey(owner));
                int others = group == null ? 0 : group.othersThan(item);
                if (others > 0) {
                    List<String> named = group.namesOtherThan(item, TWINS_NAMED);
                    String more = others > named.size() ? " and " + (others - named.size()) + " more" : "";
                    problems.add("its owner also owns IAM user " + String.join(", ", named) + more + " (one person, one user)");
                }
            }
        }
        if (service) {
            CredentialReport report = in.fact(IamFacts.CREDENTIAL_REPORT);
            CredentialReportRow row = report.user(name).orElse(null);
            if (row == null) problems.add("service user not in the credential report of " + report.generatedTime() + ": console access unknown");
            else if (row.hasPassword()) problems.add("service user has a console password");
        }
        String kind = service ? "Service user " : "IAM user ";
        if (problems.isEmpty()) return in.compliant(item, kind + name + " is owned by " + owner.trim() + ".");
        return in.nonCompliant(item, kind + name + ": " + String.join("; ", problems) + ".");
    }

    /** The words of a name (split at - _ . @ + = , and spaces) that match a shared pattern, or the whole name. */
    static List<String> genericWords(String name, List<String> patterns) {
        List<String> words = new ArrayList<>(List.of(name.split("[-_.@+=,\\s]+")));
        words.add(name);
        List<String> hits = new ArrayList<>();
        for (String p : patterns) {
            WildcardPattern w = new WildcardPattern(p, true);
            if (words.stream().anyMatch(x -> !x.isEmpty() && w.matches(x)) && !hits.contains(p)) hits.add(p);
        }
        return hits;
    }

    /** A tag by key, compared case-insensitively (Owner, owner and OWNER are the same tag to people). */
    static String tag(Map<String, String> tags, String key) {
        if (key == null) return null;
        String exact = tags.get(key);
        if (exact != null) return exact;
        return tags.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
