package org.msb.item;

/** Config's configurationItemStatus values. Only OK and ResourceDiscovered are evaluated. */
public enum ItemStatus {
    OK, ResourceDiscovered, ResourceNotRecorded, ResourceDeleted, ResourceDeletedNotRecorded;

    public boolean isEvaluable() { return this == OK || this == ResourceDiscovered; }

    public static ItemStatus parse(String s) {
        if (s == null || s.isEmpty()) return OK;
        for (ItemStatus v : values()) if (v.name().equals(s)) return v;
        throw new IllegalArgumentException("unknown configurationItemStatus \"" + s + "\"");
    }
}
