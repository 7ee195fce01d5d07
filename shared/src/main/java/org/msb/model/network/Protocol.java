package org.msb.model.network;

import java.util.Locale;

/**
 * An IP protocol as security groups ({@code ipProtocol}: {@code tcp}, {@code udp}, {@code icmp},
 * {@code icmpv6}, {@code -1} or a number) and network ACLs ({@code protocol}: a number as text, {@code -1}
 * for all) record it. {@link #ALL} includes every protocol.
 */
public record Protocol(int number) {
    public static final Protocol ALL = new Protocol(-1);
    public static final Protocol ICMP = new Protocol(1);
    public static final Protocol TCP = new Protocol(6);
    public static final Protocol UDP = new Protocol(17);
    public static final Protocol ICMPV6 = new Protocol(58);

    public Protocol {
        if (number < -1 || number > 255) throw new IllegalArgumentException("protocol number " + number + " is not -1 or 0-255");
    }

    /** Reads a recorded protocol: a name, a number, or {@code -1}/{@code all} for every protocol. */
    public static Protocol parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("protocol is missing");
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "-1", "all" -> { return ALL; }
            case "tcp" -> { return TCP; }
            case "udp" -> { return UDP; }
            case "icmp" -> { return ICMP; }
            case "icmpv6" -> { return ICMPV6; }
            default -> { }
        }
        if (!t.matches("\\d{1,3}")) throw new IllegalArgumentException("protocol \"" + text + "\" is not a protocol name or number");
        int n = Integer.parseInt(t);
        if (n > 255) throw new IllegalArgumentException("protocol \"" + text + "\" is not a protocol number (0-255)");
        return new Protocol(n);
    }

    /** True when a rule for this protocol also covers traffic of {@code other}. */
    public boolean includes(Protocol other) { return number == -1 || number == other.number; }

    /** TCP and UDP are the protocols whose rules name ports. */
    public boolean usesPorts() { return number == 6 || number == 17; }

    public boolean isAll() { return number == -1; }

    /** The name AWS shows: tcp, udp, icmp, icmpv6, all, or the number. */
    public String label() {
        return switch (number) {
            case -1 -> "all";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "icmpv6";
            default -> Integer.toString(number);
        };
    }

    @Override public String toString() { return label(); }
}
