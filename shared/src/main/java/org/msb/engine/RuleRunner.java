package org.msb.engine;

import org.msb.account.AccountView;
import org.msb.error.InvalidRegisterException;
import org.msb.item.ConfigurationItem;
import org.msb.register.ExceptionEntry;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionStatus;
import org.msb.register.TagExceptions;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.FrameworkParameters;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one rule the same way in Lambda, in {@code msb scan} and in tests: applicability, the home-region
 * guard, the rule itself, a check of what it returned, the exception register and tags, and Config's
 * annotation limit. Parameters arrive already validated ({@link ParameterValidator}).
 */
public final class RuleRunner {
    private final Rule rule;
    private final RuleSpec spec;

    public RuleRunner(Rule rule) {
        this.rule = rule;
        this.spec = rule.spec();
    }

    public RuleSpec spec() { return spec; }

    /** What every run shares: the account, the register, the clock and validated parameters. */
    public record Context(AccountView account, ExceptionRegister register, Instant now, RuleParameters params) {}

    /** A configuration-change evaluation of {@code item}. */
    public List<RuleResult> change(ConfigurationItem item, boolean eventLeftScope, Instant notificationTime, Context ctx) {
        Instant ordering = item.captureTime() != null ? item.captureTime() : notificationTime;
        String why = null;
        if (eventLeftScope) why = "The resource left the rule's scope.";
        else if (!item.status().isEvaluable()) why = "The resource is " + describe(item) + ".";
        else if (!spec.changeTypes().contains(item.resourceType())) why = "This rule does not evaluate " + item.resourceType() + ".";
        if (why != null) {
            Evaluation na = new Evaluation(item.resourceType(), item.resourceId(), Compliance.NOT_APPLICABLE, why, ordering);
            return List.of(new RuleResult(spec.id(), spec.controlId(), na, null));
        }
        if (outsideHomeRegion(ctx)) return List.of();
        RuleInput in = new RuleInput(spec, item, notificationTime, ctx.params(), ctx.account(), ctx.now(), ctx.register());
        return finish(rule.evaluate(in), item, ctx);
    }

    /** A scheduled evaluation of everything the rule covers. */
    public List<RuleResult> periodic(Instant notificationTime, Context ctx) {
        if (outsideHomeRegion(ctx)) return List.of();
        RuleInput in = new RuleInput(spec, null, notificationTime, ctx.params(), ctx.account(), ctx.now(), ctx.register());
        return finish(rule.evaluate(in), null, ctx);
    }

    private boolean outsideHomeRegion(Context ctx) {
        String home = ctx.params().string(FrameworkParameters.HOME_REGION);
        return spec.global() && home != null && !home.equals(ctx.account().region());
    }

    private List<RuleResult> finish(List<Evaluation> evaluations, ConfigurationItem trigger, Context ctx) {
        if (evaluations == null) throw new IllegalStateException("rule " + spec.id() + " returned null instead of a list");
        Set<String> seen = new HashSet<>();
        List<RuleResult> out = new ArrayList<>(evaluations.size());
        LocalDate today = ctx.now().atZone(ZoneOffset.UTC).toLocalDate();
        for (Evaluation e : evaluations) {
            if (e.compliance() == Compliance.INSUFFICIENT_DATA) {
                throw new IllegalStateException("rule " + spec.id() + " returned INSUFFICIENT_DATA; only the framework may");
            }
            if (!seen.add(e.resourceType() + "|" + e.resourceId())) {
                throw new IllegalStateException("rule " + spec.id() + " returned two evaluations for " + e.resourceType() + " " + e.resourceId());
            }
            out.add(applyExceptions(e, trigger, ctx, today));
        }
        return out;
    }

    private RuleResult applyExceptions(Evaluation e, ConfigurationItem trigger, Context ctx, LocalDate today) {
        if (e.compliance() != Compliance.NON_COMPLIANT) {
            return new RuleResult(spec.id(), spec.controlId(), e.withVerdict(e.compliance(), Annotations.limit(e.annotation())), null);
        }
        ConfigurationItem resource = resourceOf(e, trigger, ctx.account());
        String arn = resource == null ? null : resource.arn();
        List<ExceptionEntry> candidates = new ArrayList<>();
        ctx.register().find(spec.id(), ctx.account().accountId(), e.resourceId(), arn, today).ifPresent(candidates::add);
        String tagProblem = null;
        if (resource != null) {
            try {
                candidates.addAll(TagExceptions.read(resource.tags(), spec.id(), e.resourceId()));
            } catch (InvalidRegisterException bad) {
                tagProblem = bad.getMessage();
            }
        }
        Integer maxAge = spec.exceptionAttestationParameter() == null ? null : ctx.params().intValue(spec.exceptionAttestationParameter());
        Optional<ExceptionEntry> chosen = maxAge == null
                ? new ExceptionRegister("candidates", candidates, List.of()).find(spec.id(), ctx.account().accountId(), e.resourceId(), arn, today)
                : candidates.stream().max(java.util.Comparator.comparing((ExceptionEntry c) -> status(c, today, maxAge) == ExceptionStatus.VALID)
                        .thenComparing(c -> validUntil(c, maxAge)));
        if (chosen.isEmpty()) {
            String annotation = tagProblem == null ? e.annotation() : e.annotation() + " [" + tagProblem + "]";
            return new RuleResult(spec.id(), spec.controlId(), e.withVerdict(Compliance.NON_COMPLIANT, Annotations.limit(annotation)), null);
        }
        ExceptionEntry x = chosen.get();
        ExceptionStatus status = status(x, today, maxAge);
        AppliedException applied = new AppliedException(x.id(), status, x.approver(), x.reason(), validUntil(x, maxAge), x.source());
        return switch (status) {
            case VALID -> new RuleResult(spec.id(), spec.controlId(), e.withVerdict(Compliance.COMPLIANT,
                    ExceptionAnnotation.valid(x.id(), x.approver(), applied.validUntil(), e.annotation())), applied);
            case EXPIRED -> new RuleResult(spec.id(), spec.controlId(), e.withVerdict(Compliance.NON_COMPLIANT,
                    ExceptionAnnotation.expired(x.id(), x.expires(), e.annotation())), applied);
            case ATTESTATION_OVERDUE -> new RuleResult(spec.id(), spec.controlId(), e.withVerdict(Compliance.NON_COMPLIANT,
                    ExceptionAnnotation.attestationOverdue(x.id(), interval(x, maxAge), x.lastAttested(), e.annotation())), applied);
        };
    }

    /**
     * Where an exception stands; with {@code maxAge} (the rule's exceptionsNeedAttestation) it also needs an
     * attestation no older than that, so an unattested one is overdue.
     */
    private static ExceptionStatus status(ExceptionEntry x, LocalDate today, Integer maxAge) {
        ExceptionStatus s = x.statusOn(today);
        if (maxAge == null || s != ExceptionStatus.VALID) return s;
        return x.lastAttested() == null || today.isAfter(x.lastAttested().plusDays(maxAge)) ? ExceptionStatus.ATTESTATION_OVERDUE : s;
    }

    private static LocalDate validUntil(ExceptionEntry x, Integer maxAge) {
        if (maxAge == null || x.lastAttested() == null) return x.validUntil();
        LocalDate due = x.lastAttested().plusDays(maxAge);
        return due.isBefore(x.validUntil()) ? due : x.validUntil();
    }

    private static Integer interval(ExceptionEntry x, Integer maxAge) {
        Integer own = x.attestationIntervalDays() == null || x.attestationIntervalDays() == 0 ? null : x.attestationIntervalDays();
        if (maxAge == null) return own;
        return own == null ? maxAge : Math.min(own, maxAge);
    }

    private ConfigurationItem resourceOf(Evaluation e, ConfigurationItem trigger, AccountView account) {
        if (trigger != null && trigger.resourceType().equals(e.resourceType()) && trigger.resourceId().equals(e.resourceId())) return trigger;
        if (e.isAccount() || !spec.resourceTypes().contains(e.resourceType())) return null;
        return account.item(e.resourceType(), e.resourceId()).orElse(null);
    }

    private static String describe(ConfigurationItem item) {
        return switch (item.status()) {
            case ResourceDeleted, ResourceDeletedNotRecorded -> "deleted";
            case ResourceNotRecorded -> "not recorded by AWS Config";
            default -> item.status().name();
        };
    }
}
