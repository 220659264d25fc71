package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup check} with a watched folder the mailbox does not have: the folders it has are named. */
class CheckFoldersTest {
    private static final String USER = "alex@example.test";
    private static final String PASSWORD = "Folders-Pw-2b8f";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}));

    @TempDir
    Path tmp;

    @Test
    void a_watched_folder_that_does_not_exist_is_shown_with_the_folders_the_mailbox_has() throws Exception {
        var user = greenMail.setUser(USER, USER, PASSWORD);
        greenMail.getManagers().getImapHostManager().createMailbox(user, "Applications");
        Path config = CheckConfigs.write(tmp, USER, PASSWORD, "127.0.0.1", greenMail.getSmtp().getPort(), "plain",
                greenMail.getImap().getPort(), "plain", ", folders = [\"INBOX\", \"Aplications\"]");

        Cli.Result r = Cli.run("check", "--config=" + config);

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED  the watched folder \"Aplications\" does not exist; the mailbox has"
                + " \"Applications\", \"INBOX\""), r.out());
        assertTrue(r.out().contains("what to do: set followup.mail.imap.folders (at "), r.out());
        assertTrue(r.out().contains("application.conf:8) to folders of that list"), r.out());
    }

    /**
     * A sent folder written with a typo (or as another client names it): the first copy would make a new folder the
     * mail client never shows as sent. The mailbox's own sent folder is named, with the key to set.
     */
    @Test
    void a_sent_folder_that_does_not_exist_beside_the_mailboxs_own_is_a_failure_naming_it() throws Exception {
        var user = greenMail.setUser("sam@example.test", "sam@example.test", PASSWORD);
        greenMail.getManagers().getImapHostManager().createMailbox(user, "Sent Items");
        Path config = CheckConfigs.write(tmp, "sam@example.test", PASSWORD, "127.0.0.1",
                greenMail.getSmtp().getPort(), "plain", greenMail.getImap().getPort(), "plain",
                ",\n                       sent-folder = \"Sent Mail\"");

        Cli.Result r = Cli.run("check", "--config=" + config);

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED  the sent folder \"Sent Mail\" does not exist, and the mailbox's sent"
                + " folder is \"Sent Items\" (by its usual name)"), r.out());
        assertTrue(r.out().contains("what to do: set followup.mail.imap.sent-folder (at ")
                && r.out().contains("application.conf:9) = \"Sent Items\", or leave it out"), r.out());
    }
}
