package followup.inbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.util.Objects;

/**
 * The IMAP sent folder: a copy of each sent message goes there (marked {@code \Seen}, so the user's mail client shows
 * it as sent mail), and a message whose fate is uncertain after a crash is looked up there by Message-ID. Each call
 * opens and closes its own connection.
 */
public final class SentFolder {
    private final ImapConnector connector;
    private final String configured;
    private volatile String found;

    /** @param folderName the folder's name, or null to find it on the server ({@link SentFolders}) on first use */
    public SentFolder(ImapConnector connector, String folderName) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.configured = folderName;
    }

    /** The configured name, or the one found on the server (looked up once, then kept). */
    private String name(Store store) throws MessagingException {
        if (configured != null) {
            return configured;
        }
        if (found == null) {
            found = SentFolders.find(store).name();
        }
        return found;
    }

    /** Appends {@code message} with the {@code \Seen} flag (set on it), creating the folder if it is missing. */
    public void append(MimeMessage message) throws InboxUnavailableException {
        Store store = connector.connect();
        String folderName = configured;
        try {
            folderName = name(store);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
                throw new InboxUnavailableException("cannot create the IMAP folder \"" + folderName + "\" on "
                        + connector.where());
            }
            message.setFlag(Flags.Flag.SEEN, true);
            folder.appendMessages(new Message[] {message});
        } catch (MessagingException e) {
            throw connector.failure("cannot append to the IMAP folder \"" + display(folderName) + "\" on "
                    + connector.where(), e);
        } finally {
            closeQuietly(store);
        }
    }

    /**
     * True if a message with exactly this Message-ID is in the folder: server-side {@code SEARCH HEADER Message-ID},
     * then the header of the (few) hits is compared, since SEARCH matches substrings. False if the folder is missing.
     */
    public boolean contains(String messageId) throws InboxUnavailableException {
        String wanted = InboxMessages.firstId(messageId);
        if (wanted == null) {
            return false;
        }
        Store store = connector.connect();
        String folderName = configured;
        try {
            folderName = name(store);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return false;
            }
            folder.open(Folder.READ_ONLY);
            try {
                Message[] hits = folder.search(new HeaderTerm("Message-ID", wanted));
                FetchProfile profile = new FetchProfile();
                profile.add("Message-ID");
                folder.fetch(hits, profile);
                for (Message hit : hits) {
                    String[] ids = hit.getHeader("Message-ID");
                    for (String id : ids == null ? new String[0] : ids) {
                        if (wanted.equals(InboxMessages.firstId(id))) {
                            return true;
                        }
                    }
                }
                return false;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw connector.failure("cannot search the IMAP folder \"" + display(folderName) + "\" on "
                    + connector.where(), e);
        } finally {
            closeQuietly(store);
        }
    }

    private static String display(String folderName) {
        return folderName == null ? "(the sent folder, not found yet)" : folderName;
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException ignored) {
            // the connection is going away anyway
        }
    }
}
