package org.msb.fuzz;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.msb.engine.ParameterValidator;
import org.msb.error.InvalidEventException;
import org.msb.error.InvalidItemException;
import org.msb.error.InvalidParameterException;
import org.msb.error.InvalidRegisterException;
import org.msb.error.InvalidWorldException;
import org.msb.internal.lambda.ConfigEventParser;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.model.network.Direction;
import org.msb.model.network.OpenPorts;
import org.msb.model.network.PrefixLists;
import org.msb.model.network.Protocol;
import org.msb.model.network.SecurityGroup;
import org.msb.model.policy.InvalidPolicyException;
import org.msb.model.policy.PolicyDocument;
import org.msb.register.ExceptionRegisterParser;
import org.msb.testkit.LargeSecurityGroup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.fuzz.FuzzFindingsTest.assertNames;

/**
 * Oversized and hostile input: a 10 MB world file, a security group with 10,000 rules, JSON nested 100,000 deep,
 * invalid UTF-8 and a register with a malformed date all end in a result or a typed error that names what was wrong.
 * The timeouts are hang guards, not performance claims (bench/ measures time).
 */
@Timeout(120)
class HostileInputTest {
    private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

    @Test
    void tenMegabyteWorldFileIsReadWithEveryItem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        int items = writeWorld(file, 10 * 1024 * 1024);
        assertTrue(Files.size(file) >= 10 * 1024 * 1024);
        World w = WorldReader.readWorld(file);
        assertEquals(items, w.account().items("AWS::S3::Bucket").size());
        assertEquals("bucket-" + (items - 1), w.account().items("AWS::S3::Bucket").get(items - 1).resourceId());
    }

    @Test
    void tenMegabyteWorldFileGzippedIsReadToo(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("big.json");
        int items = writeWorld(plain, 10 * 1024 * 1024);
        Path gz = dir.resolve("big.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        assertEquals(items, WorldReader.readWorld(gz).account().items("AWS::S3::Bucket").size());
    }

    @Test
    void securityGroupWithTenThousandRulesIsReasonedAboutCorrectly() {
        ConfigurationItem sg = ConfigurationItemParser.parse(LargeSecurityGroup.item(10_000));
        SecurityGroup group = SecurityGroup.from(sg);
        assertEquals(10_001, group.ingress().size());
        // 10,000 single-port rules from single public hosts, and one rule open to the world on 443
        OpenPorts.Scan scan = OpenPorts.of(group, Direction.INGRESS, Protocol.TCP, PrefixLists.none());
        assertEquals(1, scan.open().size(), scan.open().toString());
        assertEquals("443", scan.open().get(0).ports().toString());
        assertEquals(List.of("0.0.0.0/0"), scan.open().get(0).sources());
        assertFalse(group.internetExposures(Direction.INGRESS, Protocol.TCP, List.of(22, 3389), PrefixLists.none()).isExposed());
    }

    @Test
    void securityGroupWhoseTenThousandRulesAddUpToTheInternetIsExposed() {
        JsonObject item = LargeSecurityGroup.withIngress(LargeSecurityGroup.item(10_000), 22, "0.0.0.0/1", "128.0.0.0/1");
        SecurityGroup group = SecurityGroup.from(ConfigurationItemParser.parse(item));
        SecurityGroup.Reach reach = group.internetExposures(Direction.INGRESS, Protocol.TCP, List.of(22, 3389), PrefixLists.none());
        assertEquals(1, reach.exposures().size());
        assertEquals(22, reach.exposures().get(0).port());
        assertEquals(List.of("0.0.0.0/1", "128.0.0.0/1"), reach.exposures().get(0).sources());
    }

    @Test
    void jsonNestedHundredThousandDeepIsATypedErrorEverywhere() {
        assertThrows(InvalidEventException.class, () -> ConfigEventParser.parse(DEEP));
        JsonObject event = new JsonObject();
        event.addProperty("invokingEvent", DEEP_OBJECT);
        event.addProperty("resultToken", "t");
        assertThrows(InvalidEventException.class, () -> ConfigEventParser.parse(event.toString()));
        assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(DEEP_OBJECT));
        assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse(DEEP_OBJECT));
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.parseJson(DEEP_OBJECT));
        InvalidWorldException w = assertThrows(InvalidWorldException.class,
                () -> WorldReader.readWorld(new ByteArrayInputStream(DEEP.getBytes(StandardCharsets.UTF_8)), "deep.json"));
        assertNames(w, "deep.json");
        InvalidRegisterException r = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(DEEP, "deep.yaml"));
        assertNames(r, "deep.yaml");
        assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse("exceptions:\n" + "- ".repeat(100_000) + "x\n", "deep.yaml"));
    }

    @Test
    void billionLaughsRegisterIsATypedError() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, "*" + p))).append("]\n");
        }
        y.append("exceptions: *i\n");
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(y.toString(), "laughs.yaml"));
        assertNames(e, "laughs.yaml");
    }

    @Test
    void invalidUtf8InAnEventNamesTheOffset() {
        byte[] event = "{\"resultToken\":\"t\",\"invokingEvent\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        event[16] = (byte) 0xff;
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> ConfigEventParser.parse(event));
        assertNames(e, "Config rule event", "not valid UTF-8", "0xff", "offset 16");
    }

    @Test
    void invalidUtf8InAWorldFileNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad-utf8.json");
        byte[] bytes = "{\"format\":\"msb-world/1\",\"accountId\":\"123456789012\",\"region\":\"?\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) 0xc3;  // a lead byte followed by '"'
        Files.write(file, bytes);
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(file));
        assertNames(e, file.toString(), "not valid UTF-8");
    }

    @Test
    void invalidUtf8InARegisterNamesTheSourceAndOffset() {
        byte[] bytes = "exceptions:\n  - id: EX-\u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length - 2);  // cut inside the two bytes of é
        broken[broken.length - 1] = (byte) 0xc3;
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(broken, "s3://b/register.yaml"));
        assertNames(e, "s3://b/register.yaml", "not valid UTF-8");
    }

    @Test
    void registerWithAMalformedDateNamesTheEntryAndTheField() {
        String yaml = """
                exceptions:
                  - id: EX-1
                    rules: [s3-access-logging]
                    resource: b
                    reason: r
                    approver: a@example.com
                    expires: 2027-02-30
                """;
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(yaml, "register.yaml"));
        assertNames(e, "register.yaml", "exceptions[0] (EX-1)", "'expires'", "2027-02-30", "YYYY-MM-DD");
    }

    /** A world of S3 bucket items with a padded configuration, at least {@code bytes} long; the item count. */
    private static int writeWorld(Path file, int bytes) throws IOException {
        String padding = "x".repeat(1000);
        int n = 0;
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\":\"msb-world/1\",\"accountId\":\"123456789012\",\"region\":\"eu-west-1\",\"configurationItems\":[");
            long written = 0;
            while (written < bytes) {
                String item = (n == 0 ? "" : ",") + "{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"bucket-" + n
                        + "\",\"configurationItemStatus\":\"OK\",\"awsRegion\":\"eu-west-1\",\"configuration\":{\"name\":\"bucket-" + n
                        + "\",\"note\":\"" + padding + "\"},\"tags\":{\"Owner\":\"team-" + n + "\"}}";
                w.write(item);
                written += item.length();
                n++;
            }
            w.write("]}");
        }
        return n;
    }
}
