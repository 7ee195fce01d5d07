package org.msb.item;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The member names of a JSON object, in document order, shared by every object with the same names: the items
 * of one resource type repeat a handful of shapes, so a world of 100,000 items holds a few hundred of them
 * instead of a map per object. Looking a name up is a scan of a few names, or a hash lookup for wide objects.
 */
final class Shape {
    /** Enough for every AWS resource schema; past these, shapes are still correct, only not shared (bounded memory). */
    private static final int POOL_LIMIT = 16_384;
    private static final int POOLED_NAMES = 64;
    private static final int INDEXED_FROM = 9;
    private static final Map<Key, Shape> POOL = new ConcurrentHashMap<>();
    static final Shape EMPTY = new Shape(new String[0]);

    private final String[] names;
    /** Name to position, for wide objects only. */
    private final Map<String, Integer> index;

    private Shape(String[] names) {
        this.names = names;
        if (names.length < INDEXED_FROM) {
            index = null;
        } else {
            index = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) index.put(names[i], i);
        }
    }

    /** The shared shape of these names (distinct, in order); the array must not change afterwards. */
    static Shape of(String[] names) {
        if (names.length == 0) return EMPTY;
        if (names.length > POOLED_NAMES) return new Shape(names);
        Key k = new Key(names);
        Shape s = POOL.get(k);
        if (s != null) return s;
        s = new Shape(names);
        if (POOL.size() < POOL_LIMIT) {
            Shape raced = POOL.putIfAbsent(k, s);
            if (raced != null) return raced;
        }
        return s;
    }

    int size() { return names.length; }

    String name(int i) { return names[i]; }

    /** The position of {@code name}, or -1. */
    int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) return i;
        }
        return -1;
    }

    /** Names compared by content, for the pool. */
    private record Key(String[] names) {
        @Override public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(k.names, names); }

        @Override public int hashCode() { return Arrays.hashCode(names); }
    }
}
