package org.msb.rules.backupsworm;

import org.junit.jupiter.api.Test;
import org.msb.error.FactUnavailableException;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DP-3 through its scenario folders (src/test/resources/scenarios). */
class BackupsWormRuleTest extends RuleContractTest {
    BackupsWormRuleTest() { super(new BackupsWormRule()); }

    @Test
    void evaluate_whenTheFactDoesNotKnowTheVault_givesNoVerdict() {
        var outcome = kit().given().fact("backup.vaultLocks", "{\"vaults\": []}").change("""
                {"resourceType": "AWS::Backup::BackupVault", "resourceId": "new-vault", "awsAccountId": "111122223333",
                 "configurationItemStatus": "ResourceDiscovered",
                 "configuration": {"BackupVaultName": "new-vault", "BackupVaultArn": "arn:aws:backup:eu-west-1:111122223333:backup-vault:new-vault"}}""");
        assertInstanceOf(FactUnavailableException.class, outcome.error());
        assertTrue(outcome.error().getMessage().contains("new-vault"), outcome.error().getMessage());
    }
}
