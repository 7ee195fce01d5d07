package org.msb.rules.securityhubstandards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Security Hub standard as a name and an optional version, read from a standards ARN or from the short form
 * a user writes. Standards ARNs differ by region and form: {@code arn:aws:securityhub:eu-west-1::standards/pci-dss/v/3.2.1},
 * but the region-less {@code arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0} for CIS 1.2.0;
 * both reduce to name and version, so one parameter serves every region.
 *
 * @param version null when any version will do
 */
record StandardId(String name, String version) {
    /** Either a standards ARN (any partition and region, "standards/" or "ruleset/") or "name" / "name/v/version". */
    static final String FORMAT = "(arn:aws[a-z-]*:securityhub:[a-z0-9-]*::(standards|ruleset)/)?[a-z0-9][a-z0-9-]*(/v/\\d+(\\.\\d+)*)?";
    private static final Pattern PARTS = Pattern.compile("(?:arn:[^:]+:securityhub:[^:]*::(?:standards|ruleset)/)?([a-z0-9][a-z0-9-]*)(?:/v/([\\d.]+))?");

    static StandardId parse(String text) {
        Matcher m = PARTS.matcher(text == null ? "" : text.trim());
        if (!m.matches()) return null;
        return new StandardId(m.group(1), m.group(2));
    }

    /** True when {@code subscribed} (always with a version) is this standard, in this version if one is named. */
    boolean matches(StandardId subscribed) {
        return subscribed != null && name.equals(subscribed.name) && (version == null || version.equals(subscribed.version));
    }

    @Override public String toString() { return version == null ? name : name + " v" + version; }
}
