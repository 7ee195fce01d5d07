package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Timeout;
import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.Node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The configuration-item normaliser: any text gives a {@link ConfigurationItem} or an {@link InvalidItemException};
 * so does every structural mutation of the real items (rdk samples, Config API items). A parsed item is then read
 * the way rules read it (properties, tags, supplementary values, timestamps) and that must not throw either.
 */
class ConfigurationItemParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Outcomes.resultOrTyped(InvalidItemException.class, () -> readLikeARule(ConfigurationItemParser.parse(text)));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseMutatedItem(FuzzedDataProvider data) {
        JsonElement seed = data.pickValue(Seeds.json("items"));
        JsonElement item = JsonMutator.mutate(seed, data, 12);
        Outcomes.resultOrTyped(InvalidItemException.class, () -> readLikeARule(ConfigurationItemParser.parse(item)));
    }

    /** Everything a rule may touch on an item; timestamps are the one read allowed to fail, and only typed. */
    static void readLikeARule(ConfigurationItem ci) {
        Outcomes.check(ci.resourceType() != null && !ci.resourceType().isEmpty(), "an item without a type");
        Outcomes.check(ci.resourceId() != null && !ci.resourceId().isEmpty(), "an item without an id");
        Outcomes.check(ci.displayName() != null, "an item without a display name");
        for (Map.Entry<String, String> t : ci.tags().entrySet()) Outcomes.check(t.getValue() != null, "tag " + t.getKey() + " without a value");
        ci.relationships().forEach(r -> Outcomes.check(r != null, "a null relationship"));
        walk(ci.configuration());
        ci.supplementaryConfiguration().values().forEach(ConfigurationItemParserFuzzTest::walk);
    }

    /** Reads every node as a rule could: text, number, boolean, and as a timestamp (typed error allowed). */
    private static void walk(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 10_000) {
            Node n = todo.pop();
            n.text();
            n.number();
            n.bool();
            n.path("a.b.c");
            Outcomes.resultOrTyped(InvalidItemException.class, () -> ConfigurationItemParser.timestamp(n, "fuzz"));
            n.fields().values().forEach(todo::push);
            n.list().forEach(todo::push);
        }
    }
}
