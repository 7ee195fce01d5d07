package org.msb.model.network;

import java.math.BigInteger;

/** The two address families a security group or network ACL can name. */
public enum IpFamily {
    IPV4(32, "0.0.0.0/0"),
    IPV6(128, "::/0");

    private final int bits;
    private final String anyAddress;

    IpFamily(int bits, String anyAddress) {
        this.bits = bits;
        this.anyAddress = anyAddress;
    }

    public int bits() { return bits; }

    /** The CIDR that names every address of the family: {@code 0.0.0.0/0} or {@code ::/0}. */
    public String anyAddress() { return anyAddress; }

    /** The highest address of the family as a number. */
    public BigInteger maxAddress() { return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE); }
}
