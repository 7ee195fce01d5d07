package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CidrTest {

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0/0, 0.0.0.0/0, IPV4",
            "10.1.2.3/8, 10.0.0.0/8, IPV4",
            "203.0.113.7, 203.0.113.7/32, IPV4",
            "::/0, ::/0, IPV6",
            "2001:DB8:0:0:0:0:0:1/128, 2001:db8::1/128, IPV6",
            "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128, IPV6",
            "fe80::1:2/64, fe80::/64, IPV6",
            "::ffff:10.0.0.1/128, ::ffff:a00:1/128, IPV6",
            "1:2:3:4:5:6:7:8/128, 1:2:3:4:5:6:7:8/128, IPV6"})
    void parse_whenValid_givesCanonicalBlock(String text, String canonical, IpFamily family) {
        Cidr c = Cidr.parse(text);
        assertEquals(canonical, c.toString());
        assertEquals(family, c.family());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256/8", "10.0.0.0/33", "1.2.3/24", "1.2.3.4.5/32", "::1::/64", "::/129",
            "2001:db8::g/32", "1:2:3:4:5:6:7:8:9/128", "example.com", "10.0.0.0/-1", "0x0a.0.0.0/8", " "})
    void parse_whenMalformed_throwsNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
        assertTrue(e.getMessage().contains(text.trim()), e.getMessage());
    }

    @Test
    void firstAndLast_spanTheBlock() {
        Cidr c = Cidr.parse("192.168.1.0/24");
        assertEquals("192.168.1.0", Cidr.format(IpFamily.IPV4, c.first()));
        assertEquals("192.168.1.255", Cidr.format(IpFamily.IPV4, c.last()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0"})
    void reachesWholeInternet_whenAnyAddress_isTrue(String text) {
        assertTrue(Cidr.parse(text).reachesWholeInternet());
        assertTrue(Cidr.parse(text).isAnyAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/1", "128.0.0.0/1", "203.0.113.10/32", "8.8.8.8/32", "10.0.0.0/8", "2600::/16", "::/1"})
    void reachesWholeInternet_whenPartOfTheInternet_isFalse(String text) {
        assertFalse(Cidr.parse(text).reachesWholeInternet());
    }

    @ParameterizedTest
    @CsvSource({
            "8.8.8.8/32, true", "0.0.0.0/1, true", "52.94.0.0/16, true",
            "10.0.0.0/8, false", "172.16.0.0/12, false", "192.168.0.0/16, false", "100.64.0.0/10, false",
            "127.0.0.0/8, false", "169.254.169.254/32, false", "203.0.113.0/24, false",
            "2600:1f18::/32, true", "fd00::/8, false", "fe80::/10, false", "2001:db8::/32, false"})
    void includesPublicAddresses_followsTheSpecialPurposeRegistries(String text, boolean expected) {
        assertEquals(expected, Cidr.parse(text).includesPublicAddresses());
    }
}
