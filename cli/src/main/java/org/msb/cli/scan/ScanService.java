package org.msb.cli.scan;

import org.msb.account.AccountView;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.error.AwsCallException;
import org.msb.error.FactUnavailableException;
import org.msb.error.InvalidParameterException;
import org.msb.error.MsbException;
import org.msb.internal.live.AwsReadException;
import org.msb.item.ConfigurationItem;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Evaluates every rule against one account view, as the rules would run in that account's Lambdas:
 * periodic rules once (a periodic run covers everything the rule owns), change-only rules once per
 * recorded item of their types. A fact the source lacks, or a call the endpoint does not serve (an emulator's gap,
 * which a capture records the same way), gives INSUFFICIENT_DATA with the reason; a bad parameter or any other AWS
 * error gives a rule ERROR. Neither is ever a pass.
 */
public final class ScanService {

    /** What a scan needs besides the rules: where, which register, which parameters, when. */
    public record Request(String source, AccountView account, ExceptionRegister register,
                          Function<String, Map<String, String>> parametersByRule, Instant now) {}

    private final int threads;

    /** Rules one after the other (live accounts: one rule's AWS calls at a time). */
    public ScanService() { this(1); }

    /**
     * @param threads rules evaluated at once; more than one only for an account held in memory (items and facts are
     *                read-only there, and rules keep no state), whose results are the same as one at a time, in the same order
     */
    public ScanService(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
    }

    public ScanResult scan(RuleCatalog catalog, Request req) {
        List<Outcome> outcomes = threads == 1 || catalog.rules().size() < 2
                ? catalog.rules().stream().map(rule -> evaluate(rule, req)).toList()
                : inParallel(catalog.rules(), req);
        List<RuleResult> results = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Outcome o : outcomes) {
            results.addAll(o.results());
            if (o.error() != null) errors.add(o.error());
        }
        return new ScanResult(req.source(), req.account().accountId(), req.account().region(), req.now(),
                catalog.rules(), results, errors);
    }

    /** One rule's results, or the error that stopped it. */
    private record Outcome(List<RuleResult> results, RuleError error) {}

    private List<Outcome> inParallel(List<Rule> rules, Request req) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, rules.size()), r -> {
            Thread t = new Thread(r, "msb-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Rule rule : rules) futures.add(pool.submit(() -> evaluate(rule, req)));
            List<Outcome> out = new ArrayList<>();  // in catalog order, whatever order they finished in
            for (Future<Outcome> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            // evaluate() turns every exception into an outcome: what is left is an Error (out of memory...)
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome evaluate(Rule rule, Request req) {
        RuleSpec spec = rule.spec();
        try {
            RuleParameters params = ParameterValidator.validate(spec, req.parametersByRule().apply(spec.id()));
            return new Outcome(run(rule, params, req), null);
        } catch (FactUnavailableException | AwsReadException e) {
            if (e instanceof AwsReadException r && r.kind() != AwsReadException.Kind.NOT_SERVED) {
                return new Outcome(List.of(), new RuleError(spec.id(), spec.controlId(), e.getMessage()));
            }
            // an endpoint that does not serve a call (an emulator) leaves the data unavailable, as a capture records it
            Evaluation gap = new Evaluation(Evaluation.ACCOUNT_TYPE, req.account().accountId(), Compliance.INSUFFICIENT_DATA,
                    e.getMessage(), req.now());
            return new Outcome(List.of(new RuleResult(spec.id(), spec.controlId(), gap, null)), null);
        } catch (InvalidParameterException | AwsCallException e) {
            return new Outcome(List.of(), new RuleError(spec.id(), spec.controlId(), e.getMessage()));
        } catch (MsbException e) {
            // a broken world or register entry: name it against the rule and go on with the others
            return new Outcome(List.of(), new RuleError(spec.id(), spec.controlId(), e.getMessage()));
        } catch (RuntimeException e) {
            return new Outcome(List.of(), new RuleError(spec.id(), spec.controlId(), "internal error in rule " + spec.id() + ": " + e));
        }
    }

    private List<RuleResult> run(Rule rule, RuleParameters params, Request req) {
        RuleSpec spec = rule.spec();
        RuleRunner runner = new RuleRunner(rule);
        RuleRunner.Context ctx = new RuleRunner.Context(req.account(), req.register(), req.now(), params);
        if (spec.isPeriodic()) return runner.periodic(req.now(), ctx);
        List<RuleResult> out = new ArrayList<>();
        for (String type : spec.changeTypes()) {
            for (ConfigurationItem item : req.account().items(type)) out.addAll(runner.change(item, false, req.now(), ctx));
        }
        return out;
    }
}
