package org.msb.model.network;

/**
 * One route of a route table: a destination (a CIDR block, or a prefix list for gateway endpoints and
 * customer lists) and a target. Only an {@code active} route carries traffic; a {@code blackhole} route (its
 * target was deleted) drops it.
 *
 * @param destination null when the destination is a prefix list
 */
public record Route(Cidr destination, String destinationPrefixListId, RouteTarget target, String state) {

    public boolean isActive() { return state == null || state.equalsIgnoreCase("active"); }

    /** E.g. {@code 0.0.0.0/0 -> igw-0a1b2c3d (internet gateway)}. */
    public String describe() {
        return (destination != null ? destination.toString() : destinationPrefixListId) + " -> " + target.describe();
    }
}
