package org.msb.model.edge;

import java.util.Locale;

/**
 * A DNS name in the form two names are compared in: lower case, without the trailing dot of a fully
 * qualified name, and without the {@code dualstack.} prefix Route 53 alias records put before a load
 * balancer's name ({@code dualstack.web-1.eu-west-1.elb.amazonaws.com.} is {@code web-1.eu-west-1.elb.amazonaws.com}).
 */
public record DnsName(String value) {

    public static DnsName of(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        while (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        if (n.startsWith("dualstack.")) n = n.substring("dualstack.".length());
        return new DnsName(n);
    }

    /** True when both name the same host once normalised; false when either is missing. */
    public static boolean same(String a, String b) {
        DnsName x = of(a), y = of(b);
        return x != null && x.equals(y);
    }

    @Override public String toString() { return value; }
}
