package org.msb.internal.live.builder;

import org.msb.internal.live.BuildContext;

/**
 * Where AWS Config records the configuration items of global services (CloudFront distributions, Route 53 hosted
 * zones): US East (N. Virginia) in the commercial partition, and the partition's first region elsewhere. Builders
 * of those types give items only there, as Config does, so a rule does not evaluate a distribution once per region.
 */
final class GlobalResourceRegion {
    private GlobalResourceRegion() {}

    static boolean isRecordingRegion(BuildContext ctx) {
        return switch (ctx.partition()) {
            case "aws-cn" -> ctx.region().equals("cn-north-1");
            case "aws-us-gov" -> ctx.region().equals("us-gov-west-1");
            default -> ctx.region().equals("us-east-1");
        };
    }
}
