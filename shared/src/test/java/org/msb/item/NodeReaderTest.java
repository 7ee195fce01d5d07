package org.msb.item;

import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeReaderTest {

    @Test
    void readsWhatJsonParserReads() throws IOException {
        String doc = """
                {"s":"text","i":42,"d":-0.50,"e":1E+3,"t":true,"f":false,"n":null,"a":[1,"1",[],{}],"o":{"x":{"y":[null]}},
                 "esc":"quote \\" tab \\t \\u00e9","dup":1,"dup":2}""";
        Node n = read(doc);
        assertEquals(JsonParser.parseString(doc), n.json());
        assertEquals(Node.of(JsonParser.parseString(doc)), n);
        assertEquals("-0.50", n.get("d").text());
        assertEquals("1E+3", n.get("e").text());
        assertEquals("2", n.get("dup").text(), "a repeated name replaces the earlier value");
        assertEquals(JsonParser.parseString(doc).toString(), n.toString());
    }

    @Test
    void repeatedNamesInAWideObjectReplaceToo() throws IOException {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < 40; i++) s.append("\"k").append(i).append("\":").append(i).append(',');
        s.append("\"k3\":\"again\",\"k39\":\"last\"}");
        Node n = read(s.toString());
        assertEquals(JsonParser.parseString(s.toString()), n.json());
        assertEquals("again", n.get("k3").text());
        assertEquals(40, n.fields().size());
    }

    @Test
    void sharesRepeatedNamesAndValuesAcrossTheValuesItReads() throws IOException {
        NodeReader r = new NodeReader();
        Node a = r.read(reader("{\"resourceType\":\"AWS::EC2::VPC\",\"awsRegion\":\"eu-west-1\",\"n\":443}"));
        Node b = r.read(reader("{\"resourceType\":\"AWS::EC2::VPC\",\"awsRegion\":\"eu-west-1\",\"n\":443}"));
        assertSame(a.get("resourceType").text(), b.get("resourceType").text());
        assertSame(a.get("awsRegion").text(), b.get("awsRegion").text());
        assertSame(a.fields().keySet().iterator().next(), b.fields().keySet().iterator().next());
        assertEquals(a, b);
    }

    @Test
    void aValueThatIsNotThereIsMalformed() throws IOException {
        JsonReader in = reader("{\"a\":1}");
        in.beginObject();
        assertThrows(IOException.class, () -> new NodeReader().read(in));  // a name, not a value
        assertThrows(MalformedJsonException.class, () -> new NodeReader().read(reader("{\"a\": }")));
        assertTrue(new NodeReader().read(reader("null")).isMissing());
    }

    private static Node read(String json) throws IOException { return new NodeReader().read(reader(json)); }

    private static JsonReader reader(String json) {
        JsonReader in = new JsonReader(new StringReader(json));
        in.setStrictness(Strictness.LENIENT);
        return in;
    }
}
