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
 * {@code \Sent} rule is tested on a folder list and against a few scripted lines of IMAP, and the fallback by
 * usual names against GreenMail.
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
    void a_server_that_lists_special_use_attributes_has_its_sent_folder_found_over_imap() throws Exception {
        List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (followup.testing.LoopbackServer server = followup.testing.LoopbackServer.start("special-use-imap",
                (socket, n) -> scriptedImap(socket, commands))) {
            ImapConnector connector = new ImapConnector(GreenMailAccounts.server(server.port(),
                    followup.config.Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (Store store = connector.connect()) {
                assertEquals(new SentFolders.Found("Gesendete Objekte", "SPECIAL-USE \\Sent"),
                        SentFolders.find(store));
            }
        }
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("LIST")), "the folders were listed: " + commands);
    }

    /**
     * A few lines of IMAP, as a server with SPECIAL-USE (RFC 6154) answers them: the sent folder has a localised
     * name and the {@code \Sent} attribute, and a folder named "Sent" is something else.
     */
    private static void scriptedImap(java.net.Socket socket, List<String> commands) {
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
             java.io.Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(),
                     java.nio.charset.StandardCharsets.US_ASCII)) {
            out.write("* OK [CAPABILITY IMAP4rev1 SPECIAL-USE LITERAL+] scripted server ready\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ", 3);
                String tag = parts[0];
                String verb = parts.length > 1 ? parts[1].toUpperCase(java.util.Locale.ROOT) : "";
                commands.add(verb + (verb.equals("LOGIN") ? "" : parts.length > 2 ? " " + parts[2] : ""));
                switch (verb) {
                    case "CAPABILITY" -> out.write("* CAPABILITY IMAP4rev1 SPECIAL-USE LITERAL+\r\n" + tag
                            + " OK done\r\n");
                    case "LOGIN" -> out.write(tag + " OK [CAPABILITY IMAP4rev1 SPECIAL-USE LITERAL+] logged in\r\n");
                    case "LIST" -> out.write("* LIST (\\HasNoChildren) \"/\" INBOX\r\n"
                            + "* LIST (\\HasNoChildren) \"/\" \"Sent\"\r\n"
                            + "* LIST (\\HasNoChildren \\Sent) \"/\" \"Gesendete Objekte\"\r\n"
                            + "* LIST (\\HasNoChildren \\Drafts) \"/\" \"Entw&APw-rfe\"\r\n"
                            + tag + " OK LIST done\r\n");
                    case "LOGOUT" -> {
                        out.write("* BYE bye\r\n" + tag + " OK LOGOUT done\r\n");
                        out.flush();
                        return;
                    }
                    default -> out.write(tag + " OK " + verb + " done\r\n");
                }
                out.flush();
            }
        } catch (java.io.IOException e) {
            // the client went away
        }
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
