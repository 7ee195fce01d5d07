package org.msb.fact;

import org.junit.jupiter.api.Test;
import org.msb.internal.live.FactLoader;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class FactsTest {
    @Test
    void everyFact_hasAUniqueNameActionsAndALoaderThatLoads() throws ReflectiveOperationException {
        Set<String> names = new HashSet<>();
        for (Fact<?> f : Facts.all()) {
            assertTrue(names.add(f.name()), "fact name used twice: " + f.name());
            assertTrue(f.name().matches("[a-z0-9]+(\\.[A-Za-z0-9]+)+"), "fact names are service.thing: " + f.name());
            assertFalse(f.iamActions().isEmpty(), f.name() + " declares no IAM action");
            f.iamActions().forEach(a -> assertTrue(a.matches("[a-z0-9-]+:[A-Za-z0-9]+"), f.name() + ": not an IAM action: " + a));
            Object loader = Class.forName(f.loaderClass()).getDeclaredConstructor().newInstance();
            assertInstanceOf(FactLoader.class, loader, f.loaderClass());
            assertSame(f, Facts.byName(f.name()));
        }
        assertFalse(names.isEmpty());
    }
}
