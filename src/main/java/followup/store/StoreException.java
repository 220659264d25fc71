package followup.store;

import followup.FollowupException;

/** The state database cannot be opened, migrated or written. Exit code 1. */
public class StoreException extends FollowupException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
