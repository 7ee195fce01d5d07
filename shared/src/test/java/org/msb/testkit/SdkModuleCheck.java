package org.msb.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which AWS SDK service modules a fact loader or item builder needs but the class path lacks. The JVM links a
 * loader's SDK types only when it first runs, so creating it proves nothing: this reads the class names its class
 * files refer to (the constant pool stores them as plain text) and tries each one. Followed: the class, its nested
 * classes and the classes of its own package it uses (a loader's helpers).
 */
final class SdkModuleCheck {
    private static final Pattern SDK_CLASS = Pattern.compile("software/amazon/awssdk/services/([a-z0-9]+)/[A-Za-z0-9_/$]+");
    private static final Pattern LIBRARY_CLASS = Pattern.compile("(software/amazon/awssdk|com/google/gson|org/yaml/snakeyaml)/[A-Za-z0-9_/$]+");

    private SdkModuleCheck() {}

    /** The artifact ids (software.amazon.awssdk:ID) of the classes {@code className} refers to that cannot be loaded. */
    static Set<String> missingModules(String className) {
        ClassLoader cl = SdkModuleCheck.class.getClassLoader();
        Set<String> missing = new TreeSet<>();
        walk(cl, className, (name, text) -> {
            Matcher m = SDK_CLASS.matcher(text);
            while (m.find()) if (!loadable(cl, m.group())) missing.add(m.group(1));
        });
        return missing;
    }

    /**
     * The library classes (AWS SDK, Gson, SnakeYAML) a rule's classes refer to directly. A rule uses the framework's
     * API and the JDK only: its Lambda jar takes library classes from the framework's shrunk library, which keeps
     * only what the framework itself reaches (shared/lambda/).
     */
    static Set<String> libraryReferences(Class<?> rule) {
        Set<String> found = new TreeSet<>();
        walk(rule.getClassLoader(), rule.getName(), (name, text) -> {
            Matcher m = LIBRARY_CLASS.matcher(text);
            while (m.find()) found.add(name + " -> " + m.group());
        });
        return found;
    }

    /**
     * Visits the class file of {@code className}, then of its nested classes and the classes of its own package it
     * refers to (a loader's helpers), each once, with its text.
     */
    private static void walk(ClassLoader cl, String className, BiConsumer<String, String> visit) {
        String pkg = className.substring(0, className.lastIndexOf('.') + 1).replace('.', '/');
        Pattern own = Pattern.compile(Pattern.quote(pkg) + "[A-Za-z0-9_$]+");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(className.replace('.', '/'));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!seen.add(name)) continue;
            String text = classText(cl, name);
            if (text == null) continue;
            visit.accept(name, text);
            Matcher m = own.matcher(text);
            while (m.find()) if (!seen.contains(m.group())) todo.add(m.group());
        }
    }

    private static boolean loadable(ClassLoader cl, String internalName) {
        try {
            Class.forName(internalName.replace('/', '.'), false, cl);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The class file as ISO-8859-1 text, in which its constant pool's class names read as they are; null if absent. */
    private static String classText(ClassLoader cl, String internalName) {
        try (InputStream in = cl.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
