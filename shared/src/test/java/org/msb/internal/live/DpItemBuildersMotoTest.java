package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The item types the DP rules read, built from the services' describe APIs against moto (Config off), in
 * Config's shape: every built item uses only property paths the Config schema or a real item knows.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class DpItemBuildersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private static List<ConfigurationItem> items(String type) {
        List<ConfigurationItem> items = new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
        for (ConfigurationItem i : items) {
            assertEquals(Set.of(), SchemaPaths.unknownPaths(i), type + " " + i.resourceId());
            assertEquals(type, i.resourceType());
            assertEquals(MotoServer.ACCOUNT_ID, i.accountId());
        }
        return items;
    }

    private static ConfigurationItem only(String type) {
        List<ConfigurationItem> items = items(type);
        assertEquals(1, items.size(), type + ": " + items);
        return items.get(0);
    }

    private static <C extends software.amazon.awssdk.core.SdkClient, B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>
            & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, C>> C client(Class<C> type, java.util.function.Supplier<B> b) {
        return MOTO.clients().regional(type, b);
    }

    @Test
    void ebsVolume_encryptedWithItsKey() {
        Ec2Client ec2 = client(Ec2Client.class, Ec2Client::builder);
        String id = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(8).encrypted(true)
                .tagSpecifications(t -> t.resourceType("volume").tags(tag -> tag.key("team").value("payments")))).volumeId();

        ConfigurationItem v = only("AWS::EC2::Volume");

        assertEquals(id, v.resourceId());
        assertTrue(v.property("encrypted").isTrue());
        assertTrue(v.property("kmsKeyId").text().startsWith("arn:aws:kms:us-east-1:" + MotoServer.ACCOUNT_ID + ":key/"));
        assertEquals("payments", v.tag("team"));
        assertEquals("us-east-1a", v.availabilityZone());
    }

    @Test
    void kmsKey_customerKeyWithRotationStatus_andAsymmetricWithout() {
        KmsClient kms = client(KmsClient.class, KmsClient::builder);
        String rotating = kms.createKey(r -> r.description("orders")).keyMetadata().keyId();
        kms.enableKeyRotation(r -> r.keyId(rotating));
        String signing = kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.SIGN_VERIFY)).keyMetadata().keyId();

        List<ConfigurationItem> keys = items("AWS::KMS::Key");

        ConfigurationItem k = keys.stream().filter(i -> i.resourceId().equals(rotating)).findFirst().orElseThrow();
        assertEquals("CUSTOMER", k.property("keyManager").text());
        assertEquals("SYMMETRIC_DEFAULT", k.property("keySpec").text());
        assertTrue(k.supplementary("KeyRotationStatus").isTrue());
        ConfigurationItem s = keys.stream().filter(i -> i.resourceId().equals(signing)).findFirst().orElseThrow();
        assertTrue(s.supplementary("KeyRotationStatus").isMissing(), "asymmetric keys cannot rotate automatically");
    }

    @Test
    void rdsInstanceClusterAndSnapshots_withSharingAttributes() {
        RdsClient rds = client(RdsClient.class, RdsClient::builder);
        rds.createDBInstance(r -> r.dbInstanceIdentifier("orders-db").dbInstanceClass("db.t3.micro").engine("postgres")
                .masterUsername("app").masterUserPassword("not-a-real-one-1").allocatedStorage(20).publiclyAccessible(true)
                .storageEncrypted(false));
        rds.createDBSnapshot(r -> r.dbSnapshotIdentifier("orders-manual").dbInstanceIdentifier("orders-db"));
        rds.modifyDBSnapshotAttribute(r -> r.dbSnapshotIdentifier("orders-manual").attributeName("restore").valuesToAdd("all"));
        rds.createDBCluster(r -> r.dbClusterIdentifier("ledger").engine("aurora-postgresql").masterUsername("app")
                .masterUserPassword("not-a-real-one-1").storageEncrypted(true));
        rds.createDBClusterSnapshot(r -> r.dbClusterSnapshotIdentifier("ledger-manual").dbClusterIdentifier("ledger"));
        rds.modifyDBClusterSnapshotAttribute(r -> r.dbClusterSnapshotIdentifier("ledger-manual").attributeName("restore")
                .valuesToAdd("444455556666"));

        ConfigurationItem db = only("AWS::RDS::DBInstance");
        assertEquals("orders-db", db.resourceName());
        assertTrue(db.resourceId().startsWith("db-"), "Config names instances by their dbiResourceId: " + db.resourceId());
        assertTrue(db.property("publiclyAccessible").isTrue());
        assertFalse(db.property("storageEncrypted").isTrue());

        ConfigurationItem cluster = only("AWS::RDS::DBCluster");
        assertEquals("ledger", cluster.resourceName());
        assertTrue(cluster.property("storageEncrypted").isTrue());

        ConfigurationItem snap = items("AWS::RDS::DBSnapshot").stream().filter(i -> i.resourceId().equals("orders-manual")).findFirst().orElseThrow();
        Node restore = snap.supplementary("DBSnapshotAttributes").list().stream()
                .filter(a -> "restore".equals(a.get("attributeName").text())).findFirst().orElseThrow();
        assertEquals("all", restore.get("attributeValues").at(0).text());

        ConfigurationItem cs = items("AWS::RDS::DBClusterSnapshot").stream().filter(i -> i.resourceId().equals("ledger-manual")).findFirst().orElseThrow();
        assertEquals("444455556666", cs.supplementary("DBClusterSnapshotAttributes").at(0).get("attributeValues").at(0).text());
    }

    @Test
    void efsDynamoSnsSqs_carryTheirEncryptionSettings() {
        client(EfsClient.class, EfsClient::builder).createFileSystem(r -> r.creationToken("shared-home").encrypted(false));
        DynamoDbClient ddb = client(DynamoDbClient.class, DynamoDbClient::builder);
        ddb.createTable(r -> r.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
        String topic = client(SnsClient.class, SnsClient::builder).createTopic(r -> r.name("alerts")
                .attributes(Map.of("KmsMasterKeyId", "alias/aws/sns"))).topicArn();
        String queue = client(SqsClient.class, SqsClient::builder).createQueue(r -> r.queueName("jobs")
                .attributes(Map.of(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true"))).queueUrl();

        assertFalse(only("AWS::EFS::FileSystem").property("Encrypted").isTrue());
        ConfigurationItem table = only("AWS::DynamoDB::Table");
        assertEquals("orders", table.resourceId());
        assertTrue(table.property("ssedescription").isMissing(), "the default AWS-owned key leaves no SSE description");
        ConfigurationItem t = only("AWS::SNS::Topic");
        assertEquals(topic, t.resourceId());
        assertEquals("alerts", t.resourceName());
        assertEquals("alias/aws/sns", t.property("KmsMasterKeyId").text());
        ConfigurationItem q = only("AWS::SQS::Queue");
        assertEquals(queue, q.resourceId());
        assertEquals("true", q.property("SqsManagedSseEnabled").text());
    }

    @Test
    void loadBalancerListeners_andClassicListeners() {
        Ec2Client ec2 = client(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
        String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        ElasticLoadBalancingV2Client elb = client(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        String lb = elb.createLoadBalancer(r -> r.name("web").subnets(a, b)).loadBalancers().get(0).loadBalancerArn();
        String cert = client(AcmClient.class, AcmClient::builder).requestCertificate(r -> r.domainName("shop.example.com")).certificateArn();
        String tg = elb.createTargetGroup(r -> r.name("web").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpc)).targetGroups().get(0).targetGroupArn();
        elb.createListener(r -> r.loadBalancerArn(lb).protocol(ProtocolEnum.HTTP).port(80).defaultActions(x -> x.type(ActionTypeEnum.REDIRECT)
                .redirectConfig(c -> c.protocol("HTTPS").port("443").statusCode("HTTP_301"))));
        elb.createListener(r -> r.loadBalancerArn(lb).protocol(ProtocolEnum.HTTPS).port(443).sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06")
                .certificates(c -> c.certificateArn(cert)).defaultActions(x -> x.type(ActionTypeEnum.FORWARD).targetGroupArn(tg)));
        client(ElasticLoadBalancingClient.class, ElasticLoadBalancingClient::builder).createLoadBalancer(r -> r.loadBalancerName("legacy")
                .availabilityZones("us-east-1a").listeners(l -> l.protocol("HTTP").loadBalancerPort(80).instanceProtocol("HTTP").instancePort(80)));

        List<ConfigurationItem> listeners = items("AWS::ElasticLoadBalancingV2::Listener");
        assertEquals(2, listeners.size());
        ConfigurationItem http = listeners.stream().filter(l -> "HTTP".equals(l.property("Protocol").text())).findFirst().orElseThrow();
        assertEquals("redirect", http.property("DefaultActions").at(0).get("Type").text());
        assertEquals("HTTPS", http.property("DefaultActions").at(0).get("RedirectConfig").get("Protocol").text());
        ConfigurationItem https = listeners.stream().filter(l -> "HTTPS".equals(l.property("Protocol").text())).findFirst().orElseThrow();
        assertEquals("ELBSecurityPolicy-TLS13-1-2-2021-06", https.property("SslPolicy").text());
        assertEquals(cert, https.property("Certificates").at(0).get("CertificateArn").text());
        assertEquals(https.arn(), https.resourceId());

        ConfigurationItem classic = only("AWS::ElasticLoadBalancing::LoadBalancer");
        assertEquals("legacy", classic.resourceId());
        assertEquals("HTTP", classic.property("listenerDescriptions").at(0).get("listener").get("protocol").text());
    }

    @Test
    void cloudFrontDistribution_andApiStage() {
        CloudFrontClient cf = MOTO.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        String id = cf.createDistribution(r -> r.distributionConfig(c -> c.callerReference("shop-1").comment("shop").enabled(true)
                .origins(o -> o.quantity(1).items(x -> x.id("alb").domainName("web.example.com")
                        .customOriginConfig(cc -> cc.httpPort(80).httpsPort(443).originProtocolPolicy("http-only"))))
                .defaultCacheBehavior(d -> d.targetOriginId("alb").viewerProtocolPolicy("allow-all")
                        .forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))).minTTL(0L)
                        .trustedSigners(t -> t.enabled(false).quantity(0))))).distribution().id();
        ApiGatewayClient api = client(ApiGatewayClient.class, ApiGatewayClient::builder);
        String rest = api.createRestApi(r -> r.name("orders")).id();
        String root = api.getResources(r -> r.restApiId(rest)).items().get(0).id();
        api.putMethod(r -> r.restApiId(rest).resourceId(root).httpMethod("GET").authorizationType("NONE"));
        api.putIntegration(r -> r.restApiId(rest).resourceId(root).httpMethod("GET").type("MOCK"));
        api.createDeployment(r -> r.restApiId(rest).stageName("prod"));

        ConfigurationItem d = items("AWS::CloudFront::Distribution").stream().filter(i -> i.resourceId().equals(id)).findFirst().orElseThrow();
        assertEquals("allow-all", d.property("distributionConfig.defaultCacheBehavior.viewerProtocolPolicy").text());
        assertEquals("http-only", d.property("distributionConfig.origins.items").at(0).get("customOriginConfig").get("originProtocolPolicy").text());
        assertTrue(new DescribeItemSource(MOTO.clients("eu-west-1"), MotoServer.ACCOUNT_ID, Clock.systemUTC())
                .items("AWS::CloudFront::Distribution").isEmpty(), "Config records CloudFront in us-east-1 only");

        ConfigurationItem stage = only("AWS::ApiGateway::Stage");
        assertEquals("arn:aws:apigateway:us-east-1::/restapis/" + rest + "/stages/prod", stage.resourceId());
        assertEquals("prod", stage.property("stageName").text());
    }

    @Test
    void backupVault_acmCertificate_secret() {
        client(BackupClient.class, BackupClient::builder).createBackupVault(r -> r.backupVaultName("prod-vault")
                .backupVaultTags(Map.of("purpose", "backup")));
        String cert = client(AcmClient.class, AcmClient::builder).requestCertificate(r -> r.domainName("api.example.com")).certificateArn();
        String secret = client(SecretsManagerClient.class, SecretsManagerClient::builder).createSecret(r -> r.name("prod/db")
                .secretString("not-read-by-the-builder")).arn();

        ConfigurationItem vault = only("AWS::Backup::BackupVault");
        assertEquals("prod-vault", vault.resourceId());
        assertEquals("backup", vault.tag("purpose"));
        ConfigurationItem c = only("AWS::ACM::Certificate");
        assertEquals(cert, c.resourceId());
        assertEquals("AMAZON_ISSUED", c.property("type").text());
        assertFalse(c.property("notAfter").isMissing());
        ConfigurationItem s = only("AWS::SecretsManager::Secret");
        assertEquals(secret, s.resourceId());
        assertEquals("prod/db", s.resourceName());
        assertFalse(s.property("RotationEnabled").isTrue());
        assertFalse(WorldWriter.item(s).toString().contains("not-read-by-the-builder"));
    }

    @Test
    void lambdaFunctionAndInstance_carryNoEnvironmentOrUserData() throws IOException {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        String role = iam.createRole(r -> r.roleName("fn").assumeRolePolicyDocument("{}")).role().arn();
        SdkBytes code = SdkBytes.fromByteArray(zip());
        client(LambdaClient.class, LambdaClient::builder).createFunction(r -> r.functionName("orders-api").runtime(Runtime.PYTHON3_12)
                .role(role).handler("index.handler").code(c -> c.zipFile(code))
                .environment(e -> e.variables(Map.of("DB_PASSWORD", "Xk9#mP2vLq8!zR4w"))).tags(Map.of("team", "orders")));
        String userData = java.util.Base64.getEncoder().encodeToString("export DB_PASSWORD=Xk9#mP2vLq8!zR4w".getBytes(StandardCharsets.UTF_8));
        String instance = client(Ec2Client.class, Ec2Client::builder).runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)
                .userData(userData)).instances().get(0).instanceId();

        ConfigurationItem fn = only("AWS::Lambda::Function");
        assertEquals("orders-api", fn.resourceId());
        assertEquals("orders", fn.tag("team"));
        ConfigurationItem i = only("AWS::EC2::Instance");
        assertEquals(instance, i.resourceId());
        assertEquals("running", i.property("state.name").text());
        for (ConfigurationItem x : List.of(fn, i)) {
            String json = WorldWriter.item(x).toString();
            assertFalse(json.contains("Xk9#mP2vLq8!zR4w") || json.contains(userData), json);
        }
    }

    @Test
    void ecsTaskDefinition_keepsEnvironmentAndSecretReferences() {
        client(EcsClient.class, EcsClient::builder).registerTaskDefinition(r -> r.family("checkout").containerDefinitions(c -> c.name("app")
                .image("nginx").memory(256).environment(e -> e.name("LOG_LEVEL").value("info"))
                .secrets(s -> s.name("DB_PASSWORD").valueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:checkout/db-AbCdEf"))));

        ConfigurationItem t = only("AWS::ECS::TaskDefinition");

        assertEquals("checkout", t.resourceId());
        assertEquals("checkout:1", t.resourceName());
        Node app = t.property("ContainerDefinitions").at(0);
        assertEquals("LOG_LEVEL", app.get("Environment").at(0).get("Name").text());
        assertEquals("DB_PASSWORD", app.get("Secrets").at(0).get("Name").text());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("index.py"));
            z.write("def handler(e, c):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
