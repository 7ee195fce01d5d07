package org.msb.fact.loader;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CsvTableTest {

    @Test
    void parse_quotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"line\nbreak\",\r\n");
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(Map.of("a", "1", "b", "x, y", "c", "say \"hi\""), t.rows().get(0));
        assertEquals("line\nbreak", t.rows().get(1).get("b"));
        assertEquals("", t.rows().get(1).get("c"));
        assertEquals(2, t.rows().size());
    }

    @Test
    void parse_withoutFinalLineBreakBlankLinesAndByteOrderMark() {
        CsvTable t = CsvTable.parse("\uFEFFuser,arn\n\nx,arn:aws:iam::1:user/x");
        assertEquals(List.of("user", "arn"), t.header());
        assertEquals(1, t.rows().size());
        assertEquals("arn:aws:iam::1:user/x", t.rows().get(0).get("arn"));
    }

    @Test
    void parse_shortRowGivesNullsForTheMissingColumns() {
        assertNull(CsvTable.parse("a,b,c\n1,2\n").rows().get(0).get("c"));
    }

    @Test
    void parse_whenMalformed_namesTheProblem() {
        assertEquals("CSV line 2: a quoted field is not closed",
                assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a,b\n1,\"open\n")).getMessage());
        assertEquals("CSV row 2 has 3 fields, the header 2",
                assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a,b\n1,2,3\n")).getMessage());
        assertEquals("the CSV has no header row", assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("")).getMessage());
    }
}
