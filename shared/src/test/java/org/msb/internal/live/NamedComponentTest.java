package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.msb.error.FactUnavailableException;
import org.msb.internal.live.builder.SecurityGroupItemBuilder;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamedComponentTest {
    @Test
    void create_whenClassImplementsTheType_givesAnInstance() {
        ItemBuilder b = NamedComponent.create("items:AWS::EC2::SecurityGroup", "builder",
                "org.msb.internal.live.builder.SecurityGroupItemBuilder", ItemBuilder.class);

        assertInstanceOf(SecurityGroupItemBuilder.class, b);
    }

    @Test
    void create_whenClassMissing_namesWhatCannotBeReadAndTheClass() {
        FactUnavailableException e = assertThrows(FactUnavailableException.class,
                () -> NamedComponent.create("items:AWS::X::Y", "builder", "org.msb.NoSuchBuilder", ItemBuilder.class));

        assertTrue(e.getMessage().contains("items:AWS::X::Y"), e.getMessage());
        assertTrue(e.getMessage().contains("its builder class org.msb.NoSuchBuilder is not on the class path"), e.getMessage());
    }

    @Test
    void create_whenClassHasTheWrongType_saysSo() {
        FactUnavailableException e = assertThrows(FactUnavailableException.class,
                () -> NamedComponent.create("iam.passwordPolicy", "loader", "java.lang.StringBuilder", FactLoader.class));

        assertTrue(e.getMessage().contains("java.lang.StringBuilder does not implement FactLoader"), e.getMessage());
    }
}
