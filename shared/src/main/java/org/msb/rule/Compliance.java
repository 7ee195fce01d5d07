package org.msb.rule;

/** Config's compliance types. INSUFFICIENT_DATA is only produced offline (PutEvaluations rejects it). */
public enum Compliance {
    COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE, INSUFFICIENT_DATA
}
