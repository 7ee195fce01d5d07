package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentType;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS::CloudWatch::Alarm and AWS::SSM::Document items built from the CloudWatch and SSM APIs in Config's shape. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class MonitoringItemsMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String RUNBOOK = "{\"schemaVersion\":\"0.3\",\"description\":\"Contain compromised IAM credentials\","
            + "\"mainSteps\":[{\"name\":\"wait\",\"action\":\"aws:sleep\",\"inputs\":{\"Duration\":\"PT1S\"}}]}";

    private List<ConfigurationItem> items(String type) {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
    }

    @Test
    void alarm_hasConfigShape() {
        CloudWatchClient cw = MOTO.clients().regional(CloudWatchClient.class, CloudWatchClient::builder);
        cw.putMetricAlarm(r -> r.alarmName("cis-root-usage").alarmDescription("CIS 4.3 root activity").metricName("RootUsage")
                .namespace("CISBenchmark").statistic(Statistic.SUM).period(300).evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).treatMissingData("notBreaching")
                .alarmActions("arn:aws:sns:us-east-1:123456789012:soc-alerts"));

        ConfigurationItem item = items("AWS::CloudWatch::Alarm").get(0);

        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals("cis-root-usage", item.resourceId());
        assertEquals("arn:aws:cloudwatch:us-east-1:123456789012:alarm:cis-root-usage", item.arn());
        assertEquals("RootUsage", item.property("metricName").text());
        assertEquals("CISBenchmark", item.property("namespace").text());
        assertTrue(item.property("actionsEnabled").isTrue());
        assertEquals("arn:aws:sns:us-east-1:123456789012:soc-alerts", item.property("alarmActions").at(0).text());
        assertTrue(item.property("okactions").isArray(), "Config spells it okactions");
        assertEquals("GreaterThanOrEqualToThreshold", item.property("comparisonOperator").text());
        assertEquals(1L, item.property("evaluationPeriods").number());
        assertTrue(item.property("dimensions").list().isEmpty());
    }

    @Test
    void ssmDocument_ownedByTheAccount_hasConfigShapeAndTags() {
        SsmClient ssm = MOTO.clients().regional(SsmClient.class, SsmClient::builder);
        ssm.createDocument(r -> r.name("IR-CompromisedCredentials").content(RUNBOOK).documentType(DocumentType.AUTOMATION)
                .documentFormat(DocumentFormat.JSON).tags(t -> t.key("msb:incident-type").value("compromised-credentials")));

        List<ConfigurationItem> docs = items("AWS::SSM::Document");

        assertEquals(1, docs.size(), "only the account's own documents, not AWS-owned ones");
        ConfigurationItem item = docs.get(0);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
        assertEquals("IR-CompromisedCredentials", item.resourceId());
        assertEquals("arn:aws:ssm:us-east-1:123456789012:document/IR-CompromisedCredentials", item.arn());
        assertEquals("Automation", item.property("DocumentType").text());
        assertEquals("JSON", item.property("DocumentFormat").text());
        assertEquals("compromised-credentials", item.tag("msb:incident-type"));
    }
}
