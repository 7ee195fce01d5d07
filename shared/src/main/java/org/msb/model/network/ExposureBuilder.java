package org.msb.model.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what lets public addresses reach one port, and names the culprits of an {@link Exposure}: the
 * rules whose own range is the whole internet when there are any (a {@code 0.0.0.0/0} rule, not the admin
 * {@code /32} beside it), otherwise every rule that let public addresses in (halves that only together cover it).
 */
final class ExposureBuilder {
    private record Part(String source, String rule, boolean wholeOnItsOwn) {}

    private final List<Part> parts = new ArrayList<>();

    /**
     * @param admitted the public addresses this rule let in (for an ACL entry: only those no earlier entry decided)
     * @param range everything the rule names, whether or not an earlier entry decided it first
     */
    void add(String source, String rule, AddressSet admitted, AddressSet range) {
        if (admitted.includesPublicAddresses()) parts.add(new Part(source, rule, range.reachesWholeInternet()));
    }

    boolean isEmpty() { return parts.isEmpty(); }

    Exposure build(Protocol protocol, int port, IpFamily family) {
        List<Part> whole = parts.stream().filter(Part::wholeOnItsOwn).toList();
        Set<String> sources = new LinkedHashSet<>(), rules = new LinkedHashSet<>();
        for (Part p : whole.isEmpty() ? parts : whole) {
            sources.add(p.source());
            rules.add(p.rule());
        }
        return new Exposure(protocol, port, family, List.copyOf(sources), List.copyOf(rules));
    }
}
