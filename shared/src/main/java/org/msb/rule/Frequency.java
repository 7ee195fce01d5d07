package org.msb.rule;

/** Config's MaximumExecutionFrequency values, spelled as on the wire. */
public enum Frequency {
    One_Hour, Three_Hours, Six_Hours, Twelve_Hours, TwentyFour_Hours
}
