package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

/** Reads network values from one configuration item; a value AWS would never record names the item and the path. */
final class ItemFields {
    private final ConfigurationItem item;

    ItemFields(ConfigurationItem item) { this.item = item; }

    Cidr cidr(String text, String path) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    Protocol protocol(Node node, String path) {
        try {
            return Protocol.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    PortRange ports(Node from, Node to, String path) {
        try {
            return PortRange.of(from.number(), to.number());
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    InvalidItemException error(String path, String problem) {
        return new InvalidItemException(item.resourceType() + " " + item.resourceId() + ": configuration." + path + ": " + problem);
    }
}
