package followup.inbox;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.HashSet;
import java.util.Set;

/**
 * Which message is being read while a read is under way (its UIDVALIDITY and UID, and whether its headers or its
 * content), so that a read cut short there can be blamed on it, and the messages not to be read as before: those
 * whose content broke the connection (read by their headers only) and those whose headers did (left unread).
 * Per folder; used by one read at a time.
 */
final class Reading {
    private final Set<String> headersOnly = new HashSet<>();
    private final Set<String> unread = new HashSet<>();
    private long validity;
    private long uid;
    private boolean headers;
    private boolean batch;
    private boolean oneByOne;

    /** The message whose content or headers were being read when the read stopped, as {@code validity/uid}. */
    String inProgress() {
        return uid == 0 ? null : validity + "/" + uid;
    }

    /** Whether the read stopped in {@link #inProgress}'s headers (else in its content). */
    boolean inHeaders() {
        return headers;
    }

    /**
     * Whether the read stopped while the headers of every new message were fetched at once: the next read
     * fetches them one message at a time, so that a message the server cannot serve can be told.
     */
    boolean inBatch() {
        return batch;
    }

    /** The next reads fetch each message's headers on its own, until one succeeds. */
    void oneByOne() {
        oneByOne = true;
    }

    /** From now on the message {@code validityAndUid} (as {@link #inProgress}) is read by its headers only. */
    void headersOnly(String validityAndUid) {
        headersOnly.add(validityAndUid);
    }

    /** From now on the message {@code validityAndUid} is not read at all; its UID counts as seen. */
    void leaveUnread(String validityAndUid) {
        unread.add(validityAndUid);
    }

    boolean contentAllowed(long validity, long uid) {
        return !headersOnly.contains(validity + "/" + uid);
    }

    boolean readable(long validity, long uid) {
        return !unread.contains(validity + "/" + uid);
    }

    /**
     * Whether this read fetches each message's headers on its own: after a FETCH of them all broke the connection,
     * or when a message left unread is among {@code candidates} (then their UIDs are fetched first).
     */
    boolean careful(UIDFolder folder, long validity, Message[] candidates) throws MessagingException {
        if (!oneByOne && unread.stream().noneMatch(m -> m.startsWith(validity + "/"))) {
            return false;
        }
        ((Folder) folder).fetch(candidates, FolderReader.uids());
        if (oneByOne) {
            return true;
        }
        for (Message m : candidates) {
            if (!readable(validity, folder.getUID(m))) {
                return true;
            }
        }
        return false;
    }

    void start(long validity, long uid, boolean headers) {
        this.batch = false;
        this.validity = validity;
        this.uid = uid;
        this.headers = headers;
    }

    void startBatch() {
        this.batch = true;
    }

    void done() {
        this.uid = 0;
        this.batch = false;
    }

    void succeeded() {
        done();
        oneByOne = false;
    }
}
