package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.CloudFrontDistributions;
import org.msb.fact.HostedZones;
import org.msb.fact.InfFacts;
import org.msb.fact.LoadBalancerWebAcls;
import org.msb.fact.ManagedPrefixList;
import org.msb.fact.ShieldProtections;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The INF edge facts read from moto: WAF per load balancer, Shield, Route 53 zones and records, distributions, the CloudFront prefix list. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class EdgeFactLoadersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private LiveAccountView view() { return new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID); }

    private String[] twoSubnets() {
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
        return new String[] {
                ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId(),
                ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId()};
    }

    private String loadBalancer(String name, LoadBalancerTypeEnum type, String... subnets) {
        ElasticLoadBalancingV2Client elb = MOTO.clients().regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        return elb.createLoadBalancer(r -> r.name(name).subnets(subnets).scheme(LoadBalancerSchemeEnum.INTERNET_FACING).type(type))
                .loadBalancers().get(0).loadBalancerArn();
    }

    @Test
    void loadBalancerWebAcls_listsEveryApplicationLoadBalancerWithItsWebAcl() {
        String[] subnets = twoSubnets();
        String protectedLb = loadBalancer("shop", LoadBalancerTypeEnum.APPLICATION, subnets);
        String bare = loadBalancer("admin", LoadBalancerTypeEnum.APPLICATION, subnets);
        loadBalancer("mqtt", LoadBalancerTypeEnum.NETWORK, subnets);
        Wafv2Client waf = MOTO.clients().regional(Wafv2Client.class, Wafv2Client::builder);
        String acl = waf.createWebACL(r -> r.name("edge").scope(Scope.REGIONAL).defaultAction(a -> a.allow(x -> {}))
                .visibilityConfig(v -> v.sampledRequestsEnabled(false).cloudWatchMetricsEnabled(false).metricName("edge"))).summary().arn();
        waf.associateWebACL(r -> r.webACLArn(acl).resourceArn(protectedLb));

        LoadBalancerWebAcls fact = view().fact(InfFacts.LOAD_BALANCER_WEB_ACLS);

        assertEquals(2, fact.loadBalancers().size(), "network load balancers cannot carry a web ACL and are not listed");
        assertEquals(acl, fact.of(protectedLb).orElseThrow().webAclArn());
        assertNull(fact.of(bare).orElseThrow().webAclArn());
    }

    @Test
    void shieldProtections_withoutSubscription_isNotSubscribed() {
        // the subscribed case is a wire-format stub (ShieldProtectionsLoaderStubTest): moto writes dates the SDK cannot read
        ShieldProtections none = new ShieldProtectionsLoader().load(MOTO.clients());
        assertFalse(none.subscribed(), "ResourceNotFoundException means no subscription");
        assertEquals(List.of(), none.protectedResourceArns());
    }

    @Test
    void hostedZones_readsPublicAndPrivateZones_aliasRecords_andQueryLogging() {
        String[] subnets = twoSubnets();
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.describeSubnets(r -> r.subnetIds(subnets[0])).subnets().get(0).vpcId();
        Route53Client r53 = MOTO.clients().global(Route53Client.class, Route53Client::builder);
        String pub = r53.createHostedZone(r -> r.name("example.com").callerReference("pub")).hostedZone().id();
        String priv = r53.createHostedZone(r -> r.name("corp.internal").callerReference("priv")
                .hostedZoneConfig(c -> c.privateZone(true)).vpc(v -> v.vpcId(vpc).vpcRegion("us-east-1"))).hostedZone().id();
        r53.changeResourceRecordSets(r -> r.hostedZoneId(pub).changeBatch(b -> b.changes(
                c -> c.action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("www.example.com").type(RRType.A)
                        .aliasTarget(a -> a.hostedZoneId("Z35SXDOTRQ7X7K").dnsName("dualstack.shop-1.us-east-1.elb.amazonaws.com.").evaluateTargetHealth(false))),
                c -> c.action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("api.example.com").type(RRType.CNAME).ttl(300L)
                        .resourceRecords(v -> v.value("d111111abcdef8.cloudfront.net"))),
                c -> c.action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("example.com").type(RRType.MX).ttl(300L)
                        .resourceRecords(v -> v.value("10 mail.example.com"))))));
        CloudWatchLogsClient logs = MOTO.clients().regional(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
        logs.createLogGroup(r -> r.logGroupName("/aws/route53/example.com"));
        String group = logs.describeLogGroups(r -> r.logGroupNamePrefix("/aws/route53/example.com")).logGroups().get(0).arn();
        r53.createQueryLoggingConfig(r -> r.hostedZoneId(pub).cloudWatchLogsLogGroupArn(group));

        HostedZones fact = view().fact(InfFacts.HOSTED_ZONES);

        HostedZones.Zone z = fact.zones().stream().filter(x -> x.name().equals("example.com.")).findFirst().orElseThrow();
        assertFalse(z.privateZone());
        assertFalse(z.id().startsWith("/hostedzone/"), "ids are bare: " + z.id());
        assertEquals(group, z.queryLogGroupArn());
        assertEquals(java.util.Set.of("www.example.com.", "api.example.com."), z.records().stream().map(HostedZones.DnsRecord::name)
                .collect(java.util.stream.Collectors.toSet()), "MX, NS and SOA records are not kept");
        assertEquals(2, fact.pointingAt("SHOP-1.us-east-1.elb.amazonaws.com", List.of()).size()
                + fact.pointingAt("d111111abcdef8.cloudfront.net.", List.of()).size());
        HostedZones.Zone p = fact.zones().stream().filter(x -> x.id().equals(priv.substring(priv.lastIndexOf('/') + 1))).findFirst().orElseThrow();
        assertTrue(p.privateZone());
        assertNull(p.queryLogGroupArn());
    }

    @Test
    void cloudFrontDistributions_readsOriginsAndAliases() {
        CloudFrontClient cf = MOTO.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        String id = cf.createDistribution(r -> r.distributionConfig(c -> c.callerReference("shop").comment("shop").enabled(true)
                .aliases(a -> a.quantity(1).items("shop.example.com"))
                .origins(o -> o.quantity(1).items(x -> x.id("alb").domainName("shop-1.us-east-1.elb.amazonaws.com")
                        .customOriginConfig(k -> k.httpPort(80).httpsPort(443).originProtocolPolicy("https-only"))))
                .defaultCacheBehavior(b -> b.targetOriginId("alb").viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .minTTL(0L).forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none")))))).distribution().id();

        CloudFrontDistributions fact = view().fact(InfFacts.CLOUDFRONT_DISTRIBUTIONS);

        assertEquals(1, fact.distributions().size());
        CloudFrontDistributions.Summary d = fact.distributions().get(0);
        assertEquals(id, d.id());
        assertEquals(List.of("shop-1.us-east-1.elb.amazonaws.com"), d.origins());
        assertEquals(List.of("shop.example.com"), d.aliases());
        assertEquals(1, fact.withOrigin("Shop-1.us-east-1.elb.amazonaws.com.").size());
    }

    @Test
    void cloudFrontOriginFacingPrefixList_isFoundByNameInTheRegion() {
        ManagedPrefixList east = view().fact(InfFacts.CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST);
        assertTrue(east.found());
        assertTrue(east.prefixListId().startsWith("pl-"), east.prefixListId());
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String byName = ec2.describeManagedPrefixLists(r -> {}).prefixLists().stream()
                .filter(p -> p.prefixListName().equals(CloudFrontOriginFacingPrefixListLoader.NAME)).findFirst().orElseThrow().prefixListId();
        assertEquals(byName, east.prefixListId(), "the id is looked up, not hard-coded");
    }
}
