package org.msb.cli.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Timeout;
import org.msb.cli.DemoAccount;
import org.msb.cli.scan.RuleCatalog;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.error.InvalidItemException;
import org.msb.error.MsbException;
import org.msb.fuzz.JsonMutator;
import org.msb.fuzz.Outcomes;
import org.msb.fuzz.Seeds;
import org.msb.internal.world.StaticAccountView;
import org.msb.internal.world.World;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.rule.Compliance;
import org.msb.rule.Rule;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule's {@code evaluate} on mutated items of its resource types. The fuzz data picks a rule from the catalog
 * and a seed item of one of the types it reads (the demo account's items and the reference sample items), mutates it
 * structurally and runs the rule through {@link RuleRunner} over the demo account with that item in place: as a
 * change-triggered evaluation of the item, or (for periodic rules) as the periodic run that reads it. The only
 * outcomes allowed are rule results or a typed error ({@link MsbException}: a bad item, an unavailable fact);
 * a rule's NullPointerException, ClassCastException or an evaluation list RuleRunner refuses is a finding.
 */
class RuleEvaluateFuzzTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<Rule> RULES = RuleCatalog.load().rules();
    private static final World DEMO = DemoAccount.load();
    private static final Map<String, List<JsonElement>> SEEDS_BY_TYPE = seedsByType();

    @FuzzTest(maxDuration = "60s")
    @Timeout(20)
    void evaluateMutatedItem(FuzzedDataProvider data) {
        Rule rule = data.pickValue(RULES);
        RuleSpec spec = rule.spec();
        List<String> types = new ArrayList<>(spec.resourceTypes());
        types.removeIf(t -> !SEEDS_BY_TYPE.containsKey(t));
        if (types.isEmpty()) return;  // rules that read facts only: their inputs are facts, fuzzed by the world target
        String type = data.pickValue(types);
        JsonElement seed = data.pickValue(SEEDS_BY_TYPE.get(type));
        JsonElement mutated = JsonMutator.mutate(seed, data, 10);
        if (mutated.isJsonObject() && data.consumeBoolean()) keepIdentity(seed, mutated.getAsJsonObject());
        boolean asChange = spec.isChangeTriggered() && (!spec.isPeriodic() || data.consumeBoolean());

        ConfigurationItem item;
        try {
            item = ConfigurationItemParser.parse(mutated);
        } catch (InvalidItemException notAnItem) {
            return;  // the normaliser's own fuzz target covers what it refuses
        }
        StaticAccountView view = withItem(item);
        RuleParameters params = ParameterValidator.validate(spec, DEMO.parametersFor(spec.id()));
        RuleRunner runner = new RuleRunner(rule);
        RuleRunner.Context ctx = new RuleRunner.Context(view, DEMO.register(), NOW, params);
        try {
            List<RuleResult> results = asChange ? runner.change(item, false, NOW, ctx) : runner.periodic(NOW, ctx);
            for (RuleResult r : results) {
                Outcomes.check(r.evaluation() != null && r.evaluation().compliance() != null, spec.id() + " gave a result without a verdict");
                Outcomes.check(r.evaluation().compliance() != Compliance.INSUFFICIENT_DATA || r.evaluation().annotation() != null,
                        spec.id() + " gave INSUFFICIENT_DATA without saying why");
            }
        } catch (MsbException typed) {
            Outcomes.requireTyped(MsbException.class, typed);
        }
    }

    /** Keeps the seed's type, id and status so the mutation lands in the configuration the rule reads. */
    private static void keepIdentity(JsonElement seed, JsonObject item) {
        for (String k : List.of("resourceType", "resourceId", "configurationItemStatus")) {
            JsonElement v = seed.getAsJsonObject().get(k);
            if (v != null) item.add(k, v.deepCopy());
        }
    }

    /** The demo account with {@code item} in place of the item of the same type and id (or added). */
    private static StaticAccountView withItem(ConfigurationItem item) {
        StaticAccountView demo = DEMO.account();
        List<ConfigurationItem> items = new ArrayList<>();
        for (ConfigurationItem i : demo.allItems()) {
            if (!(i.resourceType().equals(item.resourceType()) && i.resourceId().equals(item.resourceId()))) items.add(i);
        }
        items.add(item);
        return new StaticAccountView(demo.accountId(), demo.region(), items, demo.factsJson(), "not in the demo account",
                demo.unavailable());
    }

    /** Demo items (the richest, one set per rule) and the reference sample items, by resource type. */
    private static Map<String, List<JsonElement>> seedsByType() {
        Map<String, List<JsonElement>> out = new LinkedHashMap<>();
        List<JsonElement> all = new ArrayList<>();
        DemoAccount.json().getAsJsonArray("configurationItems").forEach(all::add);
        all.addAll(Seeds.json("items"));
        for (JsonElement e : all) {
            if (!e.isJsonObject() || !e.getAsJsonObject().has("resourceType")) continue;
            out.computeIfAbsent(e.getAsJsonObject().get("resourceType").getAsString(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
