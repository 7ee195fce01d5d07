package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.CloudTrailMetricFilters;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudTrailMetricFiltersLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String ROOT = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }";

    private CloudWatchLogsClient logs() { return MOTO.clients().regional(CloudWatchLogsClient.class, CloudWatchLogsClient::builder); }

    private String trailTo(String trail, String logGroup) {
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket(trail + "-bucket"));
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        String role = iam.createRole(r -> r.roleName(trail + "-to-logs").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
        String arn = logGroup == null ? null : logs().describeLogGroups(r -> r.logGroupNamePrefix(logGroup)).logGroups().get(0).arn();
        MOTO.clients().regional(CloudTrailClient.class, CloudTrailClient::builder).createTrail(r -> {
            r.name(trail).s3BucketName(trail + "-bucket").isMultiRegionTrail(true);
            if (arn != null) r.cloudWatchLogsLogGroupArn(arn).cloudWatchLogsRoleArn(role);
        });
        return arn;
    }

    @Test
    void load_whenTrailDeliversToLogGroupWithFilters_readsTrailAndFilters() {
        logs().createLogGroup(r -> r.logGroupName("CloudTrail/Management"));
        logs().putMetricFilter(r -> r.logGroupName("CloudTrail/Management").filterName("cis-root-usage").filterPattern(ROOT)
                .metricTransformations(t -> t.metricName("RootUsage").metricNamespace("CISBenchmark").metricValue("1")));
        logs().createLogGroup(r -> r.logGroupName("app/errors"));
        logs().putMetricFilter(r -> r.logGroupName("app/errors").filterName("errors").filterPattern("ERROR")
                .metricTransformations(t -> t.metricName("Errors").metricNamespace("App").metricValue("1")));
        String arn = trailTo("management", "CloudTrail/Management");

        CloudTrailMetricFilters fact = new CloudTrailMetricFiltersLoader().load(MOTO.clients());

        assertEquals(1, fact.trails().size());
        CloudTrailMetricFilters.Trail t = fact.trails().get(0);
        assertEquals("management", t.name());
        assertTrue(t.multiRegion());
        assertFalse(t.organizationTrail());
        assertEquals(arn, t.logGroupArn());
        assertEquals("CloudTrail/Management", t.logGroupName());
        assertEquals("us-east-1", t.logGroupRegion());
        assertEquals(MotoServer.ACCOUNT_ID, t.logGroupAccount());
        assertEquals(List.of(new CloudTrailMetricFilters.MetricFilter("CloudTrail/Management", "cis-root-usage", ROOT,
                List.of(new CloudTrailMetricFilters.MetricTransformation("RootUsage", "CISBenchmark", "1")))), fact.metricFilters(),
                "only the trail's log group is read, not app/errors");
    }

    @Test
    void load_whenTrailWithoutLogs_hasTrailButNoFilters() {
        trailTo("s3-only", null);

        CloudTrailMetricFilters fact = new CloudTrailMetricFiltersLoader().load(MOTO.clients());

        assertEquals(1, fact.trails().size());
        assertFalse(fact.trails().get(0).deliversToLogs());
        assertNull(fact.trails().get(0).logGroupName());
        assertTrue(fact.metricFilters().isEmpty());
    }

    @Test
    void load_whenNoTrail_isEmpty() {
        CloudTrailMetricFilters fact = new CloudTrailMetricFiltersLoader().load(MOTO.clients());
        assertTrue(fact.trails().isEmpty());
        assertTrue(fact.metricFilters().isEmpty());
    }
}
