package org.msb.fact;

import java.util.List;

/** Every IAM Access Analyzer analyzer of this account in this region (ListAnalyzers, all types). */
public record AccessAnalyzers(List<AccessAnalyzer> analyzers) {
    public AccessAnalyzers {
        analyzers = analyzers == null ? List.of() : List.copyOf(analyzers);
    }
}
