package org.msb.internal.live;

import org.msb.error.FactUnavailableException;

/**
 * Creates a fact loader or item builder from its class name, so a rule jar carries only the SDK modules
 * of what it reads: a component whose module is missing fails when it is asked for, with a message
 * naming the module to add, instead of the whole jar failing to load.
 */
final class NamedComponent {
    private NamedComponent() {}

    /**
     * @param what what could not be read without it: a fact name or {@code items:TYPE}
     * @param role "loader" or "builder", for messages
     * @throws FactUnavailableException naming {@code what} when the class is absent, of the wrong type,
     *         needs a module the class path lacks, or cannot be created
     */
    static <T> T create(String what, String role, String className, Class<T> type) {
        Object o;
        try {
            o = Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new FactUnavailableException(what, "its " + role + " class " + className + " is not on the class path", e);
        } catch (NoClassDefFoundError e) {
            throw missingModule(what, role, className, e);
        } catch (ReflectiveOperationException e) {
            throw new FactUnavailableException(what, "its " + role + " " + className + " cannot be created: " + e, e);
        }
        if (!type.isInstance(o)) throw new FactUnavailableException(what, className + " does not implement " + type.getSimpleName());
        return type.cast(o);
    }

    /**
     * The error for a component whose SDK module is missing, found when it is created or, as the JVM links
     * lazily, only when it first runs: a clear reason instead of an Error that ends the invocation.
     */
    static FactUnavailableException missingModule(String what, String role, String className, NoClassDefFoundError e) {
        return new FactUnavailableException(what, "its " + role + " " + className + " needs an AWS SDK module this jar does not carry"
                + " (missing " + e.getMessage() + "); add it to the rule's pom", e);
    }
}
