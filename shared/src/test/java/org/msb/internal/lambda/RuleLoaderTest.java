package org.msb.internal.lambda;

import org.junit.jupiter.api.Test;
import org.msb.rule.Rule;

import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handler finds the jar's one rule through ServiceLoader. The registrations live in folders under
 * test resources (lambda/rule-jar, lambda/two-rules-jar), each standing for a rule jar's root, so the
 * shared test-jar that rule modules use carries no rule registration of its own.
 */
class RuleLoaderTest {

    static URLClassLoader jar(String folder) {
        URL root = RuleLoaderTest.class.getResource("/lambda/" + folder + "/");
        if (root == null) throw new IllegalStateException("missing test resource folder lambda/" + folder);
        return new URLClassLoader(new URL[]{root}, RuleLoaderTest.class.getClassLoader());
    }

    @Test
    void load_whenOneRuleRegistered_returnsIt() throws Exception {
        try (URLClassLoader loader = jar("rule-jar")) {
            Rule rule = RuleLoader.load(loader);
            assertEquals(TaggedBucketRule.class, rule.getClass());
        }
    }

    @Test
    void load_whenTwoRulesRegistered_refusesNamingBoth() throws Exception {
        try (URLClassLoader loader = jar("two-rules-jar")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleLoader.load(loader));
            assertTrue(e.getMessage().contains("registers 2 rules"), e.getMessage());
            assertTrue(e.getMessage().contains(TaggedBucketRule.class.getName()), e.getMessage());
            assertTrue(e.getMessage().contains(ChangeOnlyBucketRule.class.getName()), e.getMessage());
        }
    }

    @Test
    void load_whenNoRuleRegistered_refusesNamingTheServiceFile() {
        // the test classpath itself registers no rule
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleLoader.load(RuleLoaderTest.class.getClassLoader()));
        assertTrue(e.getMessage().contains("META-INF/services/org.msb.rule.Rule"), e.getMessage());
    }
}
