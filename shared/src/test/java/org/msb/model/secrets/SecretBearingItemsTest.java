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
    void redact_leavesOtherTypesAlone() {
        ConfigurationItem bucket = ConfigurationItemParser.parse("""
                {"resourceType": "AWS::S3::Bucket", "resourceId": "b", "configuration": {"name": "b"}}""");
        assertSame(bucket, SecretBearingItems.redact(bucket));
    }
}
