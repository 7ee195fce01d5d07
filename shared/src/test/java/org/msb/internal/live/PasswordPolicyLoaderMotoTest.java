package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.Facts;
import org.msb.fact.PasswordPolicy;
import org.msb.fact.loader.PasswordPolicyLoader;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.iam.IamClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private IamClient iam() { return MOTO.clients().global(IamClient.class, IamClient::builder); }

    @Test
    void load_whenWeakPolicy_returnsItsValues() {
        iam().updateAccountPasswordPolicy(r -> r.minimumPasswordLength(8).requireSymbols(false).requireNumbers(true)
                .requireUppercaseCharacters(true).requireLowercaseCharacters(false).maxPasswordAge(365)
                .passwordReusePrevention(3).allowUsersToChangePassword(true).hardExpiry(false));

        PasswordPolicy p = new PasswordPolicyLoader().load(MOTO.clients());

        assertTrue(p.exists());
        assertEquals(8, p.minimumPasswordLength());
        assertEquals(false, p.requireSymbols());
        assertEquals(true, p.requireNumbers());
        assertEquals(true, p.requireUppercaseCharacters());
        assertEquals(false, p.requireLowercaseCharacters());
        assertEquals(365, p.maxPasswordAge());
        assertEquals(3, p.passwordReusePrevention());
        assertEquals(true, p.allowUsersToChangePassword());
        assertEquals(false, p.hardExpiry());
    }

    @Test
    void load_whenNoPolicy_isNoneNotAnError() {
        PasswordPolicy p = new PasswordPolicyLoader().load(MOTO.clients());

        assertFalse(p.exists());
        assertNull(p.minimumPasswordLength());
        assertEquals(PasswordPolicy.none(), p);
    }

    @Test
    void viewFact_loadsByClassNameOncePerView() {
        iam().updateAccountPasswordPolicy(r -> r.minimumPasswordLength(10));
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        PasswordPolicy first = view.fact(Facts.PASSWORD_POLICY);
        iam().updateAccountPasswordPolicy(r -> r.minimumPasswordLength(20));
        PasswordPolicy again = view.fact(Facts.PASSWORD_POLICY);

        assertEquals(10, first.minimumPasswordLength());
        assertSame(first, again, "a view reads a fact once");
        assertEquals(20, new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID).fact(Facts.PASSWORD_POLICY).minimumPasswordLength(),
                "a new view reads it again");
    }
}
