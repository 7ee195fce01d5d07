package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.DpFacts;
import org.msb.fact.SharingBlockPublicAccess;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.AwsStubServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * ec2:GetSnapshotBlockPublicAccessState and ec2:GetImageBlockPublicAccessState, which moto does not implement,
 * against WireMock answering in EC2's Query/XML wire format.
 */
class SharingBlockPublicAccessLoaderStubTest {
    @RegisterExtension static final AwsStubServer EC2 = new AwsStubServer("eu-west-1");

    private static void answer(String action, int status, String file) {
        EC2.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body(file))));
    }

    @Test
    void load_readsBothStates() {
        answer("GetSnapshotBlockPublicAccessState", 200, "ec2-get-snapshot-block-public-access-state.xml");
        answer("GetImageBlockPublicAccessState", 200, "ec2-get-image-block-public-access-state.xml");

        SharingBlockPublicAccess s = new LiveAccountView(EC2.clients(), "123456789012").fact(DpFacts.SHARING_BLOCK_PUBLIC_ACCESS);

        assertEquals("block-new-sharing", s.snapshotState());
        assertTrue(s.snapshotsBlocked());
        assertEquals("unblocked", s.imageState());
        assertFalse(s.imagesBlocked());
    }

    @Test
    void load_whenDenied_failsNamingTheAction() {
        answer("GetSnapshotBlockPublicAccessState", 403, "ec2-unauthorized-snapshot-bpa.xml");

        AwsReadException e = assertThrows(AwsReadException.class,
                () -> new LiveAccountView(EC2.clients(), "123456789012").fact(DpFacts.SHARING_BLOCK_PUBLIC_ACCESS));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("ec2:GetSnapshotBlockPublicAccessState", e.iamAction());
    }

    private static String body(String file) {
        try (InputStream in = SharingBlockPublicAccessLoaderStubTest.class.getResourceAsStream("/live/dp/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
