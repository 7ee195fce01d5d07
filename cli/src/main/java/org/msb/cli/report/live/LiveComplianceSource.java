package org.msb.cli.report.live;

import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.AggregateComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.AggregateEvaluationResult;
import software.amazon.awssdk.services.config.model.ConfigRuleEvaluationStatus;
import software.amazon.awssdk.services.config.model.ConformancePackDetail;
import software.amazon.awssdk.services.config.model.ConformancePackEvaluationResult;
import software.amazon.awssdk.services.config.model.ConformancePackRuleCompliance;
import software.amazon.awssdk.services.config.model.DescribeAggregateComplianceByConfigRulesResponse;
import software.amazon.awssdk.services.config.model.DescribeConfigRuleEvaluationStatusResponse;
import software.amazon.awssdk.services.config.model.DescribeConformancePackComplianceResponse;
import software.amazon.awssdk.services.config.model.DescribeConformancePacksResponse;
import software.amazon.awssdk.services.config.model.EvaluationResultIdentifier;
import software.amazon.awssdk.services.config.model.GetAggregateComplianceDetailsByConfigRuleResponse;
import software.amazon.awssdk.services.config.model.GetConformancePackComplianceDetailsResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads this project's compliance from live AWS Config and gives it back as {@link ScanResult}s (one per
 * account and region), so a report treats live data exactly like {@code msb scan} output. The calls made and
 * why are in {@code package-info.java}. Every AWS failure is an {@link org.msb.error.AwsCallException} naming
 * the operation; nothing read here ever becomes a verdict the rule Lambda did not report.
 */
public final class LiveComplianceSource {
    /** The prefix of the conformance packs {@code msb generate} writes (conformance-packs/msb-*.yaml). */
    public static final String DEFAULT_PACK_PREFIX = "msb-";

    // the largest page each operation accepts (AWS Config API reference, "Limit" of each request)
    static final int PACKS_PAGE = 20;
    static final int PACK_RULES_PAGE = 1000;
    static final int PACK_DETAILS_PAGE = 100;
    static final int RULE_STATUS_PAGE = 50;
    static final int RULE_STATUS_NAMES = 25;
    static final int AGGREGATE_RULES_PAGE = 1000;
    static final int AGGREGATE_DETAILS_PAGE = 100;

    private final ConfigClient client;
    private final RuleCatalog catalog;
    private final DeployedRuleName names;
    private final String packPrefix;
    private final Clock clock;
    private final ConfigCalls calls = new ConfigCalls();
    private final List<String> notes = new ArrayList<>();

    public LiveComplianceSource(ConfigClient client, RuleCatalog catalog) {
        this(client, catalog, DEFAULT_PACK_PREFIX, Clock.systemUTC());
    }

    public LiveComplianceSource(ConfigClient client, RuleCatalog catalog, String packPrefix, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.packPrefix = Objects.requireNonNull(packPrefix, "packPrefix");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.names = new DeployedRuleName(catalog.rules().stream()
                .collect(Collectors.toMap(r -> r.spec().id(), Function.identity())));
    }

    /** Config API calls made so far, per operation (one per page; SDK retries of a call are not counted again). */
    public Map<String, Integer> callCounts() { return calls.counts(); }

    /** What the reads skipped or could not tell, e.g. rules in the packs that are not this project's. */
    public List<String> notes() { return List.copyOf(notes); }

    // ---------------------------------------------------------------- one account

    /**
     * The results of this project's conformance packs (names starting with the prefix, or organization packs
     * of such a name, {@code OrgConformsPack-msb-...}) in the account and
     * region the client points at: one ScanResult, or none when no such pack is deployed.
     */
    public List<ScanResult> fromAccount(String accountId, String region, Optional<ExceptionRegister> register) {
        Instant now = clock.instant();
        List<String> packs = new ArrayList<>();
        calls.pages("DescribeConformancePacks",
                token -> client.describeConformancePacks(b -> b.limit(PACKS_PAGE).nextToken(token)),
                DescribeConformancePacksResponse::nextToken,
                page -> page.conformancePackDetails().stream().map(ConformancePackDetail::conformancePackName)
                        .filter(n -> isProjectPack(packPrefix, n)).forEach(packs::add));
        if (packs.isEmpty()) {
            notes.add("account " + accountId + " " + region + ": no conformance pack named " + packPrefix + "* is deployed");
            return List.of();
        }
        Map<String, Rule> deployed = new LinkedHashMap<>();            // Config rule name -> our rule
        Map<String, Compliance> ruleCompliance = new LinkedHashMap<>(); // Config rule name -> the rule's overall state
        Accumulator acc = new Accumulator(register, now);
        TreeSet<String> foreign = new TreeSet<>();
        for (String pack : packs) {
            calls.pages("DescribeConformancePackCompliance",
                    token -> client.describeConformancePackCompliance(b -> b.conformancePackName(pack).limit(PACK_RULES_PAGE).nextToken(token)),
                    DescribeConformancePackComplianceResponse::nextToken,
                    page -> {
                        for (ConformancePackRuleCompliance c : page.conformancePackRuleComplianceList()) {
                            Optional<Rule> rule = names.ruleOf(c.configRuleName());
                            if (rule.isEmpty()) { foreign.add(c.configRuleName()); continue; }
                            deployed.put(c.configRuleName(), rule.get());
                            ruleCompliance.put(c.configRuleName(), compliance(c.complianceTypeAsString()));
                        }
                    });
            calls.pages("GetConformancePackComplianceDetails",
                    token -> client.getConformancePackComplianceDetails(b -> b.conformancePackName(pack).limit(PACK_DETAILS_PAGE).nextToken(token)),
                    GetConformancePackComplianceDetailsResponse::nextToken,
                    page -> {
                        for (ConformancePackEvaluationResult r : page.conformancePackRuleEvaluationResults()) {
                            String configRule = r.evaluationResultIdentifier() == null || r.evaluationResultIdentifier().evaluationResultQualifier() == null
                                    ? null : r.evaluationResultIdentifier().evaluationResultQualifier().configRuleName();
                            Optional<Rule> rule = names.ruleOf(configRule);
                            if (rule.isEmpty()) { if (configRule != null) foreign.add(configRule); continue; }
                            acc.add(rule.get(), configRule, r.evaluationResultIdentifier(), r.complianceTypeAsString(), r.annotation(),
                                    r.configRuleInvokedTime(), r.resultRecordedTime());
                        }
                    });
        }
        noteForeign(foreign, "account " + accountId + " " + region);
        ruleErrors(new ArrayList<>(deployed.keySet()), deployed, acc);
        ruleCompliance.forEach((configRule, state) -> acc.noResultsYet(deployed.get(configRule), configRule, state, accountId));
        return List.of(acc.result("AWS Config conformance packs " + String.join(", ", packs), accountId, region, deployed.values()));
    }

    /** Config's name for an organization conformance pack in a member account: OrgConformsPack-<name>-<suffix>. */
    static final String ORG_PACK_PREFIX = "OrgConformsPack-";

    /** This project's pack: named with the prefix, or an organization pack of that name as a member account sees it. */
    static boolean isProjectPack(String prefix, String packName) {
        return packName.startsWith(prefix) || packName.startsWith(ORG_PACK_PREFIX + prefix);
    }

    /** A rule whose last Lambda invocation or evaluation failed after its last success is a RuleError with Config's message. */
    private void ruleErrors(List<String> configRules, Map<String, Rule> deployed, Accumulator acc) {
        for (int from = 0; from < configRules.size(); from += RULE_STATUS_NAMES) {
            List<String> batch = configRules.subList(from, Math.min(configRules.size(), from + RULE_STATUS_NAMES));
            calls.pages("DescribeConfigRuleEvaluationStatus",
                    token -> client.describeConfigRuleEvaluationStatus(b -> b.configRuleNames(batch).limit(RULE_STATUS_PAGE).nextToken(token)),
                    DescribeConfigRuleEvaluationStatusResponse::nextToken,
                    page -> {
                        for (ConfigRuleEvaluationStatus s : page.configRulesEvaluationStatus()) {
                            Rule rule = deployed.get(s.configRuleName());
                            if (rule != null && failing(s)) acc.error(rule, "AWS Config reports rule " + s.configRuleName() + " failing since "
                                    + latest(s.lastFailedInvocationTime(), s.lastFailedEvaluationTime()) + ": " + s.lastErrorCode()
                                    + (s.lastErrorMessage() == null ? "" : ": " + s.lastErrorMessage()));
                        }
                    });
        }
    }

    private static boolean failing(ConfigRuleEvaluationStatus s) {
        if (s.lastErrorCode() == null || s.lastErrorCode().isBlank()) return false;
        Instant failed = latest(s.lastFailedInvocationTime(), s.lastFailedEvaluationTime());
        Instant succeeded = latest(s.lastSuccessfulInvocationTime(), s.lastSuccessfulEvaluationTime());
        return failed != null && (succeeded == null || failed.isAfter(succeeded));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- organization (aggregator)

    /**
     * This project's results in every account and region an aggregator sees: one ScanResult per account and
     * region, in account then region order.
     */
    public List<ScanResult> fromAggregator(String aggregatorName, Optional<ExceptionRegister> register) {
        Instant now = clock.instant();
        List<AggregateComplianceByConfigRule> ours = new ArrayList<>();
        TreeSet<String> foreign = new TreeSet<>();
        calls.pages("DescribeAggregateComplianceByConfigRules",
                token -> client.describeAggregateComplianceByConfigRules(b -> b.configurationAggregatorName(aggregatorName)
                        .limit(AGGREGATE_RULES_PAGE).nextToken(token)),
                DescribeAggregateComplianceByConfigRulesResponse::nextToken,
                page -> {
                    for (AggregateComplianceByConfigRule c : page.aggregateComplianceByConfigRules()) {
                        if (names.ruleOf(c.configRuleName()).isPresent()) ours.add(c);
                        else foreign.add(c.configRuleName());
                    }
                });
        noteForeign(foreign, "aggregator " + aggregatorName);
        Map<String, Map<String, Accumulator>> byAccountRegion = new TreeMap<>();
        Map<Accumulator, Map<String, Rule>> rulesOf = new LinkedHashMap<>();
        for (AggregateComplianceByConfigRule c : ours) {
            Rule rule = names.ruleOf(c.configRuleName()).orElseThrow();
            Accumulator acc = byAccountRegion.computeIfAbsent(c.accountId(), a -> new TreeMap<>())
                    .computeIfAbsent(c.awsRegion(), r -> new Accumulator(register, now));
            rulesOf.computeIfAbsent(acc, a -> new LinkedHashMap<>()).put(c.configRuleName(), rule);
            Compliance state = c.compliance() == null ? Compliance.INSUFFICIENT_DATA : compliance(c.compliance().complianceTypeAsString());
            if (state == Compliance.INSUFFICIENT_DATA) {
                // Config holds no per-resource result for it: asking would be a call that returns nothing
                acc.noResultsYet(rule, c.configRuleName(), state, c.accountId());
                continue;
            }
            calls.pages("GetAggregateComplianceDetailsByConfigRule",
                    token -> client.getAggregateComplianceDetailsByConfigRule(b -> b.configurationAggregatorName(aggregatorName)
                            .configRuleName(c.configRuleName()).accountId(c.accountId()).awsRegion(c.awsRegion())
                            .limit(AGGREGATE_DETAILS_PAGE).nextToken(token)),
                    GetAggregateComplianceDetailsByConfigRuleResponse::nextToken,
                    page -> {
                        for (AggregateEvaluationResult r : page.aggregateEvaluationResults()) {
                            acc.add(rule, c.configRuleName(), r.evaluationResultIdentifier(), r.complianceTypeAsString(), r.annotation(),
                                    r.configRuleInvokedTime(), r.resultRecordedTime());
                        }
                    });
            acc.noResultsYet(rule, c.configRuleName(), state, c.accountId());
        }
        List<ScanResult> out = new ArrayList<>();
        byAccountRegion.forEach((account, regions) -> regions.forEach((region, acc) ->
                out.add(acc.result("AWS Config aggregator " + aggregatorName, account, region, rulesOf.get(acc).values()))));
        if (out.isEmpty()) notes.add("aggregator " + aggregatorName + ": no rule of this project in any account");
        return out;
    }

    private void noteForeign(TreeSet<String> foreign, String where) {
        if (!foreign.isEmpty()) {
            notes.add(where + ": skipped " + foreign.size() + " Config rule(s) that are not this project's: " + String.join(", ", foreign));
        }
    }

    /** Config's compliance type as this project's; a value msb does not know is null (reported as a rule error). */
    static Compliance compliance(String configType) {
        if (configType == null) return null;
        return switch (configType) {
            case "COMPLIANT" -> Compliance.COMPLIANT;
            case "NON_COMPLIANT" -> Compliance.NON_COMPLIANT;
            case "NOT_APPLICABLE" -> Compliance.NOT_APPLICABLE;
            case "INSUFFICIENT_DATA" -> Compliance.INSUFFICIENT_DATA;
            default -> null;
        };
    }

    /**
     * The results of one account and region as they are read. Two packs may hold the same rule (msb-baseline
     * and a section pack): the newest result per rule and resource is kept.
     */
    private static final class Accumulator {
        private final Optional<ExceptionRegister> register;
        private final Instant now;
        private final Map<String, Recorded> results = new LinkedHashMap<>();
        private final Map<String, RuleError> errors = new LinkedHashMap<>();

        private record Recorded(RuleResult result, Instant recorded) {}

        Accumulator(Optional<ExceptionRegister> register, Instant now) {
            this.register = register;
            this.now = now;
        }

        void add(Rule rule, String configRule, EvaluationResultIdentifier id, String type, String annotation, Instant invoked, Instant recorded) {
            var q = id == null ? null : id.evaluationResultQualifier();
            if (q == null || q.resourceType() == null || q.resourceId() == null) {
                error(rule, "AWS Config returned a result of " + configRule + " without a resource type and id");
                return;
            }
            Compliance c = compliance(type);
            if (c == null) {
                error(rule, "AWS Config returned compliance \"" + type + "\" for " + q.resourceType() + " " + q.resourceId()
                        + " of " + configRule + ", which msb does not know");
                return;
            }
            Instant ordering = id.orderingTimestamp() != null ? id.orderingTimestamp() : invoked != null ? invoked : recorded != null ? recorded : now;
            Evaluation e = new Evaluation(q.resourceType(), q.resourceId(), c, annotation, ordering);
            RuleResult r = new RuleResult(rule.spec().id(), rule.spec().controlId(), e,
                    AppliedExceptions.fromAnnotation(annotation, register).orElse(null));
            String key = rule.spec().id() + "|" + q.resourceType() + "|" + q.resourceId();
            Instant when = recorded != null ? recorded : ordering;
            Recorded before = results.get(key);
            if (before == null || when.isAfter(before.recorded())) results.put(key, new Recorded(r, when));
        }

        /** A rule Config has no per-resource result for: INSUFFICIENT_DATA for the account, unless it errored. */
        void noResultsYet(Rule rule, String configRule, Compliance state, String accountId) {
            String id = rule.spec().id();
            if (state == null) {
                error(rule, "AWS Config reports an unknown compliance state for " + configRule);
                return;
            }
            boolean any = results.values().stream().anyMatch(r -> r.result().ruleId().equals(id));
            if (any || errors.containsKey(id)) return;
            Evaluation e = new Evaluation(Evaluation.ACCOUNT_TYPE, accountId, Compliance.INSUFFICIENT_DATA,
                    "AWS Config holds no evaluation result for " + configRule + " (its state: " + state + ")", now);
            results.put(id + "|" + Evaluation.ACCOUNT_TYPE + "|" + accountId, new Recorded(new RuleResult(id, rule.spec().controlId(), e, null), now));
        }

        void error(Rule rule, String message) {
            errors.putIfAbsent(rule.spec().id(), new RuleError(rule.spec().id(), rule.spec().controlId(), message));
        }

        ScanResult result(String source, String accountId, String region, java.util.Collection<Rule> deployed) {
            List<Rule> rules = deployed.stream().distinct().sorted(RuleCatalog.BASELINE_ORDER).toList();
            Map<String, Integer> position = new java.util.HashMap<>();
            for (int i = 0; i < rules.size(); i++) position.put(rules.get(i).spec().id(), i);
            // baseline order, then resource, as a scan lists them
            List<RuleResult> ordered = results.values().stream().map(Recorded::result)
                    .sorted(Comparator.comparing((RuleResult r) -> position.get(r.ruleId()))
                            .thenComparing(r -> r.evaluation().resourceType()).thenComparing(r -> r.evaluation().resourceId()))
                    .toList();
            return new ScanResult(source, accountId, region, now, rules, ordered, List.copyOf(errors.values()));
        }
    }
}
