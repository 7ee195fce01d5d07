package org.msb.model.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SecretScannerTest {

    private static List<SecretFinding> findings(String name, String value) {
        return SecretFindings.of(List.of(SecretScanner.scanVariable(name, value)), SecretNames.builtIn());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "AWS_ACCESS_KEY_ID      | AKIAQYLPMN5HHHFPZAM2                       | AWS_ACCESS_KEY_ID",
            "SESSION                | ASIAQYLPMN5HBX7ZWLQE                       | AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY  | Jx8pV2kQ9mZ4rT7wY1nB5cF3hL6sD0gA2eK8uI4o   | AWS_SECRET_ACCESS_KEY",
            "GH                     | ghp_4fK9pQ2mZ7rT1wY8nB3cF6hL0sD5gA9eKxU2   | GITHUB_TOKEN",
            "CI_TOKEN               | glpat-x7Kp2mQ9rT4wY1nB5cF3                 | GITLAB_TOKEN",
            "NOTIFY                 | xoxb-2231457689-8732465019-Zq3WpL8vK2mN    | SLACK_TOKEN",
            "PAYMENTS               | sk_live_51HqL2mK9pQ7rT4wY1nB5cF3hL6s       | STRIPE_KEY",
            "MAPS                   | AIzaSyD4x7Kp2mQ9rT4wY1nB5cF3hL6sD0gA2eK    | GOOGLE_API_KEY",
            "NPMRC                  | npm_4fK9pQ2mZ7rT1wY8nB3cF6hL0sD5gA9eKxU2   | NPM_TOKEN",
            "DATABASE_URL           | postgres://app:Xk9mP2vLq8zR4w@db.internal:5432/app | PASSWORD_IN_URL",
            "DB_PASSWORD            | Xk9#mP2vLq8!zR4w                           | CREDENTIAL_UNDER_SECRET_NAME",
            "apiKey                 | 7f3a9c2e5b8d1f4a6c0e9b2d                   | CREDENTIAL_UNDER_SECRET_NAME",
            "client-secret          | P@ssw0rd123                                | CREDENTIAL_UNDER_SECRET_NAME",
    })
    void scanVariable_whenValueIsASecret_findsItsKind(String name, String value, SecretKind kind) {
        List<SecretFinding> f = findings(name, value);
        assertEquals(List.of(new SecretFinding(name, kind)), f);
        assertFalse(f.toString().contains(value), "a finding never carries the value");
    }

    @ParameterizedTest(name = "{0}={1} is fine")
    @CsvSource(delimiter = '|', value = {
            "DB_PASSWORD            | arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-AbCdEf",
            "DB_PASSWORD            | {{resolve:secretsmanager:prod/db:SecretString:password}}",
            "API_KEY                | {{resolve:ssm-secure:/prod/api-key:3}}",
            "API_KEY_PARAM          | /prod/payments/api-key",
            "API_KEY                | arn:aws:ssm:eu-west-1:111122223333:parameter/prod/api-key",
            "SECRET_ARN             | arn:aws:secretsmanager:eu-west-1:111122223333:secret:x-AbCdEf",
            "TOKEN_TTL_SECONDS      | 3600",
            "PASSWORD_MIN_LENGTH    | 14",
            "DB_PASSWORD            | ${DB_PASSWORD}",
            "DB_PASSWORD            | changeme",
            "DB_PASSWORD            | ****",
            "LOG_LEVEL              | Xk9#mP2vLq8!zR4w",
            "PWD                    | /home/app",
            "TOKEN_ENDPOINT         | https://auth.example.com/oauth2/token",
            "KMS_KEY_ID             | 1234abcd-12ab-34cd-56ef-1234567890ab",
            "ENABLE_SECRET_ROTATION | true",
    })
    void scanVariable_whenValueIsNoSecret_findsNothing(String name, String value) {
        assertEquals(List.of(), findings(name, value));
    }

    @Test
    void scanVariable_whenValueRefersToAStore_namesTheStore() {
        assertEquals(SecretReferences.SECRETS_MANAGER,
                SecretScanner.scanVariable("DB", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf").reference());
        assertEquals(SecretReferences.SSM, SecretScanner.scanVariable("DB", "{{resolve:ssm:/prod/db}}").reference());
    }

    @Test
    void extraPatterns_makeOrganisationNamesSecretLike() {
        ScannedValue v = SecretScanner.scanVariable("ACME_SIGNATURE", "Xk9#mP2vLq8!zR4w");
        assertEquals(List.of(), SecretFindings.of(List.of(v), SecretNames.builtIn()));
        assertEquals(1, SecretFindings.of(List.of(v), SecretNames.withExtra(List.of("^ACME_SIG"))).size());
    }

    @Test
    void extraPatterns_whenNotARegex_nameThePattern() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretNames.withExtra(List.of("(unclosed")));
        assertTrue(e.getMessage().contains("(unclosed"), e.getMessage());
    }

    @Test
    void scanText_findsAssignmentsFlagsAndKeysByLine_withoutValues() {
        String userData = String.join("\n",
                "#!/bin/bash",
                "yum install -y postgresql",
                "export DB_PASSWORD='Xk9#mP2vLq8!zR4w'",
                "export DB_HOST=db.internal",
                "mysql -u admin --password=Zq8mP2vLq8zR4wX9 -h db.internal",
                "aws configure set aws_secret_access_key Jx8pV2kQ9mZ4rT7wY1nB5cF3hL6sD0gA2eK8uI4o",
                "cat > /root/.ssh/id_rsa <<EOK",
                "-----BEGIN RSA PRIVATE KEY-----",
                "MIIEpAIBAAKCAQEA...",
                "-----END RSA PRIVATE KEY-----",
                "EOK",
                "export API_TOKEN=$(aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text)");
        List<ScannedValue> scanned = SecretScanner.scanText(userData);
        List<String> found = SecretFindings.of(scanned, SecretNames.builtIn()).stream().map(SecretFinding::toString).toList();

        assertEquals(List.of(
                "line 3 (DB_PASSWORD): a credential-like value under a secret-like name",
                "line 5 (password): a credential-like value under a secret-like name",
                "line 6 (aws_secret_access_key): an AWS secret access key",
                "line 8: a private key"), found);
        String all = scanned.toString();
        for (String secret : List.of("Xk9#mP2vLq8!zR4w", "Zq8mP2vLq8zR4wX9", "Jx8pV2kQ9mZ4rT7wY1nB5cF3hL6sD0gA2eK8uI4o", "MIIEp")) {
            assertFalse(all.contains(secret), "scanned traits must not carry " + secret);
        }
    }

    @Test
    void scanText_readsYamlAndJson() {
        String cloudInit = String.join("\n",
                "#cloud-config",
                "write_files:",
                "  - path: /etc/app.json",
                "    content: |",
                "      {\"apiKey\": \"7f3a9c2e5b8d1f4a6c0e9b2d\", \"region\": \"eu-west-1\"}",
                "runcmd:",
                "  - [ sh, -c, 'echo ok' ]",
                "password: Xk9#mP2vLq8!zR4w");
        List<String> found = SecretFindings.of(SecretScanner.scanText(cloudInit), SecretNames.builtIn()).stream()
                .map(SecretFinding::where).toList();
        assertEquals(List.of("line 5 (apiKey)", "line 8 (password)"), found);
    }

    @Test
    void credentialShape_entropyIsShannonBitsPerCharacter() {
        assertEquals(0.0, CredentialShape.bitsPerChar("aaaaaaaa"), 1e-9);
        assertEquals(4.0, CredentialShape.bitsPerChar("0123456789abcdef"), 1e-9);
    }
}
