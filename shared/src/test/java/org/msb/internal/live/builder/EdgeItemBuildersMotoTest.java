package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.DescribeItemSource;
import org.msb.item.ConfigurationItem;
import org.msb.model.edge.ApiStage;
import org.msb.model.edge.Distribution;
import org.msb.model.edge.LoadBalancer;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load balancers, distributions, hosted zones, REST APIs and stages, ECR repositories and website buckets built from
 * their APIs in Config's shape, found by naming convention and read by the edge model.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class EdgeItemBuildersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private List<ConfigurationItem> items(String type) { return items(type, "us-east-1"); }

    private List<ConfigurationItem> items(String type, String region) {
        return new DescribeItemSource(MOTO.clients(region), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
    }

    private static ConfigurationItem only(List<ConfigurationItem> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    @Test
    void loadBalancers_haveConfigShape_schemeDnsNameAndGroups() {
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.70.0.0/16")).vpc().vpcId();
        String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.70.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.70.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        String sg = ec2.createSecurityGroup(r -> r.groupName("alb").description("alb").vpcId(vpc)).groupId();
        ElasticLoadBalancingV2Client elb = MOTO.clients().regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        String arn = elb.createLoadBalancer(r -> r.name("orders-internal").subnets(a, b).securityGroups(sg).scheme(LoadBalancerSchemeEnum.INTERNAL)
                .tags(t -> t.key("app").value("orders"))).loadBalancers().get(0).loadBalancerArn();

        ConfigurationItem item = only(items(LoadBalancer.RESOURCE_TYPE));

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals(arn, item.resourceId());
        assertEquals("orders", item.tag("app"));
        LoadBalancer lb = LoadBalancer.from(item);
        assertFalse(lb.isInternetFacing());
        assertTrue(lb.isApplication());
        assertEquals(List.of(sg), lb.securityGroups());
        assertTrue(lb.dnsName().contains("orders-internal"), lb.dnsName());
        assertTrue(item.supplementary("LoadBalancerAttributes").isArray());
    }

    @Test
    void distributionsAndHostedZones_areGivenWhereConfigRecordsThem() {
        CloudFrontClient cf = MOTO.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        String acl = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
        String id = cf.createDistribution(r -> r.distributionConfig(c -> c.callerReference("shop").comment("shop").enabled(true).webACLId(acl)
                .origins(o -> o.quantity(1).items(x -> x.id("alb").domainName("shop-1.us-east-1.elb.amazonaws.com")
                        .customOriginConfig(k -> k.httpPort(80).httpsPort(443).originProtocolPolicy("https-only"))))
                .defaultCacheBehavior(d -> d.targetOriginId("alb").viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .minTTL(0L).forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none")))))).distribution().id();
        Route53Client r53 = MOTO.clients().global(Route53Client.class, Route53Client::builder);
        r53.createHostedZone(r -> r.name("example.com").callerReference("pub").hostedZoneConfig(c -> c.comment("public zone")));

        ConfigurationItem d = only(items(Distribution.RESOURCE_TYPE));
        assertEquals(Set.of(), SchemaPaths.unknownPaths(d));
        Distribution dist = Distribution.from(d);
        assertEquals(id, dist.id());
        assertEquals(acl, dist.webAclId());
        assertTrue(dist.hasOrigin("shop-1.us-east-1.elb.amazonaws.com"));
        ConfigurationItem z = only(items("AWS::Route53::HostedZone"));
        assertEquals(Set.of(), SchemaPaths.unknownPaths(z));
        assertEquals("example.com.", z.property("Name").text());
        assertFalse(z.resourceId().contains("/"), z.resourceId());
        assertEquals("public zone", z.property("HostedZoneConfig.Comment").text());

        assertEquals(List.of(), items(Distribution.RESOURCE_TYPE, "eu-west-1"), "Config records global types in us-east-1 only");
        assertEquals(List.of(), items("AWS::Route53::HostedZone", "eu-west-1"));
    }

    @Test
    void restApisAndStages_haveConfigShape_withTheStagesWebAcl() {
        ApiGatewayClient api = MOTO.clients().regional(ApiGatewayClient.class, ApiGatewayClient::builder);
        String apiId = api.createRestApi(r -> r.name("orders-api").endpointConfiguration(e -> e.types(EndpointType.REGIONAL))).id();
        String root = api.getResources(r -> r.restApiId(apiId)).items().get(0).id();
        api.putMethod(r -> r.restApiId(apiId).resourceId(root).httpMethod("GET").authorizationType("NONE"));
        api.putIntegration(r -> r.restApiId(apiId).resourceId(root).httpMethod("GET").type("MOCK"));
        api.createDeployment(r -> r.restApiId(apiId).stageName("prod"));
        Wafv2Client waf = MOTO.clients().regional(Wafv2Client.class, Wafv2Client::builder);
        String acl = waf.createWebACL(r -> r.name("api").scope(Scope.REGIONAL).defaultAction(a -> a.allow(x -> {}))
                .visibilityConfig(v -> v.sampledRequestsEnabled(false).cloudWatchMetricsEnabled(false).metricName("api"))).summary().arn();
        String stageArn = "arn:aws:apigateway:us-east-1::/restapis/" + apiId + "/stages/prod";
        waf.associateWebACL(r -> r.webACLArn(acl).resourceArn(stageArn));

        ConfigurationItem restApi = only(items(ApiStage.REST_API_TYPE));
        ConfigurationItem stage = only(items(ApiStage.RESOURCE_TYPE));

        assertEquals(Set.of(), SchemaPaths.unknownPaths(restApi));
        assertEquals(Set.of(), SchemaPaths.unknownPaths(stage));
        assertEquals(stageArn, stage.resourceId());
        ApiStage s = ApiStage.from(stage, List.of(restApi));
        assertEquals(acl, s.webAclArn());
        assertEquals(List.of("REGIONAL"), s.endpointTypes());
        assertEquals("arn:aws:apigateway:us-east-1::/restapis/" + apiId, stage.relationships().get(0).resourceId());
    }

    @Test
    void ecrRepositoriesAndWebsiteBuckets_haveConfigShape() {
        EcrClient ecr = MOTO.clients().regional(EcrClient.class, EcrClient::builder);
        ecr.createRepository(r -> r.repositoryName("prod-checkout").imageScanningConfiguration(c -> c.scanOnPush(true)));
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket("example-corp-site"));
        s3.putBucketWebsite(r -> r.bucket("example-corp-site").websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))
                .errorDocument(e -> e.key("404.html"))));
        s3.createBucket(r -> r.bucket("example-corp-data"));

        ConfigurationItem repo = only(items("AWS::ECR::Repository"));
        assertEquals(Set.of(), SchemaPaths.unknownPaths(repo));
        assertEquals("prod-checkout", repo.resourceId());
        assertTrue(repo.property("ImageScanningConfiguration.ScanOnPush").isTrue());

        List<ConfigurationItem> buckets = items("AWS::S3::Bucket");
        ConfigurationItem site = buckets.stream().filter(b -> b.resourceId().equals("example-corp-site")).findFirst().orElseThrow();
        assertEquals(Set.of(), SchemaPaths.unknownPaths(site));
        assertEquals("index.html", site.supplementary("BucketWebsiteConfiguration").get("indexDocumentSuffix").text());
        assertEquals("404.html", site.supplementary("BucketWebsiteConfiguration").get("errorDocument").text());
        ConfigurationItem data = buckets.stream().filter(b -> b.resourceId().equals("example-corp-data")).findFirst().orElseThrow();
        assertTrue(data.supplementary("BucketWebsiteConfiguration").isMissing(), "no website configuration: absent, as in Config");
        assertNull(data.supplementary("BucketWebsiteConfiguration").text());
    }
}
