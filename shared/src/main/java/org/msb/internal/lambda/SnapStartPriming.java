package org.msb.internal.lambda;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.internal.lambda.lean.ConfigEvaluations;
import org.msb.internal.lambda.lean.LeanHttp;
import org.msb.internal.lambda.lean.SigV4Transport;
import org.msb.internal.world.StaticAccountView;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * SnapStart priming (CRaC hooks). Before the snapshot it runs the cold path of a change-triggered invocation
 * on a bundled sample event without calling AWS: parse the event and its item, validate the parameters,
 * decide applicability (on a resource type outside the rule's scope, so no rule code or fact read runs),
 * write an invocation log line, and build and sign a PutEvaluations request with throw-away credentials
 * without sending it. A restored function then finds those classes loaded and initialised.
 *
 * <p>Nothing unique per invocation enters the snapshot: no credentials are resolved (the real ones are
 * fetched on the first call after restore, and refreshed by their provider), no random source is created
 * (the sender's backoff creates its own on first use), no timestamp is kept. After restore the assumed
 * roles' credentials are dropped, should any exist.
 */
public final class SnapStartPriming implements Resource {
    static final String SAMPLE = "/org/msb/internal/lambda/priming-event.json";

    private final RuleSpec spec;
    private final RuleRunner runner;
    private final ContainerClients clients;

    /** What the last priming did, for the logs and tests. */
    public record Primed(String sampleType, boolean ruleSkipped, int evaluations, int requestBytes, boolean signed) {}

    private volatile Primed last;

    public SnapStartPriming(RuleSpec spec, RuleRunner runner, ContainerClients clients) {
        this.spec = spec;
        this.runner = runner;
        this.clients = clients;
    }

    /** Registers with the global CRaC context (a no-op outside a CRaC JVM; the caller keeps a strong reference). */
    public SnapStartPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        last = prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        if (clients != null) clients.forgetRoles();
    }

    public Primed last() { return last; }

    Primed prime() {
        RuleEvent event = ConfigEventParser.parse(sample());
        RuleParameters params;
        try {
            params = ParameterValidator.validate(spec, ParameterValidator.parseJson(event.ruleParameters()));
        } catch (RuntimeException e) {
            params = null;  // a rule with required parameters: the engine path below still primes without them
        }
        String type = event.item().resourceType();
        boolean skipRule = params == null || spec.changeTypes().contains(type);  // in scope: the rule could read facts (AWS)
        List<Evaluation> evaluations = List.of();
        if (!skipRule) {
            StaticAccountView nothing = new StaticAccountView(event.accountId(), "priming", List.of(), Map.of(), "no AWS reads while priming");
            RuleRunner.Context ctx = new RuleRunner.Context(nothing, ExceptionRegister.empty(), event.notificationCreationTime(), params);
            evaluations = runner.change(event.item(), false, event.notificationCreationTime(), ctx).stream().map(RuleResult::evaluation).toList();
        }
        if (evaluations.isEmpty()) {
            evaluations = List.of(new Evaluation(type, event.item().resourceId(), org.msb.rule.Compliance.NOT_APPLICABLE,
                    "priming", Instant.EPOCH));
        }
        InvocationLog.Context logContext = new InvocationLog.Context(spec.id(), "priming", "priming");
        logContext.event(event);
        new InvocationLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .invocation(logContext, new Delivery(evaluations, 1, false), false, Instant.EPOCH, Instant.EPOCH);
        // throw-away credentials and a local address: signed to load the signer and its crypto, never sent
        SigV4Transport transport = new SigV4Transport(StaticCredentialsProvider.create(AwsBasicCredentials.create("PRIMING", "priming")),
                LeanHttp.standard());
        ConfigEvaluations config = new ConfigEvaluations(transport, URI.create("http://127.0.0.1:9/"), "us-east-1");
        SigV4Transport.Request request = config.request(event.resultToken(), evaluations, false);
        var signedRequest = transport.signOnly(request);
        boolean signed = signedRequest.firstMatchingHeader("Authorization").isPresent();
        try {
            signedRequest.getUri().toURL().openConnection();  // creates the JDK's HTTP connection object; connects nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigEvaluations.failedOf("{\"FailedEvaluations\":[]}");
        return new Primed(type, skipRule, evaluations.size(), request.body().length, signed);
    }

    private static byte[] sample() {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(SAMPLE)) {
            if (in == null) throw new IllegalStateException("the rule jar lacks " + SAMPLE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
