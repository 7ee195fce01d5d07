package org.msb.fact;

/** A GuardDuty protection plan of a detector, e.g. S3_DATA_EVENTS ENABLED. */
public record GuardDutyFeature(String name, String status) {}
