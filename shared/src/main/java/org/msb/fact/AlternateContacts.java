package org.msb.fact;

import java.util.List;

/**
 * The account's alternate contacts as {@code account:GetAlternateContact} returns them, one entry per type
 * that is set (BILLING, OPERATIONS, SECURITY). A type that answered ResourceNotFoundException is not set
 * and has no entry: that is a value, not an error.
 */
public record AlternateContacts(List<Contact> contacts) {
    public AlternateContacts {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** One alternate contact; fields as the API names them. */
    public record Contact(String type, String name, String title, String emailAddress, String phoneNumber) {}
}
