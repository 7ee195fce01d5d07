package org.msb.fact.loader;

import org.msb.fact.InstanceUserDataScan;
import org.msb.fact.UserDataScan;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import org.msb.model.secrets.SecretScanner;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code ec2.userDataSecrets}: every instance that is not terminated (ec2:DescribeInstances) and its user data
 * (ec2:DescribeInstanceAttribute userData, base64, possibly gzip-compressed as cloud-init accepts), scanned
 * here; only lines, names and kinds are kept, so no value leaves this method.
 */
public final class UserDataSecretsLoader implements FactLoader<UserDataScan> {
    /** cloud-init accepts user data of up to 16 KB; a bomb that inflates beyond this is not read further. */
    static final int MAX_DECODED_BYTES = 1 << 20;

    @Override
    public UserDataScan load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        List<Instance> instances = AwsCall.read("EC2", "DescribeInstances", "ec2:DescribeInstances",
                () -> ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations().stream()
                        .flatMap(res -> res.instances().stream())
                        .filter(i -> i.state() == null || !"terminated".equals(i.state().nameAsString()))
                        .toList());
        List<InstanceUserDataScan> out = new ArrayList<>(instances.size());
        for (Instance i : instances) {
            String encoded = AwsCall.readOptional("EC2", "DescribeInstanceAttribute", "ec2:DescribeInstanceAttribute",
                    Set.of("InvalidInstanceID.NotFound"),
                    () -> {
                        var r = ec2.describeInstanceAttribute(b -> b.instanceId(i.instanceId()).attribute(InstanceAttributeName.USER_DATA));
                        return r.userData() == null || r.userData().value() == null ? "" : r.userData().value();
                    });
            if (encoded == null) continue;  // terminated since it was listed
            String text = decode(encoded);
            out.add(new InstanceUserDataScan(i.instanceId(), !text.isEmpty(), SecretScanner.scanText(text)));
        }
        return new UserDataScan(out);
    }

    /** Base64 user data as text, un-gzipped when compressed; "" when there is none. */
    static String decode(String base64) {
        if (base64 == null || base64.isBlank()) return "";
        byte[] raw;
        try {
            raw = Base64.getMimeDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            return base64;  // EC2 always encodes it; text that is not base64 is scanned as it is
        }
        if (raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                raw = in.readNBytes(MAX_DECODED_BYTES);
            } catch (IOException e) {
                // not gzip after all (or truncated): scan the bytes as they are rather than skip the instance
            }
        }
        return new String(raw, StandardCharsets.UTF_8);
    }
}
