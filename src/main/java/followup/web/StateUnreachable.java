package followup.web;

/**
 * What the page would show cannot be read: the state database cannot be reached (its PostgreSQL server is down or out
 * of reach). The message says so in words fit for the page and the log: the server, that sending pauses, what to
 * check; never a password or a token.
 */
public final class StateUnreachable extends RuntimeException {
    public StateUnreachable(String why, Throwable cause) {
        super(why, cause);
    }
}
