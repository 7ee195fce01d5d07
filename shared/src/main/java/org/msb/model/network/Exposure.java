package org.msb.model.network;

import java.util.List;

/**
 * One port of one protocol that the whole internet of one address family can reach, with what makes it so:
 * the public source ranges (CIDR blocks, or prefix lists by id) and the rules that allow them
 * ({@code inbound rule #2 (tcp 0-65535)}, {@code inbound rule 100}). Several rules appear when only
 * together they cover the internet ({@code 0.0.0.0/1} and {@code 128.0.0.0/1}).
 */
public record Exposure(Protocol protocol, int port, IpFamily family, List<String> sources, List<String> rules) {
    public Exposure {
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
    }
}
