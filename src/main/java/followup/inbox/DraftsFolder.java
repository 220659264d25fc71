package followup.inbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;

/**
 * The user's IMAP drafts folder: an answer followup drafted (never sends) is saved there with the {@code \Draft}
 * flag, so the user's mail client offers it for editing and sending. Each call opens and closes its own connection.
 */
public final class DraftsFolder {
    private final ImapConnector connector;
    private final String folderName;

    public DraftsFolder(ImapConnector connector, String folderName) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.folderName = Objects.requireNonNull(folderName, "folderName");
    }

    public String name() {
        return folderName;
    }

    /** Appends {@code draft} flagged {@code \Draft} and {@code \Seen}; the folder must exist (it is not created). */
    public void save(MimeMessage draft) throws InboxUnavailableException {
        Store store = connector.connect();
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                throw new InboxUnavailableException("there is no IMAP folder \"" + folderName + "\" on "
                        + connector.where() + " (set " + connector.key("drafts-folder") + " to your drafts folder)");
            }
            draft.setFlag(Flags.Flag.DRAFT, true);
            draft.setFlag(Flags.Flag.SEEN, true);
            folder.appendMessages(new Message[] {draft});
        } catch (MessagingException e) {
            throw connector.failure("cannot save a draft in the IMAP folder \"" + folderName + "\" on "
                    + connector.where(), e);
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the connection is going away anyway
            }
        }
    }
}
