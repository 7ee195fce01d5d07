/**
 * Compliance read back from live AWS Config as {@link org.msb.cli.scan.ScanResult}s, for {@code msb report}.
 *
 * <p><b>One account</b> ({@code LiveComplianceSource.fromAccount}), per region:
 * <ol>
 *   <li>{@code DescribeConformancePacks} (Limit 20): the packs whose name starts with the prefix ("msb-"), or with
 *       {@code OrgConformsPack-msb-} (an organization pack as a member account lists it).</li>
 *   <li>per pack, {@code DescribeConformancePackCompliance} (Limit 1000): the pack's rules and each rule's
 *       state, so a rule with no result yet still shows (INSUFFICIENT_DATA).</li>
 *   <li>per pack, {@code GetConformancePackComplianceDetails} (Limit 100) without a filter: every rule's
 *       per-resource results with annotation and ordering time in one paginated stream, instead of one
 *       {@code GetComplianceDetailsByConfigRule} stream per rule.</li>
 *   <li>{@code DescribeConfigRuleEvaluationStatus} (25 names a call, Limit 50): a rule whose last invocation or
 *       evaluation failed after its last success becomes a RuleError with Config's LastErrorCode and message;
 *       its earlier results are kept (they are what Config still reports).</li>
 * </ol>
 * {@code ListConformancePackComplianceScores} is not called: scores are derived from the same results by the
 * report, and a second source of the same truth would only add a call.
 *
 * <p><b>Organization</b> ({@code fromAggregator}): per-resource results exist only per rule, account and
 * region ({@code GetAggregateComplianceDetailsByConfigRule} requires all three), so:
 * <ol>
 *   <li>{@code DescribeAggregateComplianceByConfigRules} (Limit 1000): every (rule, account, region) the
 *       aggregator knows, with the rule's state there; one call lists up to 1000 of them.</li>
 *   <li>per (rule, account, region) of ours whose state is not INSUFFICIENT_DATA,
 *       {@code GetAggregateComplianceDetailsByConfigRule} (Limit 100). INSUFFICIENT_DATA ones have no
 *       result to fetch and are reported without a call.</li>
 * </ol>
 * {@code DescribeAggregateComplianceByConformancePacks} and {@code GetAggregateConformancePackComplianceSummary}
 * give only per-pack counts, never resources, so they would be extra calls with nothing the report needs. An
 * aggregator does not expose rule evaluation status; a failing rule there shows as stale or INSUFFICIENT_DATA.
 *
 * <p><b>Names</b>: a pack's rule is {@code <rule-id>-conformance-pack-<suffix>} (organization packs too); the
 * part before {@code -conformance-pack-} is this project's rule id. Other rules are skipped and named in
 * {@code notes()}.
 *
 * <p><b>Exceptions</b>: the rule Lambda writes the applied exception into the annotation; it is parsed back
 * into an {@link org.msb.engine.AppliedException} (see {@link org.msb.engine.ExceptionAnnotation} and {@code AppliedExceptions}), enriched by id from an
 * exception register when one is given.
 *
 * <p><b>Failures</b>: throttling is retried by the client's retry strategy (the SDK's standard one in
 * {@link org.msb.internal.live.AwsClients}); every other failure (AccessDenied, an unknown aggregator, retries
 * exhausted) is an {@link org.msb.error.AwsCallException} naming the operation, never a verdict.
 * {@code callCounts()} says how many calls (pages) each operation took.
 */
package org.msb.cli.report.live;
