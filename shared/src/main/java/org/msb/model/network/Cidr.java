package org.msb.model.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR block such as {@code 0.0.0.0/0}, {@code 10.0.0.0/8} or {@code 2001:db8::/32}. Host
 * bits are cleared ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}); a bare address is a single host. Parsing is
 * done here, never by {@code InetAddress}, so a malformed value can never turn into a DNS lookup.
 */
public record Cidr(IpFamily family, BigInteger network, int prefixLength) {
    /** Compiled once: every route, rule and address of every item is parsed through here. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    public Cidr {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(network, "network");
        if (prefixLength < 0 || prefixLength > family.bits()) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " is not within 0-" + family.bits());
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(family.bits() - prefixLength).subtract(BigInteger.ONE);
        network = network.andNot(hostMask);
    }

    /**
     * Reads a CIDR block as EC2 records it.
     *
     * @throws IllegalArgumentException naming the text when it is not an IPv4 or IPv6 CIDR block
     */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("CIDR block is missing");
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        IpFamily family = address.contains(":") ? IpFamily.IPV6 : IpFamily.IPV4;
        BigInteger value = family == IpFamily.IPV4 ? ipv4(address, text) : ipv6(address, text);
        int prefix = family.bits();
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!DECIMAL.matcher(p).matches() || Integer.parseInt(p) > family.bits()) {
                throw new IllegalArgumentException("\"" + text + "\" is not a CIDR block: prefix length must be 0-" + family.bits());
            }
            prefix = Integer.parseInt(p);
        }
        return new Cidr(family, value, prefix);
    }

    /** The lowest address in the block. */
    public BigInteger first() { return network; }

    /** The highest address in the block. */
    public BigInteger last() { return network.add(BigInteger.ONE.shiftLeft(family.bits() - prefixLength)).subtract(BigInteger.ONE); }

    /** True for {@code 0.0.0.0/0} and {@code ::/0}. */
    public boolean isAnyAddress() { return prefixLength == 0; }

    /** True when this block alone holds every public address of its family (e.g. {@code 0.0.0.0/0}). */
    public boolean reachesWholeInternet() { return AddressSet.of(this).reachesWholeInternet(); }

    /** True when this block holds at least one public address ({@code 8.8.8.8/32} does, {@code 10.0.0.0/8} does not). */
    public boolean includesPublicAddresses() { return AddressSet.of(this).includesPublicAddresses(); }

    @Override public String toString() { return format(family, network) + "/" + prefixLength; }

    private static BigInteger ipv4(String address, String original) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) throw notCidr(original);
        long v = 0;
        for (String part : parts) {
            if (!DECIMAL.matcher(part).matches() || Integer.parseInt(part) > 255) throw notCidr(original);
            v = (v << 8) | Integer.parseInt(part);
        }
        return BigInteger.valueOf(v);
    }

    private static BigInteger ipv6(String address, String original) {
        String a = address;
        List<Integer> tail4 = new ArrayList<>();
        int lastColon = a.lastIndexOf(':');
        if (a.indexOf('.', lastColon) > 0) {  // embedded IPv4 such as ::ffff:10.0.0.1
            long v4 = ipv4(a.substring(lastColon + 1), original).longValue();
            tail4.add((int) (v4 >>> 16));
            tail4.add((int) (v4 & 0xffff));
            a = a.substring(0, lastColon + 1) + "0";  // placeholder group, replaced below
        }
        int gap = a.indexOf("::");
        if (gap != a.lastIndexOf("::")) throw notCidr(original);
        List<Integer> head = groups(gap < 0 ? a : a.substring(0, gap), original);
        List<Integer> tail = gap < 0 ? List.of() : groups(a.substring(gap + 2), original);
        if (!tail4.isEmpty()) {  // drop the placeholder, append the two groups of the IPv4 part
            List<Integer> target = gap < 0 ? head : tail;
            if (target.isEmpty()) throw notCidr(original);
            target.remove(target.size() - 1);
            target.addAll(tail4);
        }
        int count = head.size() + tail.size();
        if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) throw notCidr(original);
        List<Integer> all = new ArrayList<>(head);
        for (int i = count; i < 8; i++) all.add(0);
        all.addAll(tail);
        BigInteger v = BigInteger.ZERO;
        for (int g : all) v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        return v;
    }

    private static List<Integer> groups(String s, String original) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        for (String g : s.split(":", -1)) {
            if (!HEX_GROUP.matcher(g).matches()) throw notCidr(original);
            out.add(Integer.parseInt(g, 16));
        }
        return out;
    }

    private static IllegalArgumentException notCidr(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not an IPv4 or IPv6 CIDR block");
    }

    /** Dotted quad, or RFC 5952 text (lower case, longest run of zero groups as "::"). */
    static String format(IpFamily family, BigInteger address) {
        if (family == IpFamily.IPV4) {
            long v = address.longValue();
            return (v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') b.append(':');
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }
}
