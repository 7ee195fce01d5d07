package org.msb.model.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The metric-filter patterns the CIS AWS Foundations Benchmark (v1.2 section 3, v1.4+ section 4) and Security Hub's
 * CloudWatch.1-14 remediation text give, verbatim, as people paste them into their accounts. The text is kept as
 * data in {@code monitoring/cis-patterns.properties}, one pattern a line.
 */
public final class CisPatterns {
    private CisPatterns() {}

    private static final Properties TEXT = load("/monitoring/cis-patterns.properties");

    /** The benchmark's pattern for every event. */
    public static final Map<CisMonitoringEvent, String> BENCHMARK = benchmark();

    /** Security Hub's newer forms where they differ (CloudWatch.2 and .3 in CIS v1.4/v3.0). */
    public static final String UNAUTHORIZED_V3 = text("securityhub.UNAUTHORIZED_API_CALLS");
    public static final String NO_MFA_V3 = text("securityhub.CONSOLE_SIGNIN_WITHOUT_MFA");

    private static Map<CisMonitoringEvent, String> benchmark() {
        Map<CisMonitoringEvent, String> out = new EnumMap<>(CisMonitoringEvent.class);
        for (CisMonitoringEvent e : CisMonitoringEvent.values()) out.put(e, text("benchmark." + e.name()));
        return out;
    }

    private static String text(String key) {
        String pattern = TEXT.getProperty(key);
        if (pattern == null) throw new IllegalStateException("monitoring/cis-patterns.properties has no " + key);
        return pattern;
    }

    private static Properties load(String resource) {
        try (InputStream in = CisPatterns.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
