/**
 * The generic AWS Lambda path every rule jar shares. Lambda names one class for every rule,
 * {@code org.msb.internal.lambda.ConfigRuleHandler::handleRequest}; the jar's one rule is found through
 * {@code META-INF/services/org.msb.rule.Rule} ({@link org.msb.internal.lambda.RuleLoader}).
 *
 * <p>One invocation: {@link org.msb.internal.lambda.ConfigEventParser} reads the event;
 * {@link org.msb.engine.ParameterValidator} checks the parameters; {@link org.msb.internal.lambda.ContainerClients}
 * gives the clients built once per container (in the member account's role when ExecutionRoleName is
 * set); {@link org.msb.internal.lambda.ExceptionRegisterLoader} reads the register;
 * {@link org.msb.engine.RuleRunner} decides applicability and runs the rule;
 * {@link org.msb.internal.lambda.OversizedItemInflater} fetches oversized items;
 * {@link org.msb.internal.lambda.StaleEvaluations} marks vanished resources NOT_APPLICABLE; and
 * {@link org.msb.internal.lambda.EvaluationSender} delivers the results. Failures become
 * {@link org.msb.error.MsbException}s (AWS ones through {@link org.msb.internal.live.AwsCall}), are logged
 * by {@link org.msb.internal.lambda.InvocationLog} and thrown, never turned into a verdict.
 *
 * <p>{@link org.msb.internal.lambda.LocalInvoke} runs the same handler on an event file from a shell.
 */
package org.msb.internal.lambda;
