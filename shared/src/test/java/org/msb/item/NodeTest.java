package org.msb.item;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Node keeps JSON in its own compact form: it must read, compare and print as the Gson tree it came from. */
class NodeTest {
    private static final String DOC = """
            {"groupId":"sg-1","ipPermissions":[{"fromPort":22,"toPort":22.0,"ipRanges":["0.0.0.0/0"],"open":"true"}],
             "nested":{"a":{"b":{"c":"deep"}}},"nothing":null,"count":"12","big":1e3,"flag":false}""";

    @Test
    void readsAsTheGsonTreeItCameFrom() {
        JsonElement tree = JsonParser.parseString(DOC);
        Node n = Node.of(tree);
        assertEquals(tree, n.json());
        assertEquals(tree.toString(), n.toString());
        assertEquals("sg-1", n.get("groupId").text());
        assertEquals(22L, n.path("ipPermissions").at(0).get("fromPort").number());
        assertEquals("22.0", n.get("ipPermissions").at(0).get("toPort").text(), "numbers keep their text");
        assertEquals("1e3", n.get("big").text());
        assertTrue(n.get("ipPermissions").at(0).get("open").isTrue());
        assertEquals(Boolean.FALSE, n.get("flag").bool());
        assertEquals(12L, n.get("count").number());
        assertEquals("deep", n.path("nested.a.b.c").text());
        assertTrue(n.get("nothing").isMissing());
        assertTrue(n.get("absent").get("deeper").at(3).isMissing());
        assertNull(n.get("nested").text());
        assertEquals(List.of("groupId", "ipPermissions", "nested", "nothing", "count", "big", "flag"), List.copyOf(n.fields().keySet()));
        assertEquals(1, n.get("ipPermissions").list().size());
        assertTrue(n.get("groupId").list().isEmpty());
        assertTrue(n.get("groupId").fields().isEmpty());
        assertTrue(n.get("ipPermissions").at(1).isMissing());
        assertTrue(n.get("ipPermissions").at(-1).isMissing());
    }

    @Test
    void equalityIsGsonsObjectsInAnyOrderArraysInOrder() {
        Node a = Node.of(JsonParser.parseString("{\"x\":1,\"y\":[1,2],\"z\":null}"));
        Node b = Node.of(JsonParser.parseString("{\"z\":null,\"y\":[1,2],\"x\":1}"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Node.of(JsonParser.parseString("{\"x\":1,\"y\":[2,1],\"z\":null}")));
        assertNotEquals(a, Node.of(JsonParser.parseString("{\"x\":1,\"y\":[1,2]}")));
        assertNotEquals(a, Node.of(JsonParser.parseString("{\"x\":1,\"y\":[1,2],\"w\":null}")));
        JsonElement one = JsonParser.parseString("{\"x\":1}"), onePointZero = JsonParser.parseString("{\"x\":1.0}");
        assertEquals(one.equals(onePointZero), Node.of(one).equals(Node.of(onePointZero)), "numbers as Gson compares them");
    }

    @Test
    void isACopyBothWays() {
        JsonObject tree = JsonParser.parseString(DOC).getAsJsonObject();
        Node n = Node.of(tree);
        tree.addProperty("groupId", "changed");
        assertEquals("sg-1", n.get("groupId").text(), "later changes to the source tree do not show");
        JsonObject copy = n.json().getAsJsonObject();
        copy.getAsJsonArray("ipPermissions").add(1);
        assertEquals(1, n.get("ipPermissions").list().size(), "changes to json() do not show");
    }

    @Test
    void pathSplitsAsStringSplitDoes() {
        Node n = Node.of(JsonParser.parseString("{\"a\":{\"b\":1,\"\":{\"c\":2}},\"\":3}"));
        for (String p : List.of("a", "a.b", "a.b.", "a..c", "a..", ".", "..", "", "a.", ".a", "x.y", "a.b.c")) {
            Node bySplit = n;
            for (String part : p.split("\\.")) bySplit = bySplit.get(part);
            assertEquals(bySplit, n.path(p), "path \"" + p + "\"");
        }
        assertEquals("2", n.path("a..c").text());
    }

    @Test
    void wideObjectsFindEveryMember() {
        JsonObject wide = new JsonObject();
        for (int i = 0; i < 200; i++) wide.addProperty("k" + i, i);  // past the shape pool's name limit too
        Node n = Node.of(wide);
        for (int i = 0; i < 200; i++) assertEquals((long) i, n.get("k" + i).number());
        assertTrue(n.get("k200").isMissing());
        assertEquals(wide, n.json());
    }

    @Test
    void objectsWithTheSameNamesShareTheirShape() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) nodes.add(Node.of(JsonParser.parseString("{\"vpcId\":\"vpc-" + i + "\",\"cidr\":\"10.0.0.0/16\"}")));
        CompactJson.Obj first = (CompactJson.Obj) CompactJson.of(nodes.get(0).json());
        CompactJson.Obj second = (CompactJson.Obj) CompactJson.of(nodes.get(1).json());
        assertSame(first.shape, second.shape);
        assertNotEquals(nodes.get(0), nodes.get(1));
        CompactJson.Obj reordered = (CompactJson.Obj) CompactJson.of(JsonParser.parseString("{\"cidr\":1,\"vpcId\":2}"));
        assertNotSame(first.shape, reordered.shape, "member order is part of the shape");
        assertEquals(Map.of(), Node.of(new JsonArray()).fields());
    }
}
