package org.msb.cli.scan;

import org.msb.rule.Rule;
import org.msb.rule.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every rule on the classpath, found through ServiceLoader, in baseline order (section, then control number). */
public final class RuleCatalog {
    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) { this.rules = List.copyOf(rules); }

    public static RuleCatalog load() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class).forEach(found::add);
        found.sort(BASELINE_ORDER);
        return new RuleCatalog(found);
    }

    public static RuleCatalog of(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(BASELINE_ORDER);
        return new RuleCatalog(sorted);
    }

    public static final Comparator<Rule> BASELINE_ORDER = Comparator
            .comparing((Rule r) -> r.spec().section())
            .thenComparingInt(r -> Integer.parseInt(r.spec().controlId().substring(r.spec().controlId().indexOf('-') + 1)));

    public List<Rule> rules() { return rules; }

    /** The rules whose ids are listed; all when the list is empty. Unknown ids are an error naming them. */
    public RuleCatalog select(List<String> ids) {
        if (ids == null || ids.isEmpty()) return this;
        List<Rule> out = new ArrayList<>();
        for (String id : ids) {
            Rule r = rules.stream().filter(x -> x.spec().id().equals(id) || x.spec().controlId().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown rule \"" + id + "\"; known: "
                            + String.join(", ", rules.stream().map(x -> x.spec().id()).toList())));
            out.add(r);
        }
        return of(out);
    }

    public long countIn(Section s) { return rules.stream().filter(r -> r.spec().section() == s).count(); }
}
