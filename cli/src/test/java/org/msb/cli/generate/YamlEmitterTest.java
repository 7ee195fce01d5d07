package org.msb.cli.generate;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class YamlEmitterTest {

    @Test
    void write_when_readBack_givesTheSameData() {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String s : List.of("true", "False", "yes", "on", "null", "~", "14", "1e5", "0x1F", "22:30", "2024-01-01", "-x", "a: b", "a #b",
                "it's", "\"quoted\"", "${PasswordPolicyAlias}", "arn:aws:lambda:eu-west-1:1:function:x:live", "Fn::Join", "", " lead",
                "trail ", "ends:", "München ≤ 256", "[x]", "{x}", "*x", "&x", "!x", "%x", "@x", "`x", "a\\b")) {
            data.put("k" + data.size(), s);
        }
        data.put("number", 512);
        data.put("flag", true);
        data.put("empty list", List.of());
        data.put("empty map", Map.of());
        data.put("nested", List.of(Map.of("a", List.of("x", List.of("y", Map.of("b", "c")))), List.of(), "z"));
        data.put("block", "line one\n  indented: yes\n\nafter a blank line\n");
        data.put("block without newline", "one\ntwo");
        data.put("list of blocks", List.of("a\nb\n"));
        assertEquals(data, Templates.parse(YamlEmitter.write(data)));
    }

    @Test
    void write_when_ambiguousStrings_quotesThem() {
        assertEquals("a: '14'\nb: 'true'\nc: ''\nd: 'it''s'\ne: plain text\n",
                YamlEmitter.write(PackRenderer.ordered("a", "14", "b", "true", "c", "", "d", "it's", "e", "plain text")));
    }

    @Test
    void write_when_controlCharacterOrNull_refuses() {
        assertThrows(IllegalArgumentException.class, () -> YamlEmitter.write(Map.of("a", "x\ty")));
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThrows(IllegalArgumentException.class, () -> YamlEmitter.write(withNull));
    }
}
