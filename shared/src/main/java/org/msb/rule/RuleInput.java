package org.msb.rule;

import org.msb.account.AccountView;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;
import org.msb.register.ExceptionRegister;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Everything one evaluation is given: the trigger (a configuration item, or the time of a periodic run),
 * validated parameters, the account view, the clock and the exception register. Reads are checked against
 * the spec, so a rule cannot read a fact or item type it did not declare (its IAM role would lack it).
 */
public final class RuleInput {
    private final RuleSpec spec;
    private final ConfigurationItem item;
    private final Instant notificationTime;
    private final RuleParameters params;
    private final AccountView account;
    private final Instant now;
    private final ExceptionRegister register;

    public RuleInput(RuleSpec spec, ConfigurationItem item, Instant notificationTime, RuleParameters params,
                     AccountView account, Instant now, ExceptionRegister register) {
        this.spec = Objects.requireNonNull(spec);
        this.item = item;
        this.notificationTime = Objects.requireNonNull(notificationTime);
        this.params = Objects.requireNonNull(params);
        this.account = Objects.requireNonNull(account);
        this.now = Objects.requireNonNull(now);
        this.register = register == null ? ExceptionRegister.empty() : register;
    }

    /** True for a scheduled run (evaluate everything); false for a configuration change (evaluate {@link #item()}). */
    public boolean isPeriodic() { return item == null; }

    /** The configuration item that triggered a change evaluation. */
    public ConfigurationItem item() {
        if (item == null) throw new IllegalStateException("a periodic run has no triggering configuration item");
        return item;
    }

    /**
     * What to evaluate of one type: the triggering item on a change (if it has that type), every item of
     * that type on a periodic run. Lets one evaluate method serve both triggers.
     */
    public List<ConfigurationItem> subjects(String resourceType) {
        if (item != null) return item.resourceType().equals(resourceType) ? List.of(item) : List.of();
        return items(resourceType);
    }

    /** Every item of a declared type in the account. */
    public List<ConfigurationItem> items(String resourceType) {
        if (!spec.resourceTypes().contains(resourceType)) {
            throw new IllegalStateException("rule " + spec.id() + " reads " + resourceType + " items but does not declare them");
        }
        return account.items(resourceType);
    }

    /** A declared fact. */
    public <T> T fact(Fact<T> fact) {
        if (!spec.facts().contains(fact)) {
            throw new IllegalStateException("rule " + spec.id() + " reads fact " + fact.name() + " but does not declare it");
        }
        return account.fact(fact);
    }

    public RuleParameters params() { return params; }

    public String accountId() { return account.accountId(); }

    public String region() { return account.region(); }

    /**
     * The HomeRegion parameter every rule accepts (where global resources are evaluated), or null when not set.
     * Global rules are already held to it by the framework; a regional rule that reasons about global recording
     * (AM-3) reads it here.
     */
    public String homeRegion() { return params.string(FrameworkParameters.HOME_REGION); }

    public Instant now() { return now; }

    public LocalDate today() { return now.atZone(ZoneOffset.UTC).toLocalDate(); }

    public ExceptionRegister register() { return register; }

    public Evaluation compliant(ConfigurationItem ci, String annotation) { return of(ci, Compliance.COMPLIANT, annotation); }

    public Evaluation nonCompliant(ConfigurationItem ci, String annotation) { return of(ci, Compliance.NON_COMPLIANT, annotation); }

    public Evaluation notApplicable(ConfigurationItem ci, String annotation) { return of(ci, Compliance.NOT_APPLICABLE, annotation); }

    public Evaluation of(ConfigurationItem ci, Compliance compliance, String annotation) {
        return new Evaluation(ci.resourceType(), ci.resourceId(), compliance, annotation, orderingTimestamp());
    }

    /** An account-level result ({@code AWS::::Account}). */
    public Evaluation account(Compliance compliance, String annotation) {
        return new Evaluation(Evaluation.ACCOUNT_TYPE, account.accountId(), compliance, annotation, orderingTimestamp());
    }

    public Evaluation accountCompliant(String annotation) { return account(Compliance.COMPLIANT, annotation); }

    public Evaluation accountNonCompliant(String annotation) { return account(Compliance.NON_COMPLIANT, annotation); }

    /** Config's rule: the item's capture time for a change, the notification time for a periodic run. */
    public Instant orderingTimestamp() {
        return item != null && item.captureTime() != null ? item.captureTime() : notificationTime;
    }
}
