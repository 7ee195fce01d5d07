package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.EcrRegistryScanning;
import org.msb.fact.InfFacts;
import org.msb.fact.InspectorStatus;
import org.msb.fact.SessionManagerPreferences;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ScanFrequency;
import software.amazon.awssdk.services.ecr.model.ScanType;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.ResourceScanType;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspector status, ECR registry scanning and Session Manager preferences read from moto. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class ScanningFactLoadersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private LiveAccountView view() { return new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID); }

    @Test
    void inspectorStatus_whenNeverEnabled_reportsNothingForTheAccount() {
        InspectorStatus s = view().fact(InfFacts.INSPECTOR_STATUS);
        assertEquals(MotoServer.ACCOUNT_ID, s.accountId());
        assertEquals(InspectorStatus.NOT_REPORTED, s.status("EC2"));
    }

    @Test
    void inspectorStatus_whenEc2AndEcrEnabled_readsEachScanType() {
        Inspector2Client inspector = MOTO.clients().regional(Inspector2Client.class, Inspector2Client::builder);
        inspector.enable(r -> r.accountIds(MotoServer.ACCOUNT_ID).resourceTypes(ResourceScanType.EC2, ResourceScanType.ECR));

        InspectorStatus s = view().fact(InfFacts.INSPECTOR_STATUS);

        assertEquals("ENABLED", s.state());
        assertEquals("ENABLED", s.status("EC2"));
        assertEquals("ENABLED", s.status("ECR"));
        assertEquals("DISABLED", s.status("LAMBDA"));
        assertEquals("DISABLED", s.status("LAMBDA_CODE"));
    }

    @Test
    void ecrRegistryScanning_defaultThenEnhancedWithFilters() {
        EcrRegistryScanning basic = new EcrRegistryScanningLoader().load(MOTO.clients());
        assertEquals("BASIC", basic.scanType());
        assertEquals(List.of(), basic.rules());

        EcrClient ecr = MOTO.clients().regional(EcrClient.class, EcrClient::builder);
        ecr.putRegistryScanningConfiguration(r -> r.scanType(ScanType.ENHANCED).rules(x -> x.scanFrequency(ScanFrequency.CONTINUOUS_SCAN)
                .repositoryFilters(f -> f.filter("prod-*").filterType("WILDCARD"))));
        EcrRegistryScanning enhanced = view().fact(InfFacts.ECR_REGISTRY_SCANNING);
        assertTrue(enhanced.isEnhanced());
        assertEquals("CONTINUOUS_SCAN", enhanced.ruleFor("prod-checkout").scanFrequency());
        assertEquals(null, enhanced.ruleFor("sandbox"));
    }

    @Test
    void sessionManagerPreferences_whenNeverSaved_isNone_thenReadsTheDocumentInputs() {
        assertFalse(new SessionManagerPreferencesLoader().load(MOTO.clients()).exists(), "InvalidDocument means never saved");

        SsmClient ssm = MOTO.clients().regional(SsmClient.class, SsmClient::builder);
        ssm.createDocument(r -> r.name(SessionManagerPreferences.DOCUMENT).documentType(DocumentType.SESSION).documentFormat(DocumentFormat.JSON)
                .content("""
                        {"schemaVersion": "1.0", "description": "Document to hold regional settings for Session Manager",
                         "sessionType": "Standard_Stream",
                         "inputs": {"s3BucketName": "example-corp-ssm-logs", "s3KeyPrefix": "sessions/", "s3EncryptionEnabled": true,
                                    "cloudWatchLogGroupName": "", "cloudWatchEncryptionEnabled": true, "cloudWatchStreamingEnabled": false,
                                    "kmsKeyId": "alias/ssm-sessions", "runAsEnabled": false, "runAsDefaultUser": "", "idleSessionTimeout": "20",
                                    "shellProfile": {"windows": "", "linux": ""}}}"""));

        SessionManagerPreferences p = view().fact(InfFacts.SESSION_MANAGER_PREFERENCES);
        assertTrue(p.exists());
        assertTrue(p.logsToS3());
        assertFalse(p.logsToCloudWatch());
        assertEquals(Boolean.TRUE, p.s3EncryptionEnabled());
        assertTrue(p.encryptsSessions());
        assertEquals("alias/ssm-sessions", p.kmsKeyId());
    }
}
