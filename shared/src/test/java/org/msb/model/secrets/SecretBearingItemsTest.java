package org.msb.model.secrets;

import org.junit.jupiter.api.Test;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SecretBearingItemsTest {
    static final String GITHUB = "ghp_4fK9pQ2mZ7rT1wY8nB3cF6hL0sD5gA9eKxU2";
    static final String PASSWORD = "Xk9#mP2vLq8!zR4w";

    static final String TASK = """
            {"resourceType": "AWS::ECS::TaskDefinition", "resourceId": "checkout", "resourceName": "checkout:7",
             "awsAccountId": "111122223333", "configurationItemStatus": "OK",
             "configuration": {"Family": "checkout", "ContainerDefinitions": [
               {"Name": "app", "Environment": [
                  {"Name": "GITHUB_TOKEN", "Value": "%s"},
                  {"Name": "DB_PASSWORD", "Value": "%s"},
                  {"Name": "LOG_LEVEL", "Value": "info"}],
                "Secrets": [{"Name": "API_KEY", "ValueFrom": "arn:aws:ssm:eu-west-1:111122223333:parameter/checkout/api"}]}]}}
            """.formatted(GITHUB, PASSWORD);

    static final String ACCESS_KEY = "AKIAZ3MHALF7QWERTY42";

    static final String STACK = """
            {"resourceType": "AWS::CloudFormation::Stack", "awsAccountId": "111122223333", "configurationItemStatus": "OK",
             "resourceId": "arn:aws:cloudformation:eu-west-1:111122223333:stack/orders-db/5b0f6a10-8d1e-11f0-9c2b-0a1b2c3d4e5f",
             "resourceName": "orders-db",
             "configuration": {"stackName": "orders-db", "parameters": [
               {"parameterKey": "DBPassword", "parameterValue": "%s"},
               {"parameterKey": "MasterPassword", "parameterValue": "****"},
               {"parameterKey": "DeployKeyId", "parameterValue": "%s"},
               {"parameterKey": "ApiToken", "parameterValue": "{{resolve:secretsmanager:prod/orders/api:SecretString:token}}"},
               {"parameterKey": "InstanceClass", "parameterValue": "db.t3.medium"}]}}
            """.formatted(PASSWORD, ACCESS_KEY);

    private static List<String> findings(ConfigurationItem item) {
        return SecretFindings.of(SecretBearingItems.scan(item), SecretNames.builtIn()).stream().map(SecretFinding::toString).toList();
    }

    @Test
    void scan_namesContainerVariableAndKind() {
        assertEquals(List.of("container app (GITHUB_TOKEN): a GitHub token",
                "container app (DB_PASSWORD): a credential-like value under a secret-like name"), findings(ConfigurationItemParser.parse(TASK)));
    }

    @Test
    void redact_keepsTraitsDropsValues_andScansTheSame() {
        ConfigurationItem original = ConfigurationItemParser.parse(TASK);

        ConfigurationItem redacted = SecretBearingItems.redact(original);

        String world = WorldWriter.item(redacted).toString();
        assertFalse(world.contains(GITHUB) || world.contains(PASSWORD), world);
        assertTrue(world.contains("\"info\""), "harmless values stay: " + world);
        assertEquals(findings(original), findings(redacted));
        assertSame(redacted, SecretBearingItems.redact(redacted), "redacting twice changes nothing");
    }

    @Test
    void scan_stack_namesPlaintextParameters_notMaskedOrReferences() {
        assertEquals(List.of("DBPassword: a credential-like value under a secret-like name", "DeployKeyId: an AWS access key id"),
                findings(ConfigurationItemParser.parse(STACK)));
    }

    @Test
    void redact_stack_keepsTraitsDropsValues_andScansTheSame() {
        ConfigurationItem original = ConfigurationItemParser.parse(STACK);

        ConfigurationItem redacted = SecretBearingItems.redact(original);

        String world = WorldWriter.item(redacted).toString();
        assertFalse(world.contains(PASSWORD) || world.contains(ACCESS_KEY), world);
        assertTrue(world.contains("msb-redacted:AWS_ACCESS_KEY_ID"), world);
        assertTrue(world.contains("\"****\"") && world.contains("db.t3.medium") && world.contains("{{resolve:secretsmanager:"),
                "masked values, harmless values and references stay: " + world);
        assertEquals(findings(original), findings(redacted));
        assertSame(redacted, SecretBearingItems.redact(redacted), "redacting twice changes nothing");
    }

    @Test
    void redact_leavesOtherTypesAlone() {
        ConfigurationItem bucket = ConfigurationItemParser.parse("""
                {"resourceType": "AWS::S3::Bucket", "resourceId": "b", "configuration": {"name": "b"}}""");
        assertSame(bucket, SecretBearingItems.redact(bucket));
    }

    @Test
    void redact_whenATagHoldsASecret_keepsTheKeyAndPlainTagsOnAnyType() {
        ConfigurationItem bucket = ConfigurationItemParser.parse("""
                {"resourceType": "AWS::S3::Bucket", "resourceId": "b", "resourceName": "b", "awsAccountId": "111122223333",
                 "configurationItemStatus": "OK", "configuration": {"name": "b", "tags": [{"key": "deploy-token", "value": "%s"}]},
                 "tags": {"owner": "web-team@example.com", "ci-token": "%s"}}
                """.formatted(GITHUB, GITHUB));

        ConfigurationItem redacted = SecretBearingItems.redact(bucket);

        String world = WorldWriter.item(redacted).toString();
        assertFalse(world.contains(GITHUB), world);
        assertEquals("web-team@example.com", redacted.tags().get("owner"), "plain tags stay as they are: rules read them");
        assertTrue(RedactedValue.isRedacted(redacted.tags().get("ci-token")), redacted.tags().toString());
        assertTrue(world.contains("\"deploy-token\""), world);
    }
}
