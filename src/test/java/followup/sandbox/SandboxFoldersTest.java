package followup.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sandbox's mailboxes have the folders a provider's have: a rejection's drafted answer is saved in Drafts. */
class SandboxFoldersTest {
    @Test
    void everySendersMailboxHasADraftsFolder() throws Exception {
        Sandbox sandbox = Sandbox.start(0, 0, "alex@example.test");
        try {
            sandbox.addSender("bea@example.test");
            for (String user : List.of("alex@example.test", "bea@example.test")) {
                Store store = Session.getInstance(new Properties()).getStore("imap");
                store.connect("127.0.0.1", sandbox.imapPort(), user, Sandbox.PASSWORD);
                try {
                    List<String> names = Arrays.stream(store.getDefaultFolder().list()).map(Folder::getFullName)
                            .toList();
                    assertTrue(names.contains("Drafts"), user + ": " + names);
                } finally {
                    store.close();
                }
            }
        } finally {
            sandbox.close();
        }
    }
}
