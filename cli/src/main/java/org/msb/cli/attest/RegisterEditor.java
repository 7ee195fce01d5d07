package org.msb.cli.attest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.msb.error.InvalidRegisterException;
import org.msb.register.Attestation;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends an attestation to a register file (YAML, or JSON when the file name ends in {@code .json}),
 * creating the file when it does not exist. The file is first read with the framework's
 * {@link ExceptionRegisterParser}, so a broken register is refused rather than overwritten; YAML is edited as
 * a node tree, so existing entries, their order and comments stay as they were. The result is parsed again
 * before it replaces the file, which is written through a temporary file in the same folder.
 */
public final class RegisterEditor {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** What to record; {@code id} null = the next free {@code AT-<year>-<nnn>}. */
    public record NewAttestation(String id, String rule, String subject, String reference, java.time.LocalDate date, String by,
                                 String account) {}

    private RegisterEditor() {}

    /**
     * @return the attestation as the register now holds it
     * @throws InvalidRegisterException when the existing file is not a valid register, or the id is taken
     */
    public static Attestation append(Path file, NewAttestation a) throws IOException {
        String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        ExceptionRegister existing = ExceptionRegisterParser.parse(before, file.toString());
        String id = a.id() != null ? a.id() : nextId(existing, a.date().getYear());
        if (taken(existing, id)) throw new InvalidRegisterException("exception register " + file + " already has an entry with id " + id);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("rule", a.rule());
        if (a.subject() != null) entry.put("subject", a.subject());
        if (a.reference() != null) entry.put("reference", a.reference());
        entry.put("date", a.date().toString());
        entry.put("by", a.by());
        if (a.account() != null) entry.put("account", a.account());

        String after = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? appendJson(before, entry, file)
                : appendYaml(before, entry);
        ExceptionRegister written = ExceptionRegisterParser.parse(after, file.toString());  // never write what cannot be read back
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, after, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return written.attestations().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** One more than the highest AT-YEAR-NNN in the register. */
    static String nextId(ExceptionRegister r, int year) {
        Pattern p = Pattern.compile("AT-" + year + "-(\\d+)");
        int max = 0;
        List<String> ids = new ArrayList<>();
        r.attestations().forEach(x -> ids.add(x.id()));
        r.exceptions().forEach(x -> ids.add(x.id()));
        for (String id : ids) {
            Matcher m = p.matcher(id);
            if (m.matches()) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return String.format("AT-%d-%03d", year, max + 1);
    }

    private static boolean taken(ExceptionRegister r, String id) {
        return r.attestations().stream().anyMatch(x -> x.id().equals(id)) || r.exceptions().stream().anyMatch(x -> x.id().equals(id));
    }

    private static String appendYaml(String before, Map<String, String> entry) {
        LoaderOptions lo = new LoaderOptions();
        lo.setProcessComments(true);
        DumperOptions dump = new DumperOptions();
        dump.setProcessComments(true);
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setIndent(2);
        dump.setIndicatorIndent(2);
        dump.setIndentWithIndicator(true);
        dump.setWidth(120);
        Yaml yaml = new Yaml(new SafeConstructor(lo), new Representer(dump), dump, lo, new TextDates());
        Node root = before.isBlank() ? null : yaml.compose(new StringReader(before));
        if (root == null) root = yaml.represent(new LinkedHashMap<>());
        MappingNode doc = (MappingNode) root;  // the parser accepted it, so it is a mapping
        SequenceNode list = null;
        for (NodeTuple t : doc.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("attestations") && t.getValueNode() instanceof SequenceNode s) list = s;
        }
        Node item = yaml.represent(entry);
        if (list == null) {
            list = new SequenceNode(Tag.SEQ, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
            List<NodeTuple> tuples = new ArrayList<>(doc.getValue());
            tuples.removeIf(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("attestations"));  // "attestations:" with no list
            tuples.add(new NodeTuple(yaml.represent("attestations"), list));
            doc.setValue(tuples);
        }
        if (list.getFlowStyle() == DumperOptions.FlowStyle.FLOW) list.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
        list.getValue().add(item);
        StringWriter out = new StringWriter();
        yaml.serialize(doc, out);
        return out.toString();
    }

    private static String appendJson(String before, Map<String, String> entry, Path file) {
        JsonObject root;
        try {
            JsonElement e = before.isBlank() ? new JsonObject() : JsonParser.parseString(before);
            root = e.getAsJsonObject();
        } catch (RuntimeException e) {
            throw new InvalidRegisterException("exception register " + file + " is not a JSON object: " + e.getMessage(), e);
        }
        JsonArray list = root.has("attestations") && root.get("attestations").isJsonArray() ? root.getAsJsonArray("attestations") : new JsonArray();
        JsonObject o = new JsonObject();
        entry.forEach(o::addProperty);
        list.add(o);
        root.add("attestations", list);
        return PRETTY.toJson(root) + "\n";
    }

    /** Dates stay text (YYYY-MM-DD written plain, as the register parser reads them). */
    private static final class TextDates extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
