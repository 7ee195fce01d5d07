package org.msb.fact.loader;

import org.msb.fact.CloudFrontDistributions;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsRequest;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.paginators.ListDistributionsIterable;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code cloudfront.distributions}: cloudfront:ListDistributions (global; one client signed for aws-global), and
 * cloudfront:GetDistribution for a summary without origins (AWS always lists them; moto does not).
 */
public final class CloudFrontDistributionsLoader implements FactLoader<CloudFrontDistributions> {

    @Override
    public CloudFrontDistributions load(AwsClients clients) {
        CloudFrontClient cf = clients.global(CloudFrontClient.class, CloudFrontClient::builder);
        List<DistributionSummary> all = AwsCall.read("CloudFront", "ListDistributions", "cloudfront:ListDistributions",
                // the SDK's paginator (the client has no shortcut method for it in this version)
                () -> new ListDistributionsIterable(cf, ListDistributionsRequest.builder().build()).items().stream().toList());
        List<CloudFrontDistributions.Summary> out = new ArrayList<>();
        for (DistributionSummary d : all) {
            List<String> origins = d.origins() == null ? List.of() : d.origins().items().stream().map(Origin::domainName).toList();
            List<String> aliases = d.aliases() == null ? List.of() : d.aliases().items();
            boolean enabled = Boolean.TRUE.equals(d.enabled());
            if (origins.isEmpty()) {  // a summary always has origins; an emulator's may not: read the distribution itself
                DistributionConfig c = AwsCall.read("CloudFront", "GetDistribution", "cloudfront:GetDistribution",
                        () -> cf.getDistribution(b -> b.id(d.id())).distribution().distributionConfig());
                origins = c.origins() == null ? List.of() : c.origins().items().stream().map(Origin::domainName).toList();
                aliases = c.aliases() == null ? List.of() : c.aliases().items();
                enabled = Boolean.TRUE.equals(c.enabled());
            }
            out.add(new CloudFrontDistributions.Summary(d.id(), d.arn(), d.domainName(), enabled, origins, aliases));
        }
        return new CloudFrontDistributions(out);
    }
}
