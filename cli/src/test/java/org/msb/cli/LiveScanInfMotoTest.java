package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.ResourceScanType;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;

import java.nio.file.Path;
import java.util.Map;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code msb scan --live} of the Infrastructure Security rules against moto, for what moto serves: a VPC with
 * public and private subnets, a NAT gateway and an untagged subnet on an internet-gateway route; internet-facing
 * load balancers with and without WAF, one reachable only through CloudFront's origin-facing prefix list (looked up
 * in moto by name); a distribution with a web ACL; a Route 53 alias; a REST API stage with WAF; ECR and Inspector;
 * a website bucket. What moto lacks (SSM instance information and patch states; Config's PatchCompliance items)
 * gives rule errors or INSUFFICIENT_DATA naming the call or the type, never a verdict.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
@ExtendWith(DummyAwsCredentials.class)
class LiveScanInfMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path dir;


    /** The INF rules whose reads moto serves in full (INF-1 and INF-10 need SSM calls moto lacks). */
    static final String INF_WITHOUT_SSM = "INF-2,INF-3,INF-4,INF-5,INF-6,INF-8,INF-9";

    String pub, app, stray, openSg, webSg, cfOnlySg, shopArn, adminArn, cfOnlyArn, instance, stageArn;

    @BeforeEach
    void seed() {
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.40.0.0/16")).vpc().vpcId();
        pub = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.0.0/24").availabilityZone("us-east-1a")
                .tagSpecifications(t -> t.resourceType("subnet").tags(x -> x.key("tier").value("public")))).subnet().subnetId();
        String pubB = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.1.0/24").availabilityZone("us-east-1b")
                .tagSpecifications(t -> t.resourceType("subnet").tags(x -> x.key("tier").value("public")))).subnet().subnetId();
        app = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.16.0/20").availabilityZone("us-east-1a")).subnet().subnetId();
        stray = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.48.0/20").availabilityZone("us-east-1b")).subnet().subnetId();
        String igw = ec2.createInternetGateway(r -> {}).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
        String pubRt = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(pubRt).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2.associateRouteTable(r -> r.routeTableId(pubRt).subnetId(pub));
        ec2.associateRouteTable(r -> r.routeTableId(pubRt).subnetId(pubB));
        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        String nat = ec2.createNatGateway(r -> r.subnetId(pub).allocationId(eip)).natGateway().natGatewayId();
        String appRt = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(appRt).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
        ec2.associateRouteTable(r -> r.routeTableId(appRt).subnetId(app));
        String strayRt = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(strayRt).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2.associateRouteTable(r -> r.routeTableId(strayRt).subnetId(stray));
        instance = ec2.runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1).subnetId(app)).instances().get(0).instanceId();

        openSg = ec2.createSecurityGroup(r -> r.groupName("legacy-app").description("legacy").vpcId(vpc)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(openSg).ipPermissions(p -> p.ipProtocol("tcp").fromPort(8080).toPort(8080)
                .ipRanges(x -> x.cidrIp("0.0.0.0/0"))));
        webSg = ec2.createSecurityGroup(r -> r.groupName("admin-alb").description("admin").vpcId(vpc)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(webSg).ipPermissions(p -> p.ipProtocol("tcp").fromPort(443).toPort(443)
                .ipRanges(x -> x.cidrIp("0.0.0.0/0"))));
        String cfList = ec2.describeManagedPrefixLists(r -> r.filters(f -> f.name("prefix-list-name").values("com.amazonaws.global.cloudfront.origin-facing")))
                .prefixLists().get(0).prefixListId();
        cfOnlySg = ec2.createSecurityGroup(r -> r.groupName("shop-alb").description("shop").vpcId(vpc)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(cfOnlySg).ipPermissions(p -> p.ipProtocol("tcp").fromPort(443).toPort(443)
                .prefixListIds(x -> x.prefixListId(cfList))));

        ElasticLoadBalancingV2Client elb = MOTO.clients().regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        LoadBalancer shop = elb.createLoadBalancer(r -> r.name("shop").subnets(pub, pubB).securityGroups(cfOnlySg)
                .scheme(LoadBalancerSchemeEnum.INTERNET_FACING)).loadBalancers().get(0);
        shopArn = shop.loadBalancerArn();
        adminArn = elb.createLoadBalancer(r -> r.name("admin").subnets(pub, pubB).securityGroups(webSg)
                .scheme(LoadBalancerSchemeEnum.INTERNET_FACING)).loadBalancers().get(0).loadBalancerArn();
        Wafv2Client waf = MOTO.clients().regional(Wafv2Client.class, Wafv2Client::builder);
        String acl = waf.createWebACL(r -> r.name("edge").scope(Scope.REGIONAL).defaultAction(a -> a.allow(x -> {}))
                .visibilityConfig(v -> v.sampledRequestsEnabled(false).cloudWatchMetricsEnabled(false).metricName("edge"))).summary().arn();
        waf.associateWebACL(r -> r.webACLArn(acl).resourceArn(shopArn));

        CloudFrontClient cf = MOTO.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        cf.createDistribution(r -> r.distributionConfig(c -> c.callerReference("shop").comment("shop").enabled(true)
                .webACLId("arn:aws:wafv2:us-east-1:123456789012:global/webacl/cf/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                .origins(o -> o.quantity(1).items(x -> x.id("alb").domainName(shop.dnsName())
                        .customOriginConfig(k -> k.httpPort(80).httpsPort(443).originProtocolPolicy("https-only"))))
                .defaultCacheBehavior(b -> b.targetOriginId("alb").viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .minTTL(0L).forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))))));
        Route53Client r53 = MOTO.clients().global(Route53Client.class, Route53Client::builder);
        String zone = r53.createHostedZone(r -> r.name("example.com").callerReference("pub")).hostedZone().id();
        r53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(c -> c.action(ChangeAction.CREATE)
                .resourceRecordSet(s -> s.name("admin.example.com").type(RRType.A).aliasTarget(a -> a.hostedZoneId("Z35SXDOTRQ7X7K")
                        .dnsName("dualstack." + elb.describeLoadBalancers(x -> x.loadBalancerArns(adminArn)).loadBalancers().get(0).dnsName().toUpperCase() + ".")
                        .evaluateTargetHealth(false))))));

        ApiGatewayClient api = MOTO.clients().regional(ApiGatewayClient.class, ApiGatewayClient::builder);
        String apiId = api.createRestApi(r -> r.name("orders").endpointConfiguration(e -> e.types(EndpointType.REGIONAL))).id();
        String root = api.getResources(r -> r.restApiId(apiId)).items().get(0).id();
        api.putMethod(r -> r.restApiId(apiId).resourceId(root).httpMethod("GET").authorizationType("NONE"));
        api.putIntegration(r -> r.restApiId(apiId).resourceId(root).httpMethod("GET").type("MOCK"));
        api.createDeployment(r -> r.restApiId(apiId).stageName("prod"));
        stageArn = "arn:aws:apigateway:us-east-1::/restapis/" + apiId + "/stages/prod";
        waf.associateWebACL(r -> r.webACLArn(acl).resourceArn(stageArn));

        MOTO.clients().regional(EcrClient.class, EcrClient::builder).createRepository(r -> r.repositoryName("sandbox").imageScanningConfiguration(c -> c.scanOnPush(false)));
        MOTO.clients().regional(Inspector2Client.class, Inspector2Client::builder)
                .enable(r -> r.accountIds(MotoServer.ACCOUNT_ID).resourceTypes(ResourceScanType.EC2, ResourceScanType.ECR));
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket("example-corp-docs-site"));
        s3.putBucketWebsite(r -> r.bucket("example-corp-docs-site").websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
    }

    @Test
    void scanLive_evaluatesTheInfRulesOnWhatMotoServes() {
        CliRun run = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--format", "json",
                "--rules", "INF-1,INF-2,INF-3,INF-4,INF-5,INF-6,INF-7,INF-8,INF-9,INF-10");
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, String> v = verdicts(root);
        assertEquals(java.util.Set.of("patch-compliance", "session-manager-access"), ScanGaps.of(root).keySet(),
                "only the SSM reads moto lacks leave gaps: " + ScanGaps.of(root));

        assertEquals("COMPLIANT", v.get("private-subnets-nat " + pub), "tagged tier=public");
        assertEquals("COMPLIANT", v.get("private-subnets-nat " + app), "through the NAT gateway");
        assertEquals("NON_COMPLIANT", v.get("private-subnets-nat " + stray), "untagged, routes to the internet gateway");
        assertEquals("COMPLIANT", v.get("private-subnets-nat " + instance), "no public IP in the private subnet");
        assertEquals("NON_COMPLIANT", v.get("egress-filtering " + app), "straight through NAT");
        assertEquals("NOT_APPLICABLE", v.get("egress-filtering " + pub));

        assertEquals("NON_COMPLIANT", v.get("security-groups-restricted " + openSg), "tcp 8080 from anywhere");
        assertEquals("COMPLIANT", v.get("internet-facing-waf " + shopArn));
        assertEquals("NON_COMPLIANT", v.get("internet-facing-waf " + adminArn));
        assertEquals("COMPLIANT", v.get("internet-facing-waf " + stageArn));
        assertEquals("COMPLIANT", v.get("internet-facing-cloudfront " + shopArn), "admits only the origin-facing prefix list found by name");
        assertEquals("NON_COMPLIANT", v.get("internet-facing-cloudfront " + adminArn), "open to 0.0.0.0/0, no distribution");
        assertEquals("NON_COMPLIANT", v.get("internet-facing-cloudfront example-corp-docs-site"), "website bucket no distribution serves");
        assertEquals("COMPLIANT", v.get("internet-facing-route53 " + adminArn), "alias dualstack.NAME. in upper case");
        assertEquals("NON_COMPLIANT", v.get("internet-facing-route53 " + shopArn), "no record points at it");
        assertEquals("NON_COMPLIANT", v.get("vulnerability-scanning " + MotoServer.ACCOUNT_ID), "Lambda scanning is off");
        assertEquals("NON_COMPLIANT", v.get("vulnerability-scanning sandbox"), "basic scanning, scan on push off");
        String inspector = annotation(root, "vulnerability-scanning", MotoServer.ACCOUNT_ID);
        assertTrue(inspector.contains("LAMBDA DISABLED"), inspector);

        // moto serves neither Config's PatchCompliance items nor SSM instance information: a gap, never a verdict
        assertEquals("INSUFFICIENT_DATA", v.get("patch-compliance " + MotoServer.ACCOUNT_ID));
        assertTrue(annotation(root, "patch-compliance", MotoServer.ACCOUNT_ID).contains("AWS::SSM::PatchCompliance"));
        String ssmError = ScanGaps.of(root).get("session-manager-access");
        assertTrue(ssmError.contains("DescribeInstanceInformation"), ssmError);
        assertTrue(ScanGaps.noVerdict(root, "session-manager-access"), "no verdict from a failed read: " + v);
    }

    @Test
    void captureLive_thenScanOffline_givesTheSameInfVerdicts() {
        Path world = dir.resolve("world.json");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "-o", world.toString());
        assertTrue(capture.exitCode() == ExitCodes.OK || capture.exitCode() == ExitCodes.INCOMPLETE, capture.err());
        CliRun live = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--format", "json", "--rules", INF_WITHOUT_SSM, "--exit-zero");
        CliRun offline = CliRun.of("scan", "--world", world.toString(), "--format", "json", "--rules", INF_WITHOUT_SSM, "--exit-zero");
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        Map<String, String> fromLive = verdicts(JsonParser.parseString(live.out()).getAsJsonObject());
        assertTrue(fromLive.size() > 20, fromLive.toString());
        assertEquals(fromLive, verdicts(JsonParser.parseString(offline.out()).getAsJsonObject()));
    }



}
