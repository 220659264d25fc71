package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finding the sent folder when {@code sent-folder} is not set. GreenMail lists no SPECIAL-USE attributes, so the
 * {@code \Sent} rule is tested on a scripted folder list, and the fallback by usual names against GreenMail.
 */
class SentFoldersTest {
    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @BeforeEach
    void createMailbox() {
        GreenMailAccounts.alex(greenMail);
    }

    private static SentFolders.Listed folder(String name, String... attributes) {
        return new SentFolders.Listed(name, Set.of(attributes));
    }

    @Test
    void the_folder_marked_sent_by_special_use_wins_over_any_usual_name() {
        SentFolders.Found found = SentFolders.choose(List.of(folder("INBOX", "\\HasNoChildren"),
                folder("Sent", "\\HasNoChildren"), folder("[Gmail]/Gesendet", "\\HasNoChildren", "\\Sent"),
                folder("[Gmail]/Entwürfe", "\\Drafts")));

        assertEquals(new SentFolders.Found("[Gmail]/Gesendet", "SPECIAL-USE \\Sent"), found);
    }

    @Test
    void without_special_use_the_first_usual_name_present_is_taken_whatever_its_case() {
        SentFolders.Found found = SentFolders.choose(List.of(folder("INBOX"), folder("Drafts"),
                folder("sent items")));

        assertEquals(new SentFolders.Found("sent items", "by its usual name"), found);
    }

    @Test
    void on_greenmail_a_sent_items_folder_is_found_by_its_name() throws Exception {
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            store.getFolder("Sent Items").create(Folder.HOLDS_MESSAGES);
            store.getFolder("Archive").create(Folder.HOLDS_MESSAGES);

            assertEquals(new SentFolders.Found("Sent Items", "by its usual name"), SentFolders.find(store));
        }
    }

    @Test
    void with_no_sent_folder_at_all_the_copy_goes_to_a_new_sent_folder() throws Exception {
        SentFolder sent = new SentFolder(GreenMailAccounts.connector(greenMail), null);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(GreenMailAccounts.EMAIL));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane@acme.test"));
        m.setSubject("Thank you");
        m.setText("Thank you.");
        m.saveChanges();

        sent.append(m);

        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            Folder folder = store.getFolder("Sent");
            assertTrue(folder.exists());
            folder.open(Folder.READ_ONLY);
            assertEquals(1, folder.getMessageCount());
            assertTrue(sent.contains(m.getMessageID()));
        }
    }

    @Test
    void a_copy_goes_to_the_sent_folder_found_on_the_server() throws Exception {
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            store.getFolder("Sent Messages").create(Folder.HOLDS_MESSAGES);
        }
        SentFolder sent = new SentFolder(GreenMailAccounts.connector(greenMail), null);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(GreenMailAccounts.EMAIL));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane@acme.test"));
        m.setSubject("Thank you");
        m.setText("Thank you.");
        m.saveChanges();

        sent.append(m);

        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            Folder folder = store.getFolder("Sent Messages");
            folder.open(Folder.READ_ONLY);
            assertEquals(1, folder.getMessageCount());
            assertTrue(!store.getFolder("Sent").exists());
        }
    }
}
