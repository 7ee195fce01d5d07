package org.msb.cli.output;

import org.msb.cli.scan.ScanResult;

import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in one format. */
public interface ResultWriter {
    void write(ScanResult result, Writer out) throws IOException;

    static ResultWriter of(Format f) {
        return switch (f) {
            case text -> new TextResultWriter();
            case json -> new JsonResultWriter();
            case csv -> new CsvResultWriter();
        };
    }
}
