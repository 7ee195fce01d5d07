package org.msb.fact;

/** EBS encryption by default in one region (ec2:GetEbsEncryptionByDefault): new volumes are encrypted. */
public record EbsEncryptionByDefault(boolean enabled) {}
