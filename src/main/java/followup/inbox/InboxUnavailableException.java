package followup.inbox;

import followup.FollowupException;

/**
 * The mailbox cannot be checked right now: connection refused, timeout, TLS or login failure, missing folder. The
 * message says what and where, never the password.
 */
public class InboxUnavailableException extends FollowupException {
    public InboxUnavailableException(String message) {
        super(message);
    }

    public InboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
