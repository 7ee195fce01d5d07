package org.msb.cli.output;

/** Output formats of scan results. */
public enum Format { text, json, csv }
