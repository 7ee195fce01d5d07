package org.msb.cli.generate;

import org.msb.rule.RuleSpec;
import org.msb.rule.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which packs exist and which rules each holds, within AWS's limits.
 *
 * <ul>
 *   <li>Rules on global resource types (RuleSpec.global()) go only to packs deployed in the home region
 *       ({@code -global} packs); AWS advises evaluating global resources in one region only.</li>
 *   <li>Optional controls go only to the extended packs ({@code msb-extended}, {@code msb-extended-global}).</li>
 *   <li>Per section: {@code msb-<section>} (every region) and {@code msb-<section>-global} (home region).</li>
 *   <li>The whole baseline: {@code msb-baseline} (every region) and {@code msb-baseline-global} (home region),
 *       one pack each unless a limit forces parts ({@code -1}, {@code -2}, ...), which {@link #notes()} explains.</li>
 * </ul>
 * The deployment templates deploy the section and extended packs, so each rule runs exactly once per region.
 *
 * @param notes why a family is split, in sentences for the generated README
 */
public record PackLayout(List<Pack> baseline, List<Pack> sections, List<Pack> extended, List<String> notes) {
    public static final String PREFIX = "msb-";
    public static final String GLOBAL_SUFFIX = "-global";

    public PackLayout {
        baseline = List.copyOf(baseline);
        sections = List.copyOf(sections);
        extended = List.copyOf(extended);
        notes = List.copyOf(notes);
    }

    /** Every pack, for conformance-packs/. */
    public List<Pack> all() {
        List<Pack> all = new ArrayList<>(baseline);
        all.addAll(sections);
        all.addAll(extended);
        return all;
    }

    /** The packs the deployment templates create: each rule exactly once per account and region. */
    public List<Pack> deployed() {
        List<Pack> d = new ArrayList<>(sections);
        d.addAll(extended);
        return d;
    }

    /** Plans the packs for rules in baseline order, splitting where {@link PackLimits} requires. */
    public static PackLayout plan(List<RuleSpec> rules) {
        rules.forEach(PackLimits::checkRule);
        List<String> notes = new ArrayList<>();
        List<RuleSpec> core = rules.stream().filter(s -> !s.optional()).toList();
        List<RuleSpec> optional = rules.stream().filter(RuleSpec::optional).toList();

        List<Pack> baseline = new ArrayList<>();
        family(baseline, notes, PREFIX + "baseline", Pack.Kind.BASELINE, "The whole baseline", core);
        long globals = core.stream().filter(RuleSpec::global).count();
        if (globals > 0 && globals < core.size()) {
            notes.add(0, "The whole baseline is two packs, not one: its " + globals + " rule(s) on global resource types (IAM, Organizations, "
                    + "account settings, CloudFront, Route 53) are in " + PREFIX + "baseline" + GLOBAL_SUFFIX + ", for the home region only "
                    + "(AWS advises evaluating global resources in one region; elsewhere they would repeat the same results), and the "
                    + (core.size() - globals) + " regional rule(s) are in " + PREFIX + "baseline, for every region including the home region.");
        }
        List<Pack> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<RuleSpec> in = core.stream().filter(s -> s.section() == section).toList();
            family(sections, notes, PREFIX + section.name().toLowerCase(Locale.ROOT), Pack.Kind.SECTION, section.name() + " " + section.title(), in);
        }
        List<Pack> extended = new ArrayList<>();
        family(extended, notes, PREFIX + "extended", Pack.Kind.EXTENDED, "Optional controls (extended baseline)", optional);
        return new PackLayout(baseline, sections, extended, notes);
    }

    /** The regional and the home-region packs of one family, each split into parts if a limit requires. */
    private static void family(List<Pack> out, List<String> notes, String base, Pack.Kind kind, String title, List<RuleSpec> rules) {
        List<RuleSpec> regional = rules.stream().filter(s -> !s.global()).toList();
        List<RuleSpec> global = rules.stream().filter(RuleSpec::global).toList();
        split(out, notes, base, kind, Pack.Scope.EVERY_REGION, title, regional);
        split(out, notes, base + GLOBAL_SUFFIX, kind, Pack.Scope.HOME_REGION, title + ", rules on global resource types", global);
    }

    /** Greedy in baseline order: a rule joins the current part while the part still fits, else starts the next. */
    static void split(List<Pack> out, List<String> notes, String name, Pack.Kind kind, Pack.Scope scope, String title, List<RuleSpec> rules) {
        if (rules.isEmpty()) return;
        Predicate<List<RuleSpec>> fits = candidate -> PackLimits.violations(new Pack(name, scope, kind, title, candidate)).isEmpty();
        List<List<RuleSpec>> parts = new ArrayList<>();
        List<RuleSpec> current = new ArrayList<>();
        for (RuleSpec s : rules) {
            List<RuleSpec> candidate = new ArrayList<>(current);
            candidate.add(s);
            if (fits.test(candidate)) {
                current = candidate;
                continue;
            }
            if (current.isEmpty()) {
                throw new IllegalStateException("rule " + s.id() + " alone does not fit a conformance pack: "
                        + String.join("; ", PackLimits.violations(new Pack(name, scope, kind, title, candidate))));
            }
            parts.add(current);
            current = new ArrayList<>(List.of(s));
        }
        parts.add(current);
        if (parts.size() == 1) {
            out.add(new Pack(name, scope, kind, title, parts.get(0)));
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String partName = name + "-" + (i + 1);
            names.add(partName);
            out.add(new Pack(partName, scope, kind, title + " (part " + (i + 1) + " of " + parts.size() + ")", parts.get(i)));
        }
        notes.add(name + " is split into " + String.join(", ", names) + " because one pack of its " + rules.size() + " rules would have "
                + String.join(" and ", PackLimits.violations(new Pack(name, scope, kind, title, rules))) + ".");
    }
}
