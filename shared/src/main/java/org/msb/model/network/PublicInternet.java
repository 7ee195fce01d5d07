package org.msb.model.network;

import java.util.List;

/**
 * The public internet of each family: every address except the special-purpose blocks that cannot be a
 * source on the internet (IANA IPv4 and IPv6 Special-Purpose Address Registries, RFC 6890 and successors:
 * private, shared, loopback, link-local, documentation, benchmarking, multicast, reserved).
 */
final class PublicInternet {
    private PublicInternet() {}

    private static final List<String> NOT_PUBLIC_IPV4 = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    private static final List<String> NOT_PUBLIC_IPV6 = List.of(
            "::/128", "::1/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001:db8::/32",
            "fc00::/7", "fe80::/10", "ff00::/8");

    private static final AddressSet IPV4 = build(IpFamily.IPV4, NOT_PUBLIC_IPV4);
    private static final AddressSet IPV6 = build(IpFamily.IPV6, NOT_PUBLIC_IPV6);

    static AddressSet of(IpFamily family) { return family == IpFamily.IPV4 ? IPV4 : IPV6; }

    private static AddressSet build(IpFamily family, List<String> special) {
        return AddressSet.all(family).minus(AddressSet.of(family, special.stream().map(Cidr::parse).toList()));
    }
}
