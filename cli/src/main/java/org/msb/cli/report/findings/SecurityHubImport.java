package org.msb.cli.report.findings;

import org.msb.error.AwsCallException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.BatchImportFindingsResponse;
import software.amazon.awssdk.services.securityhub.model.ImportFindingsError;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends findings to Security Hub with BatchImportFindings, 100 a call. Findings Security Hub refuses come back
 * with their id and reason; a failed call is an {@link AwsCallException}.
 */
public final class SecurityHubImport {

    /** What Security Hub said: how many it took, and each refused finding with its error. */
    public record Outcome(int calls, int succeeded, List<ImportFindingsError> failed) {}

    private SecurityHubImport() {}

    public static Outcome send(SecurityHubClient client, List<AwsSecurityFinding> findings) {
        int calls = 0, ok = 0;
        List<ImportFindingsError> failed = new ArrayList<>();
        for (List<AwsSecurityFinding> batch : AsffFindingsWriter.batches(findings)) {
            BatchImportFindingsResponse r;
            try {
                r = client.batchImportFindings(b -> b.findings(batch));
            } catch (SdkException e) {
                throw new AwsCallException("Security Hub BatchImportFindings failed after " + ok + " finding(s) were imported: " + e.getMessage(), e);
            }
            calls++;
            ok += r.successCount() == null ? 0 : r.successCount();
            failed.addAll(r.failedFindings());
        }
        return new Outcome(calls, ok, failed);
    }
}
