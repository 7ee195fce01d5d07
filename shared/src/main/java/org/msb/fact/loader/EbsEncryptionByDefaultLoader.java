package org.msb.fact.loader;

import org.msb.fact.EbsEncryptionByDefault;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** {@code ec2.ebsEncryptionByDefault}: ec2:GetEbsEncryptionByDefault in the view's region. */
public final class EbsEncryptionByDefaultLoader implements FactLoader<EbsEncryptionByDefault> {
    @Override
    public EbsEncryptionByDefault load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        Boolean on = AwsCall.read("EC2", "GetEbsEncryptionByDefault", "ec2:GetEbsEncryptionByDefault",
                () -> ec2.getEbsEncryptionByDefault(r -> {}).ebsEncryptionByDefault());
        return new EbsEncryptionByDefault(Boolean.TRUE.equals(on));
    }
}
