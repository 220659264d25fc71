package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup check} with the SMTP and IMAP ports swapped: each server is named for what it is. */
class CheckWrongPortTest {
    private static final String USER = "alex@example.test";
    private static final String PASSWORD = "Wrong-Port-Pw-7d1e";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}));

    @TempDir
    Path tmp;

    @Test
    void an_imap_server_on_the_smtp_port_and_an_smtp_server_on_the_imap_port_are_named_as_such() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        int smtp = greenMail.getSmtp().getPort();
        int imap = greenMail.getImap().getPort();
        Path config = CheckConfigs.write(tmp, USER, PASSWORD, "127.0.0.1", imap, "plain", smtp, "plain", "");

        Cli.Result r = Cli.run("check", "--config=" + config);

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED  port " + imap + " answers as an IMAP server, not SMTP (* OK IMAP4rev1"),
                r.out());
        assertTrue(r.out().contains("what to do: set followup.mail.smtp.port to the SMTP server's port (587 with"
                + " security = starttls, or 465 with ssl), not the IMAP one"), r.out());
        assertTrue(r.out().contains("FAILED  port " + smtp + " answers as an SMTP server, not IMAP (220 "), r.out());
        assertTrue(r.out().contains("what to do: set followup.mail.imap.port to the IMAP server's port (993 with"
                + " security = ssl, or 143 with starttls), not the SMTP one"), r.out());
        assertTrue(r.out().contains("set at:     followup.mail.smtp.port in " + config + ":5\n"), r.out());
        assertTrue(r.out().contains("set at:     followup.mail.imap.port in " + config + ":7\n"), r.out());
    }
}
