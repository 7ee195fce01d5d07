package org.msb.internal.world;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.error.FactUnavailableException;
import org.msb.error.InvalidWorldException;
import org.msb.fact.Facts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class WorldReaderTest {
    @TempDir Path dir;

    static final String WORLD = """
            {"format":"msb-world/1","accountId":"111122223333","region":"eu-west-1","capturedAt":"2026-11-30T08:00:00Z",
             "configurationItems":[{"resourceType":"AWS::S3::Bucket","resourceId":"b1","configuration":"{\\"name\\":\\"b1\\"}"}],
             "facts":{"iam.passwordPolicy":{"exists":true,"minimumPasswordLength":8}},
             "exceptions":{"exceptions":[{"id":"E1","rules":["x"],"account":"111122223333","reason":"r","approver":"a","expires":"2027-01-01"}]},
             "parameters":{"password-policy":{"MinimumPasswordLength":"12"}}}
            """;

    @Test
    void readWorld_readsItemsFactsRegisterAndParameters() throws IOException {
        Path f = write("w.json", WORLD);
        World w = WorldReader.readWorld(f);
        assertEquals("111122223333", w.account().accountId());
        assertEquals("b1", w.account().items("AWS::S3::Bucket").get(0).configuration().get("name").text());
        assertEquals(8, w.account().fact(Facts.PASSWORD_POLICY).minimumPasswordLength());
        assertEquals("E1", w.register().exceptions().get(0).id());
        assertEquals("12", w.parametersFor("password-policy").get("MinimumPasswordLength"));
    }

    @Test
    void readWorld_whenGzipped_readsIt() throws IOException {
        Path f = dir.resolve("w.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(WORLD.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, WorldReader.readWorld(f).account().allItems().size());
    }

    @Test
    void readWorld_whenFactMissing_isFactUnavailableNamingTheWorld() throws IOException {
        Path f = write("w.json", WORLD.replace("\"iam.passwordPolicy\"", "\"other\""));
        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> WorldReader.readWorld(f).account().fact(Facts.PASSWORD_POLICY));
        assertTrue(e.getMessage().contains("iam.passwordPolicy") && e.getMessage().contains("msb capture"), e.getMessage());
    }

    @Test
    void readWorld_whenFactHasWrongShape_namesTheFact() throws IOException {
        Path f = write("w.json", WORLD.replace("\"minimumPasswordLength\":8", "\"minimumPasswordLength\":\"eight\""));
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f).account().fact(Facts.PASSWORD_POLICY));
        assertTrue(e.getMessage().contains("iam.passwordPolicy"), e.getMessage());
    }

    @Test
    void readWorld_badInputs_areClearErrors() throws IOException {
        assertError(dir.resolve("absent.json"), "no such file");
        assertError(write("a.json", "{\"format\":\"msb-world/1\""), "is not valid JSON");
        assertError(write("b.json", "{\"configurationItems\":[]}"), "not a world file");
        assertError(write("c.json", WORLD.replace("111122223333\",\"region", "1234\",\"region")), "12-digit");
        assertError(write("d.json", WORLD.replace("\"resourceType\":\"AWS::S3::Bucket\",", "")), "configurationItems[0]");
        assertError(write("e.json", WORLD.replace("\"expires\":\"2027-01-01\"", "\"expires\":\"someday\"")), "'expires'");
        Path bad = dir.resolve("f.json");
        Files.write(bad, new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertError(bad, "UTF-8");
        assertError(write("g.json", "[" .repeat(100_000)), "");
    }

    @Test
    void readConfigSnapshot_takesAccountAndRegionFromItems_andHasNoFacts() throws IOException {
        Path f = write("snap.json", """
                {"fileVersion":"1.0","configSnapshotId":"abc","configurationItems":[
                 {"configurationItemVersion":"1.3","awsAccountId":"444455556666","awsRegion":"us-west-2","resourceType":"AWS::S3::Bucket",
                  "resourceId":"b","configuration":{"name":"b"},"configurationItemStatus":"OK"}]}
                """);
        World w = WorldReader.readConfigSnapshot(f);
        assertEquals("444455556666", w.account().accountId());
        assertEquals("us-west-2", w.account().region());
        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> w.account().fact(Facts.PASSWORD_POLICY));
        assertTrue(e.getMessage().contains("snapshots hold configuration items only"), e.getMessage());
        assertError(write("nosnap.json", "{\"a\":1}"), "not an AWS Config snapshot", true);
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static void assertError(Path f, String expected) { assertError(f, expected, false); }

    private static void assertError(Path f, String expected, boolean snapshot) {
        InvalidWorldException e = assertThrows(InvalidWorldException.class,
                () -> { if (snapshot) WorldReader.readConfigSnapshot(f); else WorldReader.readWorld(f); });
        assertTrue(e.getMessage().contains(f.toString()) || e.getMessage().contains(f.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
