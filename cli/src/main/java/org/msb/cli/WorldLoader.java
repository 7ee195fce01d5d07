package org.msb.cli;

import org.msb.account.AccountView;
import org.msb.error.InvalidWorldException;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.internal.live.LiveAccountView;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.register.ExceptionRegister;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/** Opens the account a command works on, from {@link WorldOptions}. */
public final class WorldLoader {

    /** An opened account: its view, the register and parameters it carries, and a name for reports. */
    /**
     * @param asOf the time the source describes when it is fixed (the demo account), else null (evaluate now)
     */
    public record Opened(String name, AccountView account, ExceptionRegister register, Map<String, Map<String, String>> parameters,
                         Instant asOf, AwsClients clients) implements AutoCloseable {
        @Override public void close() { if (clients != null) clients.close(); }
    }

    public static Opened open(WorldOptions o) {
        if (o.isLive()) return live(o);
        if (o.world() == null && o.snapshot() == null) {
            // The demo account is a fixed picture: evaluated as of its capture time, its output never drifts.
            World demo = demo();
            return new Opened("the demo account: " + demo.description(), demo.account(), demo.register(), demo.parameters(),
                    demo.capturedAt(), null);
        }
        World w = o.world() != null ? WorldReader.readWorld(o.world()) : WorldReader.readConfigSnapshot(o.snapshot());
        String name = w.description() != null ? w.description() + " (" + w.name() + ")" : w.name();
        return new Opened(name, w.account(), w.register(), w.parameters(), null, null);
    }

    public static World demo() { return DemoAccount.load(); }

    /** Live clients for the chosen region and endpoint; the account id comes from STS. */
    public static AwsClients clients(WorldOptions o) { return clients(o.region(), o.endpoint()); }

    public static AwsClients clients(String regionOption, java.net.URI endpoint) {
        String region = regionOption;
        if (region == null) {
            try {
                region = new DefaultAwsRegionProviderChain().getRegion().id();
            } catch (SdkClientException e) {
                throw new IllegalArgumentException("no AWS region: pass --region or set AWS_REGION");
            }
        }
        return new AwsClients(AwsClients.Settings.of(region, endpoint));
    }

    private static Opened live(WorldOptions o) {
        AwsClients clients = clients(o);
        String account = CallerIdentity.accountId(clients);
        String where = o.endpoint() == null ? "" : " via " + o.endpoint();
        return new Opened("live account " + account + " in " + clients.region() + where, new LiveAccountView(clients, account),
                ExceptionRegister.empty(), Map.of(), null, clients);
    }

    private WorldLoader() {}
}
