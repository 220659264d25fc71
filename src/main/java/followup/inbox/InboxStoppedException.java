package followup.inbox;

/**
 * The daemon is stopping: a read of the mailbox (a poll, the reply check before a send, a look in the sent folder)
 * was cut short or not begun ({@link ImapSession#stopReads}). Nothing is wrong with the mailbox.
 */
public final class InboxStoppedException extends InboxUnavailableException {
    public InboxStoppedException(String message) {
        super(message);
    }
}
