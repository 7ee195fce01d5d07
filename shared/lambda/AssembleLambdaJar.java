import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds a rule's Lambda jar from its shaded jar and the shrunk Lambda library (shared/target/lambda-union/
 * union-shrunk.jar, made by R8 with lambda-shrink.pro): every resource of the shaded jar; the rule module's own
 * classes, and those of the packages lambda-shrink.pro keeps whole ({@code -keep class p.** { *; }}: the framework,
 * Gson, SnakeYAML...), as compiled; every other class in its shrunk form, or not at all when R8 found nothing that
 * reaches it. Kept-whole classes are taken as compiled because R8 rewrites the stack map frames of what it outputs
 * with the exact types of the whole library: a frame naming an S3 type makes the JVM's verifier load S3 classes,
 * and a rule jar without the S3 module fails to start.
 * R8 also writes a few helper classes of its own ({@code Host$$ExternalSynthetic...}); each comes along with its
 * host class. The jar so holds the same SDK modules as its shaded jar (its SBOM stays true) with only what is
 * used of them.
 * Run by the rule modules' build (rules/pom.xml) as a single-file program:
 * <pre>java AssembleLambdaJar.java SHADED_JAR UNION_SHRUNK_JAR MODULE_CLASSES_DIR SHRINK_PRO OUTPUT_JAR</pre>
 */
public final class AssembleLambdaJar {
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java AssembleLambdaJar.java SHADED_JAR UNION_SHRUNK_JAR MODULE_CLASSES_DIR SHRINK_PRO OUTPUT_JAR");
            System.exit(2);
        }
        Path shaded = Path.of(args[0]), library = Path.of(args[1]), moduleClasses = Path.of(args[2]), pro = Path.of(args[3]), out = Path.of(args[4]);
        List<String> keptWhole = keptWhole(pro);
        for (Path p : new Path[]{shaded, library}) {
            if (!Files.isRegularFile(p)) fail(p + " does not exist" + (p == library
                    ? ": the shrunk Lambda library is built by the shared module (mvn package -pl shared, without -Dlambda.skip)" : ""));
        }
        int own = 0, whole = 0, shrunk = 0, dropped = 0, resources = 0, synthetic = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(shaded.toFile()); ZipFile lib = new ZipFile(library.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
            Set<String> written = new HashSet<>();
            for (ZipEntry e : in.stream().toList()) {
                if (e.isDirectory()) continue;
                String name = e.getName();
                ZipFile source = in;
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    if (Files.isRegularFile(moduleClasses.resolve(name))) {
                        own++;
                    } else if (keptWhole.stream().anyMatch(name::startsWith)) {
                        whole++;
                    } else if (lib.getEntry(name) != null) {
                        source = lib;
                        shrunk++;
                    } else {
                        dropped++;
                        continue;
                    }
                } else {
                    resources++;
                }
                copy(source, source == in ? e : source.getEntry(name), e.getTime(), zip);
                written.add(name);
            }
            for (ZipEntry e : lib.stream().toList()) {
                String name = e.getName();
                int host = name.indexOf("$$");
                if (host < 0 || written.contains(name) || in.getEntry(name) != null || !written.contains(name.substring(0, host) + ".class")) continue;
                copy(lib, e, in.getEntry(name.substring(0, host) + ".class").getTime(), zip);
                synthetic++;
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s: %,d bytes (shaded %,d): %d classes of the rule, %d kept whole, %d shrunk library classes and %d R8"
                        + " helpers (%d unreached left out), %d resources%n",
                out.getFileName(), Files.size(out), Files.size(shaded), own, whole, shrunk, synthetic, dropped, resources);
    }

    /** The class-file prefixes of the packages the configuration keeps whole: "-keep class org.msb.** { *; }" gives "org/msb/". */
    static List<String> keptWhole(Path pro) throws IOException {
        Pattern keep = Pattern.compile("^-keep class ([\\w.]+)\\.\\*\\* \\{ \\*; \\}\\s*$");
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(pro)) {
            Matcher m = keep.matcher(line);
            if (m.matches()) out.add(m.group(1).replace('.', '/') + "/");
        }
        if (out.isEmpty()) fail(pro + " keeps no package whole (-keep class p.** { *; }); the framework at least must be");
        return out;
    }

    /** Copies one entry with the shaded jar's time: the same inputs give the same jar. */
    private static void copy(ZipFile from, ZipEntry entry, long time, ZipOutputStream zip) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(time);
        zip.putNextEntry(copy);
        try (InputStream data = from.getInputStream(entry)) {
            data.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static void fail(String message) {
        System.err.println("AssembleLambdaJar: " + message);
        System.exit(1);
    }
}
