package org.msb.rules.securityhubstandards;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Standards ARNs of every form and partition reduce to name and version; the parameter format accepts exactly those. */
class StandardIdTest {

    @Test
    void parse_whenArnsOfOtherRegionsPartitionsOrTheRulesetForm_givesNameAndVersion() {
        assertEquals(new StandardId("aws-foundational-security-best-practices", "1.0.0"),
                StandardId.parse("arn:aws:securityhub:ap-southeast-2::standards/aws-foundational-security-best-practices/v/1.0.0"));
        assertEquals(new StandardId("nist-800-53", "5.0.0"), StandardId.parse("arn:aws-us-gov:securityhub:us-gov-west-1::standards/nist-800-53/v/5.0.0"));
        assertEquals(new StandardId("cis-aws-foundations-benchmark", "1.2.0"),
                StandardId.parse("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0"));
        assertEquals(new StandardId("pci-dss", null), StandardId.parse("pci-dss"));
        assertNull(StandardId.parse("PCI DSS v4"));
    }

    @Test
    void matches_whenNoVersionRequired_acceptsAnyVersionButNotAnotherStandard() {
        StandardId cis = StandardId.parse("cis-aws-foundations-benchmark");
        assertTrue(cis.matches(StandardId.parse("arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0")));
        assertFalse(StandardId.parse("cis-aws-foundations-benchmark/v/3.0.0")
                .matches(StandardId.parse("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0")));
        assertFalse(cis.matches(StandardId.parse("arn:aws:securityhub:eu-west-1::standards/pci-dss/v/3.2.1")));
    }

    @Test
    void format_acceptsNamesVersionsAndArnsOnly() {
        Pattern p = Pattern.compile(StandardId.FORMAT);
        assertTrue(p.matcher("pci-dss/v/4.0.1").matches());
        assertTrue(p.matcher("arn:aws-cn:securityhub:cn-north-1::standards/aws-foundational-security-best-practices/v/1.0.0").matches());
        assertFalse(p.matcher("arn:aws:securityhub:eu-west-1:111122223333:subscription/pci-dss/v/3.2.1").matches(),
                "a subscription ARN is not a standards ARN");
        assertFalse(p.matcher("pci-dss v4").matches());
    }
}
