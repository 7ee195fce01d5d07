package org.msb.internal.lambda;

import org.msb.rule.Rule;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the one rule a Lambda jar carries, registered in {@code META-INF/services/org.msb.rule.Rule}. */
public final class RuleLoader {
    private RuleLoader() {}

    public static Rule load(ClassLoader loader) {
        List<ServiceLoader.Provider<Rule>> found = ServiceLoader.load(Rule.class, loader).stream().toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no rule in this jar: META-INF/services/" + Rule.class.getName()
                    + " must name the rule class (one line)");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("this jar registers " + found.size() + " rules ("
                    + found.stream().map(p -> p.type().getName()).collect(Collectors.joining(", "))
                    + "); a rule Lambda jar must carry exactly one");
        }
        return found.get(0).get();
    }

    /** The loader Lambda (and LocalInvoke) run the function with. */
    public static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RuleLoader.class.getClassLoader();
    }
}
