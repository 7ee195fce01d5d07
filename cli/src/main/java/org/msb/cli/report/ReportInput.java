package org.msb.cli.report;

import com.google.gson.JsonObject;
import org.msb.cli.scan.ScanResult;

import java.nio.file.Path;

/**
 * One scan the report covers, and what it came from, for the evidence: a world file (copied as is), the
 * demo world (its JSON), a scan result file, or live AWS Config (none of the three: there is no world to keep).
 */
public record ReportInput(ScanResult scan, Path worldFile, JsonObject worldJson, Path scanFile) {
    public static ReportInput ofWorldFile(ScanResult s, Path f) { return new ReportInput(s, f, null, null); }
    public static ReportInput ofWorldJson(ScanResult s, JsonObject w) { return new ReportInput(s, null, w, null); }
    public static ReportInput ofScanFile(ScanResult s, Path f) { return new ReportInput(s, null, null, f); }
    public static ReportInput ofLiveConfig(ScanResult s) { return new ReportInput(s, null, null, null); }
}
