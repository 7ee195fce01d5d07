package org.msb.fact.loader;

import org.msb.fact.AlternateContacts;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContact;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.account.model.GetAlternateContactResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code account.alternateContacts}: account:GetAlternateContact for BILLING, OPERATIONS and SECURITY, from
 * inside the account (no AccountId, so no trusted access is needed). A type that is not set answers
 * ResourceNotFoundException: it then has no entry, which the rule reads as "missing", never as an error.
 */
public final class AlternateContactsLoader implements FactLoader<AlternateContacts> {
    /** The types the API knows, in the order annotations name them. */
    static final List<AlternateContactType> TYPES = List.of(AlternateContactType.BILLING, AlternateContactType.OPERATIONS,
            AlternateContactType.SECURITY);

    @Override
    public AlternateContacts load(AwsClients clients) {
        AccountClient account = clients.global(AccountClient.class, AccountClient::builder);
        List<AlternateContacts.Contact> found = new ArrayList<>();
        for (AlternateContactType type : TYPES) {
            GetAlternateContactResponse r = AwsCall.readOptional("Account", "GetAlternateContact", "account:GetAlternateContact",
                    Set.of("ResourceNotFoundException"), () -> account.getAlternateContact(b -> b.alternateContactType(type)));
            if (r == null || r.alternateContact() == null) continue;
            AlternateContact c = r.alternateContact();
            String t = c.alternateContactTypeAsString() == null ? type.toString() : c.alternateContactTypeAsString();
            found.add(new AlternateContacts.Contact(t, c.name(), c.title(), c.emailAddress(), c.phoneNumber()));
        }
        return new AlternateContacts(found);
    }
}
