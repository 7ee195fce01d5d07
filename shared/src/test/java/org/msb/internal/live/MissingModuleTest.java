package org.msb.internal.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msb.error.FactUnavailableException;
import org.msb.fact.Fact;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM links a loader's SDK types when it first runs, not when it is created: a rule jar without the module a
 * loader needs must fail that fact with a reason naming the module, not end the invocation with an Error.
 */
class MissingModuleTest {
    private final AwsClients clients = new AwsClients(new AwsClients.Settings(Region.US_EAST_1, URI.create("http://127.0.0.1:9"),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")), 1));

    @AfterEach void close() { clients.close(); }

    /** Stands for a loader whose SDK module the jar lacks: creating it works, running it does not link. */
    public static final class UnlinkedLoader implements FactLoader<String> {
        @Override public String load(AwsClients clients) {
            throw new NoClassDefFoundError("software/amazon/awssdk/services/ec2/Ec2Client");
        }
    }

    @Test
    void fact_whenItsLoaderCannotLinkItsSdkModule_isUnavailableNamingTheModule() {
        Fact<String> fact = new Fact<>("test.unlinked", String.class, List.of("ec2:DescribeThings"),
                UnlinkedLoader.class.getName(), true, "a fact whose module is missing");
        LiveAccountView view = new LiveAccountView(clients, "123456789012", List.of());

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> view.fact(fact));

        assertTrue(e.getMessage().contains("test.unlinked"), e.getMessage());
        assertTrue(e.getMessage().contains("needs an AWS SDK module this jar does not carry"), e.getMessage());
        assertTrue(e.getMessage().contains("software/amazon/awssdk/services/ec2/Ec2Client"), e.getMessage());
        assertInstanceOf(NoClassDefFoundError.class, e.getCause());
    }

    @Test
    void items_whenTheirBuilderCannotLinkItsSdkModule_areUnavailableNamingTheModule() {
        DescribeItemSource source = new DescribeItemSource(clients, "123456789012", java.time.Clock.systemUTC());

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> source.items("AWS::MissingModule::Thing"));

        assertTrue(e.getMessage().contains("items:AWS::MissingModule::Thing"), e.getMessage());
        assertTrue(e.getMessage().contains("MissingModuleThingItemBuilder needs an AWS SDK module this jar does not carry"), e.getMessage());
        assertTrue(e.getMessage().contains("software/amazon/awssdk/services/ec2/Ec2Client"), e.getMessage());
    }
}
