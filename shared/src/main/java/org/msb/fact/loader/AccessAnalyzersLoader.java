package org.msb.fact.loader;

import org.msb.fact.AccessAnalyzer;
import org.msb.fact.AccessAnalyzers;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

import java.util.List;

/**
 * {@code accessanalyzer.analyzers}: ListAnalyzers (paginated, every type). An organization analyzer lives in
 * the management or delegated administrator account; a member account does not list it.
 */
public final class AccessAnalyzersLoader implements FactLoader<AccessAnalyzers> {

    @Override
    public AccessAnalyzers load(AwsClients clients) {
        AccessAnalyzerClient aa = clients.regional(AccessAnalyzerClient.class, AccessAnalyzerClient::builder);
        List<AnalyzerSummary> all = AwsCall.read("IAM Access Analyzer", "ListAnalyzers", "access-analyzer:ListAnalyzers",
                () -> aa.listAnalyzersPaginator(r -> {}).analyzers().stream().toList());
        return new AccessAnalyzers(all.stream().map(a -> new AccessAnalyzer(a.name(), a.arn(), a.typeAsString(), a.statusAsString(),
                a.statusReason() == null ? null : a.statusReason().codeAsString())).toList());
    }
}
