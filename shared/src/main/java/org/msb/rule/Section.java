package org.msb.rule;

/** The baseline's sections, in baseline order. */
public enum Section {
    AM("Asset Management"),
    IAM("Identity & Access Management"),
    DET("Detective Controls"),
    DP("Data Protection"),
    INF("Infrastructure Security"),
    IR("Incident Response");

    private final String title;

    Section(String title) { this.title = title; }

    public String title() { return title; }

    /** The section of a control id such as {@code IAM-3}. */
    public static Section ofControl(String controlId) {
        int dash = controlId.indexOf('-');
        if (dash <= 0) throw new IllegalArgumentException("control id " + controlId + " is not SECTION-N");
        return valueOf(controlId.substring(0, dash));
    }
}
