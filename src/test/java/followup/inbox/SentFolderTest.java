package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings.Security;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Appending to and searching the IMAP sent folder. */
class SentFolderTest {
    private static final String ID = "<thank-you.acme-platform.3f9a2c1b7d@example.test>";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private SentFolder sent;

    @BeforeEach
    void createMailbox() {
        GreenMailAccounts.alex(greenMail);
        sent = new SentFolder(GreenMailAccounts.connector(greenMail), "Sent");
    }

    private static MimeMessage message(String messageId) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(GreenMailAccounts.EMAIL));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane@acme.test"));
        m.setSubject("Thank you for the conversation");
        m.setText("Thank you.");
        m.saveChanges();
        return m;
    }

    @Test
    void an_appended_message_is_found_by_its_message_id() throws Exception {
        sent.append(message(ID));
        assertTrue(sent.contains(ID));
    }

    @Test
    void an_unknown_message_id_is_not_found() throws Exception {
        sent.append(message(ID));
        assertFalse(sent.contains("<follow-up.acme-platform.3f9a2c1b7d@example.test>"));
        assertFalse(sent.contains("<thank-you.acme-platform.3f9a2c1b7d@example.tes>"));
    }

    @Test
    void a_missing_folder_contains_nothing_and_is_created_by_the_first_append() throws Exception {
        assertFalse(sent.contains(ID));
        sent.append(message(ID));
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            Folder folder = store.getFolder("Sent");
            assertTrue(folder.exists());
            folder.open(Folder.READ_ONLY);
            assertEquals(1, folder.getMessageCount());
            assertTrue(folder.getMessage(1).isSet(Flags.Flag.SEEN), "the copy is marked as read");
            folder.close(false);
        }
    }

    @Test
    void copies_on_one_connection_do_not_ask_for_the_folder_before_each() throws Exception {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        SentFolder traced = new SentFolder(GreenMailAccounts.connector(greenMail,
                new PrintStream(trace, true, StandardCharsets.UTF_8)), "Sent");
        try {
            for (int i = 0; i < 5; i++) {
                traced.append(message("<thank-you." + i + ".3f9a2c1b7d@example.test>"));
            }
        } finally {
            traced.close();
        }
        List<String> commands = trace.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.matches("[A-Z]+\\d+ [A-Z]+( .*)?")).map(l -> l.split(" ")[1]).toList();
        assertEquals(5, commands.stream().filter("APPEND"::equals).count(),
                () -> commands + " in\n" + trace.toString(StandardCharsets.UTF_8).lines().limit(40).toList());
        assertFalse(commands.subList(commands.indexOf("APPEND"), commands.size()).contains("LIST"),
                "the folder is looked up (and created) before the first copy, not before every one: " + commands);
        assertEquals(5, greenMail.getManagers().getImapHostManager()
                .getFolder(greenMail.getUserManager().getUser(GreenMailAccounts.LOGIN), "Sent").getMessageCount());
    }

    @Test
    void a_sent_folder_deleted_between_copies_is_created_again() throws Exception {
        sent.append(message(ID));
        greenMail.getManagers().getImapHostManager().deleteMailbox(
                greenMail.getUserManager().getUser(GreenMailAccounts.LOGIN), "Sent");
        assertThrows(InboxUnavailableException.class, () -> sent.append(message("<second.3f9a2c1b7d@example.test>")),
                "the copy that found no folder is reported, not retried (it may have arrived)");
        sent.append(message("<third.3f9a2c1b7d@example.test>"));
        assertTrue(sent.contains("<third.3f9a2c1b7d@example.test>"));
        assertFalse(sent.contains(ID));
    }

    @Test
    void an_unreachable_server_makes_the_sent_folder_unavailable() throws Exception {
        SentFolder nowhere = new SentFolder(new ImapConnector(GreenMailAccounts.server(
                GreenMailAccounts.closedPort(), Security.PLAIN, GreenMailAccounts.PASSWORD)), "Sent");
        assertThrows(InboxUnavailableException.class, () -> nowhere.contains(ID));
        assertThrows(InboxUnavailableException.class, () -> nowhere.append(message(ID)));
    }
}
