package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.SecurityHubStatus;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

import static org.junit.jupiter.api.Assertions.*;

/** securityhub.status against moto: not subscribed (InvalidAccessException) is a value; enabled gives the hub. */
class SecurityHubStatusLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    @Test
    void load_whenNotSubscribed_isNotEnabledWithAwsMessage() {
        SecurityHubStatus s = new SecurityHubStatusLoader().load(MOTO.clients());

        assertFalse(s.enabled());
        assertTrue(s.notEnabledReason().startsWith("InvalidAccessException: "), s.notEnabledReason());
        assertTrue(s.notEnabledReason().contains("not subscribed"), s.notEnabledReason());
        assertNull(s.hubArn());
    }

    @Test
    void load_whenEnabled_givesTheHubAndNoAdministrator() {
        MOTO.clients().regional(SecurityHubClient.class, SecurityHubClient::builder).enableSecurityHub(r -> r.enableDefaultStandards(false));

        SecurityHubStatus s = new SecurityHubStatusLoader().load(MOTO.clients());

        assertTrue(s.enabled());
        assertNull(s.notEnabledReason());
        assertEquals("arn:aws:securityhub:us-east-1:" + MotoServer.ACCOUNT_ID + ":hub/default", s.hubArn());
        assertNotNull(s.subscribedAt());
        assertNull(s.administratorAccountId());
    }
}
