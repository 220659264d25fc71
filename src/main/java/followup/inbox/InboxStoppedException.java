package followup.inbox;

/**
 * The daemon is stopping: a poll of the mailbox (or the reply check before a send) was cut short or not begun
 * ({@link ImapSession#stopReads}). Nothing is wrong with the mailbox.
 */
public final class InboxStoppedException extends InboxUnavailableException {
    public InboxStoppedException(String message) {
        super(message);
    }
}
