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

    public ScanResult scan(RuleCatalog catalog, Request req) {
        List<RuleResult> results = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            try {
                RuleParameters params = ParameterValidator.validate(spec, req.parametersByRule().apply(spec.id()));
                results.addAll(run(rule, params, req));
            } catch (FactUnavailableException | AwsReadException e) {
                if (e instanceof AwsReadException r && r.kind() != AwsReadException.Kind.NOT_SERVED) {
                    errors.add(new RuleError(spec.id(), spec.controlId(), e.getMessage()));
                    continue;
                }
                // an endpoint that does not serve a call (an emulator) leaves the data unavailable, as a capture records it
                Evaluation gap = new Evaluation(Evaluation.ACCOUNT_TYPE, req.account().accountId(), Compliance.INSUFFICIENT_DATA,
                        e.getMessage(), req.now());
                results.add(new RuleResult(spec.id(), spec.controlId(), gap, null));
            } catch (InvalidParameterException | AwsCallException e) {
                errors.add(new RuleError(spec.id(), spec.controlId(), e.getMessage()));
            } catch (MsbException e) {
                // a broken world or register entry: name it against the rule and go on with the others
                errors.add(new RuleError(spec.id(), spec.controlId(), e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new RuleError(spec.id(), spec.controlId(), "internal error in rule " + spec.id() + ": " + e));
            }
        }
        return new ScanResult(req.source(), req.account().accountId(), req.account().region(), req.now(),
                catalog.rules(), results, errors);
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
