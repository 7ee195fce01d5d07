package org.msb.model.network;

/**
 * An inclusive range of TCP or UDP ports. Security groups record {@code fromPort}/{@code toPort} (absent or
 * -1 for all-protocol rules); network ACLs record {@code portRange.from}/{@code portRange.to}.
 */
public record PortRange(int from, int to) {
    public static final int MAX_PORT = 65535;
    public static final PortRange ALL = new PortRange(0, MAX_PORT);

    public PortRange {
        if (from < 0 || to > MAX_PORT || from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-" + MAX_PORT);
        }
    }

    /** From recorded bounds; both absent, or either -1, means every port (how EC2 records "all"). */
    public static PortRange of(Long from, Long to) {
        if ((from == null && to == null) || (from != null && from == -1) || (to != null && to == -1)) return ALL;
        if (from == null || to == null) throw new IllegalArgumentException("port range has only one bound (" + from + ", " + to + ")");
        if (from < 0 || to > MAX_PORT || from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-" + MAX_PORT);
        }
        return new PortRange(from.intValue(), to.intValue());
    }

    public static PortRange single(int port) { return new PortRange(port, port); }

    public boolean contains(int port) { return port >= from && port <= to; }

    public boolean isAll() { return from == 0 && to == MAX_PORT; }

    @Override public String toString() { return from == to ? Integer.toString(from) : from + "-" + to; }
}
