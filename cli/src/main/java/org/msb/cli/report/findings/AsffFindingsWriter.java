package org.msb.cli.report.findings;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import org.msb.cli.scan.ScanResult;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes scan results as one JSON array of ASFF findings, each exactly as BatchImportFindings takes it
 * ({@link AsffFindings}). A BatchImportFindings call takes at most {@value #MAX_BATCH} findings (Security Hub
 * API Reference, BatchImportFindings: Findings, 1 to 100 items): {@link #batches} splits a list for import.
 */
public final class AsffFindingsWriter {
    public static final int MAX_BATCH = 100;

    public void write(List<ScanResult> scans, Writer out) throws IOException {
        JsonArray array = new JsonArray();
        for (AwsSecurityFinding f : AsffFindings.of(scans)) array.add(SdkJson.toJson(f));
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array, out);
        out.write('\n');
        out.flush();
    }

    /** The findings in order, in batches of at most 100 (one BatchImportFindings call each). */
    public static <T> List<List<T>> batches(List<T> findings) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < findings.size(); from += MAX_BATCH) {
            out.add(List.copyOf(findings.subList(from, Math.min(findings.size(), from + MAX_BATCH))));
        }
        return out;
    }
}
