package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.AlternateContacts;
import org.msb.fact.AmFacts;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContactType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** account:GetAlternateContact against moto: set types are read, a missing type (ResourceNotFoundException) is absent. */
class AlternateContactsLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private AccountClient account() { return MOTO.clients().global(AccountClient.class, AccountClient::builder); }

    @Test
    void load_whenBillingMissing_returnsTheOtherTwoOnly() {
        account().putAlternateContact(r -> r.alternateContactType(AlternateContactType.SECURITY).name("Security Operations")
                .title("SOC lead").emailAddress("soc@example.com").phoneNumber("+44 20 7946 0001"));
        account().putAlternateContact(r -> r.alternateContactType(AlternateContactType.OPERATIONS).name("Platform On-Call")
                .title("SRE").emailAddress("platform-oncall@example.com").phoneNumber("+44 20 7946 0002"));

        AlternateContacts contacts = new AlternateContactsLoader().load(MOTO.clients());

        assertEquals(List.of(
                new AlternateContacts.Contact("OPERATIONS", "Platform On-Call", "SRE", "platform-oncall@example.com", "+44 20 7946 0002"),
                new AlternateContacts.Contact("SECURITY", "Security Operations", "SOC lead", "soc@example.com", "+44 20 7946 0001")),
                contacts.contacts());
    }

    @Test
    void load_whenNoneSet_isEmptyNotAnError() {
        assertEquals(List.of(), new AlternateContactsLoader().load(MOTO.clients()).contacts());
    }

    @Test
    void viewFact_findsTheLoaderByName() {
        account().putAlternateContact(r -> r.alternateContactType(AlternateContactType.BILLING).name("Accounts Payable")
                .title("Finance").emailAddress("ap@example.com").phoneNumber("+44 20 7946 0003"));

        AlternateContacts contacts = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID).fact(AmFacts.ALTERNATE_CONTACTS);

        assertEquals("ap@example.com", contacts.contacts().get(0).emailAddress());
        assertEquals("BILLING", contacts.contacts().get(0).type());
    }
}
