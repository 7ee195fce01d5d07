package org.msb.model.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A set of addresses of one family, kept as sorted, disjoint ranges, so that several CIDR blocks can be
 * reasoned about together: {@code 0.0.0.0/1} and {@code 128.0.0.0/1} together reach the whole internet,
 * and a network-ACL deny carves its block out of what later entries may allow. Immutable.
 */
public final class AddressSet {

    /** An inclusive range of addresses. */
    public record Range(BigInteger first, BigInteger last) {
        public Range {
            if (first.compareTo(last) > 0) throw new IllegalArgumentException("range " + first + " > " + last);
        }
    }

    private final IpFamily family;
    private final List<Range> ranges;

    private AddressSet(IpFamily family, List<Range> normalised) {
        this.family = family;
        this.ranges = List.copyOf(normalised);
    }

    public static AddressSet empty(IpFamily family) { return new AddressSet(family, List.of()); }

    /** Every address of the family. */
    public static AddressSet all(IpFamily family) {
        return new AddressSet(family, List.of(new Range(BigInteger.ZERO, family.maxAddress())));
    }

    public static AddressSet of(Cidr cidr) {
        return new AddressSet(cidr.family(), List.of(new Range(cidr.first(), cidr.last())));
    }

    /** The union of the blocks of {@code family}; blocks of the other family are ignored. */
    public static AddressSet of(IpFamily family, Collection<Cidr> cidrs) {
        List<Range> rs = new ArrayList<>();
        for (Cidr c : cidrs) if (c.family() == family) rs.add(new Range(c.first(), c.last()));
        return new AddressSet(family, normalise(rs));
    }

    public IpFamily family() { return family; }

    public List<Range> ranges() { return ranges; }

    public boolean isEmpty() { return ranges.isEmpty(); }

    public AddressSet union(AddressSet other) {
        requireSameFamily(other);
        List<Range> rs = new ArrayList<>(ranges);
        rs.addAll(other.ranges);
        return new AddressSet(family, normalise(rs));
    }

    public AddressSet union(Cidr cidr) { return union(of(cidr)); }

    public AddressSet intersect(AddressSet other) {
        requireSameFamily(other);
        List<Range> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            Range a = ranges.get(i), b = other.ranges.get(j);
            BigInteger lo = a.first().max(b.first()), hi = a.last().min(b.last());
            if (lo.compareTo(hi) <= 0) out.add(new Range(lo, hi));
            if (a.last().compareTo(b.last()) < 0) i++; else j++;
        }
        return new AddressSet(family, out);
    }

    public AddressSet minus(AddressSet other) {
        requireSameFamily(other);
        List<Range> out = new ArrayList<>();
        for (Range a : ranges) {
            BigInteger start = a.first();
            boolean consumed = false;
            for (Range b : other.ranges) {
                if (b.last().compareTo(start) < 0) continue;
                if (b.first().compareTo(a.last()) > 0) break;
                if (b.first().compareTo(start) > 0) out.add(new Range(start, b.first().subtract(BigInteger.ONE)));
                if (b.last().compareTo(a.last()) >= 0) { consumed = true; break; }
                start = b.last().add(BigInteger.ONE);
            }
            if (!consumed) out.add(new Range(start, a.last()));
        }
        return new AddressSet(family, out);
    }

    public boolean containsAll(AddressSet other) { return other.minus(this).isEmpty(); }

    /**
     * True when every public address of the family is in the set: what "open to the whole internet" means
     * whether it is written {@code 0.0.0.0/0}, as two {@code /1} halves, or as {@code 0.0.0.0/0} minus
     * private ranges.
     */
    public boolean reachesWholeInternet() { return containsAll(PublicInternet.of(family)); }

    /** True when at least one public address is in the set. */
    public boolean includesPublicAddresses() { return !intersect(PublicInternet.of(family)).isEmpty(); }

    private void requireSameFamily(AddressSet other) {
        if (other.family != family) throw new IllegalArgumentException("cannot combine " + family + " and " + other.family + " addresses");
    }

    private static List<Range> normalise(List<Range> rs) {
        List<Range> sorted = new ArrayList<>(rs);
        sorted.sort(Comparator.comparing(Range::first));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            if (!out.isEmpty()) {
                Range last = out.get(out.size() - 1);
                if (r.first().compareTo(last.last().add(BigInteger.ONE)) <= 0) {  // overlapping or adjacent
                    out.set(out.size() - 1, new Range(last.first(), last.last().max(r.last())));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    @Override public boolean equals(Object o) {
        return o instanceof AddressSet s && s.family == family && s.ranges.equals(ranges);
    }

    @Override public int hashCode() { return Objects.hash(family, ranges); }

    @Override public String toString() {
        StringBuilder b = new StringBuilder(family.name()).append('[');
        for (Range r : ranges) {
            if (b.charAt(b.length() - 1) != '[') b.append(", ");
            b.append(Cidr.format(family, r.first())).append(" - ").append(Cidr.format(family, r.last()));
        }
        return b.append(']').toString();
    }
}
