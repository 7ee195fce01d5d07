package org.msb.fact.loader;

import org.msb.error.FactUnavailableException;
import org.msb.fact.CredentialReport;
import org.msb.fact.IamFacts;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * {@code iam.credentialReport}: asks IAM to generate the credential report, then reads it. Generation is
 * asynchronous: while GetCredentialReport answers ReportInProgress, ReportNotPresent or ReportExpired the
 * loader asks again every {@code pollInterval}, for at most {@code maxWait}, then gives up with a
 * {@link FactUnavailableException} saying so (a verdict is never made without the report). IAM reuses a
 * report younger than four hours, so most loads make two calls.
 */
public final class CredentialReportLoader implements FactLoader<CredentialReport> {
    /** GetCredentialReport's answers while there is no current report yet. */
    static final Set<String> NOT_READY = Set.of("ReportInProgress", "ReportNotPresent", "ReportExpired");

    /** How long one pause lasts; a seam so tests do not sleep. */
    interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private final Duration maxWait;
    private final Duration pollInterval;
    private final Clock clock;
    private final Pause pause;

    /** At most 60 s of waiting, asking every 2 s (the rules that read it run with a 120 s timeout). */
    public CredentialReportLoader() {
        this(Duration.ofSeconds(60), Duration.ofSeconds(2), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    CredentialReportLoader(Duration maxWait, Duration pollInterval, Clock clock, Pause pause) {
        this.maxWait = maxWait;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public CredentialReport load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        Instant deadline = clock.instant().plus(maxWait);
        String state = null;
        int attempts = 0;
        while (true) {
            state = AwsCall.read("IAM", "GenerateCredentialReport", "iam:GenerateCredentialReport",
                    () -> iam.generateCredentialReport().stateAsString());
            GetCredentialReportResponse r = AwsCall.readOptional("IAM", "GetCredentialReport", "iam:GetCredentialReport", NOT_READY,
                    iam::getCredentialReport);
            attempts++;
            if (r != null) return parse(r);
            if (!clock.instant().plus(pollInterval).isBefore(deadline)) {
                throw new FactUnavailableException(IamFacts.CREDENTIAL_REPORT.name(), "IAM was still generating the credential report after "
                        + maxWait.toSeconds() + " s (" + attempts + " attempts, last state " + state + "); run the evaluation again");
            }
            try {
                pause.pause(pollInterval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FactUnavailableException(IamFacts.CREDENTIAL_REPORT.name(), "interrupted while waiting for the credential report", e);
            }
        }
    }

    private static CredentialReport parse(GetCredentialReportResponse r) {
        String format = r.reportFormatAsString();
        if (format != null && !format.equals("text/csv")) {
            throw new FactUnavailableException(IamFacts.CREDENTIAL_REPORT.name(), "GetCredentialReport returned format " + format + ", not text/csv");
        }
        if (r.content() == null) throw new FactUnavailableException(IamFacts.CREDENTIAL_REPORT.name(), "GetCredentialReport returned no content");
        String csv = r.content().asString(StandardCharsets.UTF_8);  // the SDK has decoded the base64 already
        try {
            return CredentialReportParser.parse(csv, r.generatedTime() == null ? null : r.generatedTime().toString());
        } catch (IllegalArgumentException e) {
            throw new FactUnavailableException(IamFacts.CREDENTIAL_REPORT.name(), "the report IAM returned cannot be read: " + e.getMessage(), e);
        }
    }
}
