package org.msb.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.fact.Fact;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.msb.rule.Compliance;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a rule through the real path (item normalisation, parameter validation, the rule, exceptions,
 * annotation limit) on scenario folders, so a rule's tests are data. Modelled on JUnit's EngineTestKit.
 * <pre>
 * class PasswordPolicyRuleTest {
 *     static final RuleTestKit KIT = RuleTestKit.of(new PasswordPolicyRule());
 *     static Stream&lt;Scenario&gt; scenarios() { return KIT.scenarios(); }
 *     &#64;ParameterizedTest &#64;MethodSource("scenarios") void scenario(Scenario s) { KIT.verify(s); }
 *     &#64;Test void module() { KIT.verifyModule(); KIT.verifyCoverage(); }
 * }
 * </pre>
 */
public final class RuleTestKit {
    private final Rule rule;
    private final RuleSpec spec;

    private RuleTestKit(Rule rule) {
        this.rule = rule;
        this.spec = rule.spec();
    }

    public static RuleTestKit of(Rule rule) { return new RuleTestKit(rule); }

    /** Every folder under {@code src/test/resources/scenarios}. */
    public Stream<Scenario> scenarios() {
        URL url = rule.getClass().getResource("/scenarios");
        if (url == null) throw new IllegalStateException("no src/test/resources/scenarios folder for " + spec.id());
        try (Stream<Path> dirs = Files.list(Path.of(url.toURI()))) {
            return dirs.filter(Files::isDirectory).sorted().map(Scenario::load).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a run gave: results, or the error the framework raised. */
    public record Outcome(List<RuleResult> results, RuntimeException error) {
        public RuleResult only() {
            if (error != null) throw new AssertionError("expected results, got " + error, error);
            assertEquals(1, results.size(), "expected one result, got " + results);
            return results.get(0);
        }
    }

    /** Starts an inline case for a named test: {@code kit.given().fact("iam.passwordPolicy", "{...}").periodic()}. */
    public Given given() { return new Given(); }

    /** An inline scenario, for tests whose reasoning earns a name; same fields as scenario.json. */
    public final class Given {
        private final JsonObject json = new JsonObject();

        private Given() {}

        public Given fact(String name, String valueJson) {
            if (!json.has("facts")) json.add("facts", new JsonObject());
            json.getAsJsonObject("facts").add(name, JsonParser.parseString(valueJson));
            return this;
        }

        public Given item(String itemJson) {
            if (!json.has("items")) json.add("items", new JsonArray());
            json.getAsJsonArray("items").add(JsonParser.parseString(itemJson));
            return this;
        }

        public Given param(String name, String value) {
            if (!json.has("parameters")) json.add("parameters", new JsonObject());
            json.getAsJsonObject("parameters").addProperty(name, value);
            return this;
        }

        /** An exception register in its JSON form. */
        public Given register(String registerJson) {
            json.add("register", JsonParser.parseString(registerJson));
            return this;
        }

        public Given now(String instant) {
            json.addProperty("now", instant);
            return this;
        }

        public Outcome periodic() {
            json.addProperty("trigger", "periodic");
            return run(new Scenario("inline", Path.of("."), json));
        }

        public Outcome change(String itemJson) {
            JsonObject t = new JsonObject();
            t.add("change", JsonParser.parseString(itemJson));
            json.add("trigger", t);
            return run(new Scenario("inline", Path.of("."), json));
        }
    }

    /** Runs a scenario without asserting anything. */
    public Outcome run(Scenario s) {
        try {
            List<ConfigurationItem> items = new ArrayList<>();
            ConfigurationItem trigger = null;
            if (!s.isPeriodic()) {
                trigger = ConfigurationItemParser.parse(s.changeItem());
                items.add(trigger);
            }
            for (JsonElement e : s.items()) items.add(ConfigurationItemParser.parse(e));
            Map<String, JsonElement> facts = new LinkedHashMap<>();
            s.facts().entrySet().forEach(e -> facts.put(e.getKey(), e.getValue()));
            StaticAccountView account = new StaticAccountView(s.accountId(), s.region(), items, facts, "not in scenario " + s.name());
            ExceptionRegister register = s.register() == null ? ExceptionRegister.empty()
                    : ExceptionRegisterParser.parse(s.register().toString(), "scenario " + s.name());
            Map<String, String> raw = ParameterValidator.parseJson(s.parameters().toString());
            RuleRunner runner = new RuleRunner(rule);
            RuleRunner.Context ctx = new RuleRunner.Context(account, register, s.now(), ParameterValidator.validate(spec, raw));
            List<RuleResult> results = trigger == null ? runner.periodic(s.now(), ctx)
                    : runner.change(trigger, s.eventLeftScope(), s.now(), ctx);
            return new Outcome(results, null);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), e);
        }
    }

    /** Runs a scenario and checks its {@code expect} or {@code expectError}, and its items' property paths. */
    public void verify(Scenario s) {
        verifyItemPaths(s);
        Outcome o = run(s);
        JsonObject err = s.expectError();
        if (err != null) {
            assertNotNull(o.error(), s.name() + ": expected " + err + " but the rule returned " + o.results());
            String type = err.get("type").getAsString();
            assertEquals(type, o.error().getClass().getSimpleName(), s.name() + ": wrong error: " + o.error());
            if (err.has("message")) {
                String want = err.get("message").getAsString();
                assertTrue(o.error().getMessage().contains(want), s.name() + ": error \"" + o.error().getMessage() + "\" lacks \"" + want + "\"");
            }
            return;
        }
        if (o.error() != null) throw new AssertionError(s.name() + ": unexpected error " + o.error(), o.error());
        if (s.expectNoResults()) {
            assertTrue(o.results().isEmpty(), s.name() + ": expected no evaluation, got " + o.results());
            return;
        }
        assertTrue(s.expect().size() > 0, s.name() + ": scenario has neither expect nor expectError");
        assertEquals(s.expect().size(), o.results().size(), s.name() + ": number of results; got " + o.results());
        for (JsonElement e : s.expect()) {
            JsonObject x = e.getAsJsonObject();
            String type = x.has("resourceType") ? x.get("resourceType").getAsString() : null;
            String id = x.has("resourceId") ? x.get("resourceId").getAsString() : null;
            RuleResult r = o.results().stream()
                    .filter(res -> (type == null || res.evaluation().resourceType().equals(type))
                            && (id == null || res.evaluation().resourceId().equals(id)))
                    .findFirst().orElseThrow(() -> new AssertionError(s.name() + ": no result for " + type + " " + id + " in " + o.results()));
            assertEquals(Compliance.valueOf(x.get("compliance").getAsString()), r.compliance(),
                    s.name() + ": compliance of " + r.evaluation().resourceId() + " (" + r.evaluation().annotation() + ")");
            if (x.has("annotation")) {
                String want = x.get("annotation").getAsString();
                String got = r.evaluation().annotation();
                assertTrue(got != null && got.contains(want), s.name() + ": annotation \"" + got + "\" lacks \"" + want + "\"");
            }
            if (x.has("exception")) {
                assertNotNull(r.exception(), s.name() + ": expected exception " + x.get("exception") + " to be applied");
                assertEquals(x.get("exception").getAsString(), r.exception().status().name(), s.name() + ": exception status");
            }
            String a = r.evaluation().annotation();
            assertTrue(a == null || a.length() <= 256, s.name() + ": annotation longer than 256");
        }
    }

    /** Every scenario's items use only property paths AWS Config records. */
    public void verifyItemPaths(Scenario s) {
        List<JsonElement> all = new ArrayList<>(s.items());
        if (!s.isPeriodic()) all.add(s.changeItem());
        for (JsonElement e : all) {
            ConfigurationItem ci;
            try {
                ci = ConfigurationItemParser.parse(e);
            } catch (RuntimeException ex) {
                continue;  // a deliberately malformed item; the scenario's expectError covers it
            }
            if (!SchemaPaths.hasSchema(ci.resourceType())) continue;
            Set<String> unknown = SchemaPaths.unknownPaths(ci);
            assertTrue(unknown.isEmpty(), s.name() + ": " + ci.resourceType() + " " + ci.resourceId()
                    + " uses property paths found in neither the Config resource schema nor the example items: " + unknown);
        }
    }

    /**
     * The module's scenarios cover what every rule must show: COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE,
     * a valid and an expired exception, and a bad parameter.
     * <p>
     * One allowance: a global rule evaluated only periodically (an account-level rule such as the password
     * policy) has no item that can be deleted or leave its scope, so it has no honest NOT_APPLICABLE. For
     * it, a scenario outside its HomeRegion that gives no evaluation ({@code expectNoResults}) stands in:
     * that is what such a rule does when it does not apply. A regional rule evaluated only periodically that
     * reads no resource type (AWS Config recording in each region) applies in every region: nothing stands in.
     */
    public void verifyCoverage() {
        EnumSet<Compliance> seen = EnumSet.noneOf(Compliance.class);
        boolean valid = false, expired = false, badParameter = false, homeRegionGuard = false;
        for (Scenario s : scenarios().toList()) {
            homeRegionGuard |= s.expectNoResults();
            JsonObject err = s.expectError();
            if (err != null && err.get("type").getAsString().equals("InvalidParameterException")) badParameter = true;
            for (JsonElement e : s.expect()) {
                JsonObject x = e.getAsJsonObject();
                seen.add(Compliance.valueOf(x.get("compliance").getAsString()));
                if (x.has("exception")) {
                    valid |= x.get("exception").getAsString().equals("VALID");
                    expired |= x.get("exception").getAsString().equals("EXPIRED");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Compliance c : List.of(Compliance.COMPLIANT, Compliance.NON_COMPLIANT, Compliance.NOT_APPLICABLE)) {
            if (c == Compliance.NOT_APPLICABLE && !seen.contains(c) && !spec.isChangeTriggered()
                    && (spec.global() ? homeRegionGuard : spec.resourceTypes().isEmpty())) continue;
            if (!seen.contains(c)) missing.add(c.name());
        }
        if (!valid) missing.add("a valid exception");
        if (!expired) missing.add("an expired exception");
        if (!badParameter) missing.add("a bad parameter");
        assertTrue(missing.isEmpty(), spec.id() + ": scenarios do not cover " + missing);
    }

    /**
     * The module is wired as the framework expects: folder name = spec id, registered for ServiceLoader,
     * every declared fact's loader and its SDK module on the classpath, defaults valid.
     */
    public void verifyModule() {
        String folder = Path.of("").toAbsolutePath().getFileName().toString();
        assertEquals(folder, spec.id(), "rule id must equal its module folder rules/<rule-id>/");
        Catalog.Control control = Catalog.controls().get(spec.controlId());
        assertNotNull(control, "control " + spec.controlId() + " is not in ../shared/CONTROLS.md");
        assertEquals(control.ruleId(), spec.id(), "the rule id of " + spec.controlId() + " in CONTROLS.md");
        assertEquals(control.baseline(), spec.baseline(), "the baseline sentence, verbatim from the baseline");
        assertEquals(control.optional(), spec.optional(), "optional controls are marked optional() (CONTROLS.md)");
        boolean registered = ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type().equals(rule.getClass()));
        assertTrue(registered, "META-INF/services/org.msb.rule.Rule must name " + rule.getClass().getName());
        String expectedClass = pascal(spec.id()) + "Rule";
        assertEquals(expectedClass, rule.getClass().getSimpleName(), "rule class name");
        assertTrue(rule.getClass().getPackageName().endsWith(".rules." + spec.id().replace("-", "")), "package org.msb.rules.<ruleid>");
        for (Fact<?> f : spec.facts()) {
            try {
                Class.forName(f.loaderClass()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                fail("fact " + f.name() + ": loader " + f.loaderClass() + " is not on the rule's classpath: " + e);
            }
            Set<String> missing = SdkModuleCheck.missingModules(f.loaderClass());
            assertTrue(missing.isEmpty(), "fact " + f.name() + ": its loader " + f.loaderClass() + " uses AWS SDK modules the rule's"
                    + " jar lacks: add software.amazon.awssdk:" + missing + " to the rule's pom");
        }
        assertEquals(Set.of(), SdkModuleCheck.libraryReferences(rule.getClass()), "a rule uses the framework's API and the JDK only"
                + " (its Lambda jar takes library classes from the framework's shrunk library, shared/lambda/)");
        // a type Config does not record is read through its describe-API builder, in the Lambda too
        for (String type : spec.resourceTypes()) {
            String builder = org.msb.internal.live.DescribeItemSource.builderClass(type);
            if (builder == null) continue;
            Set<String> missing = SdkModuleCheck.missingModules(builder);
            assertTrue(missing.isEmpty(), "items of " + type + ": their builder " + builder + " uses AWS SDK modules the rule's"
                    + " jar lacks: add software.amazon.awssdk:" + missing + " to the rule's pom");
        }
        for (ParameterSpec p : spec.parameters()) {
            if (p.defaultValue() != null) ParameterValidator.validate(spec, Map.of(p.name(), p.defaultValue()));
        }
        ParameterValidator.validate(spec, Map.of());
    }

    public RuleSpec spec() { return spec; }

    static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b.toString();
    }
}
