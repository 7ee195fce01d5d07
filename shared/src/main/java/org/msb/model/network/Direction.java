package org.msb.model.network;

/** Which way traffic flows through a security group or network ACL. */
public enum Direction {
    INGRESS("inbound"),
    EGRESS("outbound");

    private final String word;

    Direction(String word) { this.word = word; }

    /** As the EC2 console says it: inbound or outbound. */
    public String word() { return word; }
}
