package followup.web;

/**
 * What the page would show cannot be read: the state database cannot be reached (its PostgreSQL server is down or out
 * of reach). The message says so in words fit for the page and the log: the server, that sending pauses, what to
 * check; never a password or a token.
 */
public final class StateUnreachable extends RuntimeException {
    private final boolean toldByStore;

    /** @param toldByStore true when the daemon's store logs this outage itself ({@link #toldByStore}) */
    public StateUnreachable(String why, boolean toldByStore, Throwable cause) {
        super(why, cause);
        this.toldByStore = toldByStore;
    }

    /** True when the daemon's store logs the outage itself: once when the server goes, once when it is back. */
    public boolean toldByStore() {
        return toldByStore;
    }
}
