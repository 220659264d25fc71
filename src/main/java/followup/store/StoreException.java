package followup.store;

import followup.FollowupException;

/** The state database cannot be opened, migrated or written. Exit code 1. */
public class StoreException extends FollowupException {
    private final String what;
    private final String advice;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.what = message;
        this.advice = null;
    }

    public StoreException(String message) {
        super(message);
        this.what = message;
        this.advice = null;
    }

    /** What went wrong and, apart, what to check; the message is both, as one sentence. */
    StoreException(String what, String advice, Throwable cause) {
        super(what + "; " + advice, cause);
        this.what = what;
        this.advice = advice;
    }

    /**
     * The same failure told at {@code where}, {@code file:line: key} as the config's own problems start (the key whose
     * value could not be opened).
     */
    public StoreException at(String where) {
        return advice == null ? new StoreException(where + ": " + getMessage(), getCause())
                : new StoreException(where + ": " + what, advice, getCause());
    }

    /** What went wrong, without the advice. */
    public String what() {
        return what;
    }

    /** What to check, when the failure says so apart from what went wrong; null otherwise. */
    public String advice() {
        return advice;
    }
}
