package followup.inbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.time.Clock;
import java.util.Objects;

/**
 * The IMAP sent folder: a copy of each sent message goes there (marked {@code \Seen}, so the user's mail client shows
 * it as sent mail), and a message whose fate is uncertain after a crash is looked up there by Message-ID. Both go
 * over the mailbox's open {@link ImapSession}: an APPEND per copy, never a new login.
 */
public final class SentFolder {
    private final ImapSession session;
    private final String configured;
    private volatile String found;
    private volatile boolean known;
    private Folder open;            // the folder on the session's present connection, kept (under its lock)
    private Store openOn;

    /** @param folderName the folder's name, or null to find it on the server ({@link SentFolders}) on first use */
    public SentFolder(ImapSession session, String folderName) {
        this.session = Objects.requireNonNull(session, "session");
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

    private String display() {
        String name = configured != null ? configured : found;
        return name == null ? "(the sent folder, not found yet)" : name;
    }

    /** With a session of its own on this connector (closed with {@link #close()}). */
    public SentFolder(ImapConnector connector, String folderName) {
        this(new ImapSession(connector, Clock.systemUTC()), folderName);
    }

    /**
     * Appends {@code message} with the {@code \Seen} flag (set on it), creating the folder if it is missing (looked up
     * once, and again after a failed append; the folder is kept for the next copy on the same connection, so that
     * Jakarta Mail does not ask the server whether it exists before each). Not repeated on a new connection when it fails: a copy that did arrive
     * would be there twice.
     */
    public void append(MimeMessage message) throws InboxUnavailableException {
        session.use("append to the IMAP folder \"" + display() + "\"", false, store -> {
            String folderName = name(store);
            if (openOn != store || !known) {
                open = store.getFolder(folderName);
                openOn = store;
            }
            Folder folder = open;
            if (!known && !folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
                throw new InboxUnavailableException("cannot create the IMAP folder \"" + folderName + "\" on "
                        + session.connector().where());
            }
            known = true;
            message.setFlag(Flags.Flag.SEEN, true);
            try {
                folder.appendMessages(new Message[] {message});   // the same Folder knows it exists: no LIST first
            } catch (MessagingException e) {
                known = false;
                throw e;
            }
            return null;
        });
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
        return session.use("search the IMAP folder \"" + display() + "\"", true, store -> {
            Folder folder = store.getFolder(name(store));
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
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        });
    }

    /** Closes the connection (the session's, shared with the poller when they were given the same one). */
    public void close() {
        session.close();
    }
}
