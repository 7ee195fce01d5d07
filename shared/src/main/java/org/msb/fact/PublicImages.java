package org.msb.fact;

import java.util.List;

/** The account's public AMIs in one region (ec2:DescribeImages, owner self, is-public). AMIs are not recorded by Config. */
public record PublicImages(List<PublicImage> images) {
    public PublicImages {
        images = images == null ? List.of() : List.copyOf(images);
    }
}
