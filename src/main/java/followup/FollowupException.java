package followup;

/** The root of every failure the program reports to its user. Unchecked: callers handle it at the edge. */
public class FollowupException extends RuntimeException {
    public FollowupException(String message) {
        super(message);
    }

    public FollowupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code this failure maps to: 2 for bad input, 1 for a runtime failure. */
    public int exitCode() {
        return 1;
    }
}
