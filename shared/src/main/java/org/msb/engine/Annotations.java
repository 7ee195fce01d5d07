package org.msb.engine;

/** Config's annotation limit, applied once: 1..256 characters, longer text cut as rdklib does. */
public final class Annotations {
    public static final int MAX = 256;
    private static final String MARK = " [truncated]";

    private Annotations() {}

    /** Null for blank text (Config rejects an empty annotation); at most 256 characters otherwise. */
    public static String limit(String annotation) {
        if (annotation == null || annotation.isBlank()) return null;
        String a = annotation.strip();
        if (a.length() <= MAX) return a;
        int cut = MAX - MARK.length();
        if (Character.isHighSurrogate(a.charAt(cut - 1))) cut--;
        return a.substring(0, cut) + MARK;
    }
}
