package org.msb.internal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.gson.JsonObject;
import org.msb.account.AccountView;
import org.msb.engine.Deadline;
import org.msb.engine.DeadlineAccountView;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.error.InvalidEventException;
import org.msb.internal.lambda.lean.LeanAws;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.AwsReadException;
import org.msb.item.ConfigurationItem;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.FrameworkParameters;
import org.msb.rule.Rule;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one class Lambda names for every rule jar ({@code org.msb.internal.lambda.ConfigRuleHandler::handleRequest}).
 * Per invocation: parse the Config event, validate the parameters, build (once per container) the clients,
 * in the member account's role when ExecutionRoleName is set, load the exception register, decide
 * applicability and run the rule through {@link RuleRunner}, inflate oversized items, clean up stale
 * results of periodic rules, and send everything with {@link EvaluationSender}. Any failure is logged and
 * thrown at the end, so Lambda's error metrics, retries and on-failure destinations see it; a failure is
 * never turned into a compliance verdict.
 */
public final class ConfigRuleHandler implements RequestStreamHandler {
    private final Rule rule;
    private final RuleSpec spec;
    private final RuleRunner runner;
    private final AwsClientsFactory clients;
    private final AccountViewFactory views;
    private final Clock clock;
    private final EvaluationSender sender;
    private final ExceptionRegisterLoader registers;
    private final InvocationLog log;

    /** SnapStart priming hooks; held here because the CRaC context may keep only a weak reference. */
    private SnapStartPriming priming;

    /**
     * Lambda's constructor: the jar's rule, clients from the environment, the live account, and the SnapStart
     * priming hooks registered (they run only when Lambda takes a snapshot).
     */
    public ConfigRuleHandler() {
        this(RuleLoader.load(RuleLoader.defaultLoader()), ContainerClients.fromEnvironment(System.getenv()),
                AccountViewFactory.LIVE, Clock.systemUTC(), Sleeper.REAL, System.out);
        this.priming = new SnapStartPriming(spec, runner, (ContainerClients) clients).register();
    }

    /** For tests and LocalInvoke: every dependency injected. */
    public ConfigRuleHandler(Rule rule, AwsClientsFactory clients, AccountViewFactory views, Clock clock, Sleeper sleeper,
                             PrintStream log) {
        this.rule = rule;
        this.spec = rule.spec();
        this.runner = new RuleRunner(rule);
        this.clients = clients;
        this.views = views;
        this.clock = clock;
        this.sender = EvaluationSender.standard(sleeper);
        this.registers = new ExceptionRegisterLoader(clock);
        this.log = new InvocationLog(log);
    }

    public Rule rule() { return rule; }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Deadline deadline = context == null ? Deadline.NONE : Deadline.of(context::getRemainingTimeInMillis);
        Delivery d = invoke(input.readAllBytes(), context == null ? null : context.getAwsRequestId(), deadline);
        JsonObject answer = new JsonObject();
        answer.addProperty("delivered", d.delivered().size());
        answer.addProperty("putEvaluationsCalls", d.calls());
        output.write(answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs one invocation.
     *
     * @return what PutEvaluations accepted
     * @throws RuntimeException (an {@link org.msb.error.MsbException} for every expected failure) after logging it
     */
    public Delivery invoke(byte[] event, String requestId) { return invoke(event, requestId, Deadline.NONE); }

    /** Runs one invocation that stops starting new reads and PutEvaluations batches once {@code deadline} is reached. */
    public Delivery invoke(byte[] event, String requestId, Deadline deadline) {
        Invocation run = new Invocation(new InvocationLog.Context(spec.id(), clients.region(), requestId), clock.instant(), deadline);
        try {
            Delivery d = run.execute(event);
            log.invocation(run.context, d, false, run.start, clock.instant());
            return d;
        } catch (RuntimeException e) {
            RuntimeException reported = e instanceof SdkException sdk ? AwsCall.translate(sdk) : e;
            Delivery partial = reported instanceof DeliveryException de ? de.partial() : run.delivery;
            log.error(run.context, reported);
            log.invocation(run.context, partial, true, run.start, clock.instant());
            throw reported;
        }
    }

    /** The state of one invocation, so a failure can still report what was delivered. */
    private final class Invocation {
        final InvocationLog.Context context;
        final Instant start;
        final Deadline deadline;
        Delivery delivery = Delivery.none();

        Invocation(InvocationLog.Context context, Instant start, Deadline deadline) {
            this.context = context;
            this.start = start;
            this.deadline = deadline;
        }

        Delivery execute(byte[] json) {
            RuleEvent event = ConfigEventParser.parse(json);
            context.event(event);
            if (event.messageType() == MessageType.ConfigurationSnapshotDeliveryCompleted) {
                log.info(context, "ignored", "ConfigurationSnapshotDeliveryCompleted: nothing to evaluate");
                return delivery;
            }
            RuleParameters params = ParameterValidator.validate(spec, ParameterValidator.parseJson(event.ruleParameters()));
            String roleArn = roleArn(event, params);
            AwsClients aws = clients.clients(roleArn);  // SDK clients, each built only if a rule or fact reads through it
            LeanAws lean = clients.lean(roleArn);
            if (roleArn != null) {
                // Assume now, so a refused AssumeRole is reported as such rather than inside the first service call.
                try {
                    AwsCall.read("STS", "AssumeRole", "sts:AssumeRole", () -> lean.credentials().resolveCredentials());
                } catch (AwsReadException e) {
                    throw e.prefixed("Cannot assume the ExecutionRoleName role " + roleArn + ": ");
                }
            }
            ExceptionRegister register = registers.load(params.string(FrameworkParameters.EXCEPTION_REGISTER), lean);
            AccountView account = DeadlineAccountView.of(views.create(aws, event.accountId()), deadline);
            RuleRunner.Context ctx = new RuleRunner.Context(account, register, clock.instant(), params);

            List<Evaluation> evaluations = new ArrayList<>();
            RuntimeException deferred = null;
            switch (event.messageType()) {
                case ConfigurationItemChangeNotification -> evaluations.addAll(change(event.item(), event, ctx));
                case OversizedConfigurationItemChangeNotification -> evaluations.addAll(oversized(event, aws, ctx));
                case ScheduledNotification -> {
                    if (!spec.isPeriodic()) {
                        throw new InvalidEventException("rule " + spec.id() + " is not periodic (it evaluates changes of "
                                + String.join(", ", spec.changeTypes()) + ") but received a ScheduledNotification;"
                                + " remove the ScheduledNotification source from the Config rule");
                    }
                    evaluations.addAll(evaluationsOf(runner.periodic(event.notificationCreationTime(), ctx)));
                    // Clean-up runs outside the home region too: there the rule reports nothing, so results left
                    // from before HomeRegion was set are stale as well.
                    if (spec.cleanUpStale()) {
                        try {
                            deadline.check("the stale-result clean-up", evaluations.size() + " evaluation(s) ready to send");
                            evaluations.addAll(stale(event, aws, evaluations));
                        } catch (RuntimeException e) {
                            deferred = e;  // this run's results are still right: send them, then fail
                        }
                    }
                }
                default -> throw new IllegalStateException(event.messageType().name());
            }
            delivery = sender.send(lean.config(), event.resultToken(), evaluations, deadline);
            if (deferred != null) throw deferred;
            return delivery;
        }

        private List<Evaluation> change(ConfigurationItem item, RuleEvent event, RuleRunner.Context ctx) {
            Instant notified = firstNonNull(event.notificationCreationTime(), item.captureTime(), clock.instant());
            return evaluationsOf(runner.change(item, event.eventLeftScope(), notified, ctx));
        }

        private List<Evaluation> oversized(RuleEvent event, AwsClients aws, RuleRunner.Context ctx) {
            OversizedSummary summary = event.oversized();
            if (event.eventLeftScope() || !summary.status().isEvaluable()) {
                return change(summary.asItem(), event, ctx);  // NOT_APPLICABLE whatever the item holds: no need to fetch it
            }
            Optional<ConfigurationItem> item = OversizedItemInflater.inflate(aws.config(), summary);
            if (item.isPresent()) return change(item.get(), event, ctx);
            log.warning(context, "oversized-not-found", "GetResourceConfigHistory returned no item for " + summary.resourceType()
                    + " " + summary.resourceId() + " at " + summary.captureTime() + "; answering NOT_APPLICABLE");
            Instant ordering = firstNonNull(summary.captureTime(), event.notificationCreationTime(), clock.instant());
            return List.of(new Evaluation(summary.resourceType(), summary.resourceId(), Compliance.NOT_APPLICABLE,
                    "AWS Config has no configuration history for this resource at the time of the change; it was probably deleted.",
                    ordering));
        }

        private List<Evaluation> stale(RuleEvent event, AwsClients aws, List<Evaluation> current) {
            if (event.configRuleName() == null || event.configRuleName().isEmpty()) {
                throw new InvalidEventException("ScheduledNotification has no configRuleName; stale clean-up of rule "
                        + spec.id() + " needs it");
            }
            List<Evaluation> stale = StaleEvaluations.find(aws.config(), event.configRuleName(), current, event.notificationCreationTime());
            if (!stale.isEmpty()) log.info(context, "stale-clean-up", stale.size() + " resource(s) no longer reported: NOT_APPLICABLE");
            return stale;
        }

        private String roleArn(RuleEvent event, RuleParameters params) {
            String name = params.string(FrameworkParameters.EXECUTION_ROLE_NAME);
            if (name == null) return null;
            return ExecutionRole.arn(ExecutionRole.partition(event.configRuleArn(), clients.region()), event.accountId(), name);
        }
    }

    private static List<Evaluation> evaluationsOf(List<RuleResult> results) {
        return results.stream().map(RuleResult::evaluation).toList();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }
}
