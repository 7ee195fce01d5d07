package org.msb.fact.loader;

import org.msb.fact.PublicImage;
import org.msb.fact.PublicImages;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;

import java.util.List;

/** {@code ec2.publicImages}: DescribeImages owned by self and filtered on is-public, each confirmed public. */
public final class PublicImagesLoader implements FactLoader<PublicImages> {
    @Override
    public PublicImages load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        List<Image> images = AwsCall.read("EC2", "DescribeImages", "ec2:DescribeImages",
                () -> ec2.describeImagesPaginator(r -> r.owners("self").filters(f -> f.name("is-public").values("true")).maxResults(1000))
                        .images().stream().filter(i -> Boolean.TRUE.equals(i.publicLaunchPermissions())).toList());
        return new PublicImages(images.stream().map(i -> new PublicImage(i.imageId(), i.name(), i.creationDate())).toList());
    }
}
