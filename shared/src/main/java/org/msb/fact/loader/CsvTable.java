package org.msb.fact.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV document with a header row (RFC 4180: comma-separated, fields optionally in double quotes, a quote
 * inside a quoted field doubled, CRLF or LF line ends, quoted fields may span lines). The credential report
 * is such a document. Hand-written because the usual library (commons-csv) needs commons-codec at class
 * load, which the rule Lambda jars leave out.
 */
final class CsvTable {
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private CsvTable(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * @throws IllegalArgumentException naming the line of an unterminated quote, a row with more fields than
     *                                  the header, or a missing header
     */
    static CsvTable parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) throw new IllegalArgumentException("the CSV has no header row");
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) continue;  // a blank line
            if (r.size() > header.size()) {
                throw new IllegalArgumentException("CSV row " + (i + 1) + " has " + r.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) row.put(header.get(c), c < r.size() ? r.get(c) : null);
            rows.add(Collections.unmodifiableMap(row));
        }
        return new CsvTable(List.copyOf(header), List.copyOf(rows));
    }

    List<String> header() { return header; }

    /** Rows as column name to value; a value is null when the row is shorter than the header. */
    List<Map<String, String>> rows() { return rows; }

    private static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, any = false;
        int line = 1, quoteLine = 0;
        int n = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;  // a byte-order mark
        for (; i < n; i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                line++;
                any = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("CSV line " + quoteLine + ": a quoted field is not closed");
        if (any) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }
}
