package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A password with letters beyond ASCII ("Kennwort-für-Bewerbung€"), against a server that takes the plain
 * {@code LOGIN} command and offers no {@code AUTHENTICATE} mechanism (GreenMail, as some self-hosted servers). Angus
 * Mail writes {@code LOGIN}'s strings one byte per character, which turns {@code ü} into the Latin-1 byte and
 * {@code €} into an unrelated one: the server, which holds the password in UTF-8 as every mail program sends it,
 * refused a password that was right, while SMTP (which sends UTF-8) signed in with it.
 */
class ImapNonAsciiPasswordTest {
    private static final String PASSWORD = "Kennwort-für-Bewerbung€ \"quoted\" back\\slash";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.IMAP}));

    @Test
    void a_password_beyond_ascii_signs_in_with_the_login_command() throws Exception {
        greenMail.setUser(GreenMailAccounts.EMAIL, GreenMailAccounts.LOGIN, PASSWORD);
        ImapConnector connector = new ImapConnector(GreenMailAccounts.server(greenMail.getImap().getPort(),
                Settings.Security.PLAIN, PASSWORD));
        try (Store store = connector.connect()) {
            assertTrue(store.isConnected());
        }
    }
}
