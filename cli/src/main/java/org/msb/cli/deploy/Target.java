package org.msb.cli.deploy;

/** Where stack instances go: an organizational unit (its accounts) in one region. */
public record Target(String organizationalUnit, String region) {}
