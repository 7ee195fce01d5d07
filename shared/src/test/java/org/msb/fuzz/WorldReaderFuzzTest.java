package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.msb.error.FactUnavailableException;
import org.msb.error.InvalidWorldException;
import org.msb.error.MsbException;
import org.msb.fact.Facts;
import org.msb.internal.world.StaticAccountView;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.item.ConfigurationItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The offline sources: a world file ({@code msb-world/1}, also gzipped) and an AWS Config snapshot give a
 * {@link World} or an {@link InvalidWorldException} naming the file; a world that was read answers item and fact
 * lookups with values, a {@link FactUnavailableException}, or an InvalidWorldException for a fact of the wrong shape.
 */
class WorldReaderFuzzTest {
    private static Path snapshotFile;

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void readWorldBytes(byte[] input) {
        Outcomes.resultOrTyped(InvalidWorldException.class, () -> use(WorldReader.readWorld(new ByteArrayInputStream(input), "fuzz.json")));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void readMutatedWorld(FuzzedDataProvider data) {
        JsonElement seed = Seeds.json("worlds").get(0);
        byte[] bytes = JsonMutator.mutate(seed, data, 12).toString().getBytes(StandardCharsets.UTF_8);
        Outcomes.resultOrTyped(InvalidWorldException.class, () -> use(WorldReader.readWorld(new ByteArrayInputStream(bytes), "fuzz.json")));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void readMutatedConfigSnapshot(FuzzedDataProvider data) throws IOException {
        JsonElement seed = Seeds.json("worlds").get(data.consumeBoolean() ? 0 : 1);
        // getBytes, not Files.writeString: a mutated value may hold a lone surrogate, which writeString refuses
        Files.write(snapshot(), JsonMutator.mutate(seed, data, 12).toString().getBytes(StandardCharsets.UTF_8));
        Outcomes.resultOrTyped(InvalidWorldException.class, () -> use(WorldReader.readConfigSnapshot(snapshot())));
    }

    @AfterAll
    static void removeSnapshot() throws IOException {
        if (snapshotFile != null) Files.deleteIfExists(snapshotFile);
    }

    private static Path snapshot() {
        if (snapshotFile == null) {
            try {
                snapshotFile = Files.createTempFile("fuzz-snapshot", ".json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snapshotFile;
    }

    /** What a scan does with a world: its items by type, a fact, the register and the parameters. */
    private static void use(World w) {
        StaticAccountView view = w.account();
        Outcomes.check(view.accountId() != null && view.accountId().matches("\\d{12}"), "a world without a valid account id");
        for (ConfigurationItem ci : view.allItems()) {
            try {
                view.items(ci.resourceType());
                view.item(ci.resourceType(), ci.resourceId());
            } catch (FactUnavailableException notCaptured) {
                Outcomes.requireTyped(FactUnavailableException.class, notCaptured);
            }
        }
        try {
            view.fact(Facts.PASSWORD_POLICY);
        } catch (FactUnavailableException | InvalidWorldException e) {
            Outcomes.requireTyped(MsbException.class, e);
        }
        w.register().find("s3-access-logging", view.accountId(), "b", "arn:aws:s3:::b", java.time.LocalDate.of(2026, 11, 30));
        w.parametersFor("password-policy");
    }
}
