package org.msb.fact;

/** An AMI owned by the account whose launch permission includes everyone. */
public record PublicImage(String imageId, String name, String creationDate) {}
