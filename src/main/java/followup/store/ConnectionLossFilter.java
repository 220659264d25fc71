package followup.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the scheduler's and the connection pool's own reports of a lost database connection out of the log: while
 * PostgreSQL is away they would print an error with a stack trace every few seconds (Quartz's trigger scan, its
 * cluster check-in, the pool's attempts to connect and its stale connections), where the README promises one
 * warning when the server goes and one line when it is back ({@link Outage}). A connection loss such a library sees
 * first starts that outage, so the warning is never lost with them. Their other warnings and errors pass, and so
 * does everything while no daemon watches a PostgreSQL database's outages (H2, a command, a daemon stopping),
 * except what the scheduler reports of the stop interrupting it ({@link #stopInterrupted}).
 */
public final class ConnectionLossFilter extends TurboFilter {
    /** Hikari's warning for a pooled connection the server closed: it drops it and takes another. */
    private static final String STALE = "Failed to validate connection";

    public ConnectionLossFilter() {
        // made by ConsoleLogging, or by logback from a configuration file's <turboFilter>
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || format == null) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        boolean pool = name.startsWith("com.zaxxer.hikari");
        if (!pool && !name.startsWith("org.quartz")) {
            return FilterReply.NEUTRAL;
        }
        if (stopInterrupted(thrown(t, params)) || rollbackOfClosed(name, format, thrown(t, params))) {
            return FilterReply.DENY;
        }
        if (!Outage.watching()) {
            return FilterReply.NEUTRAL;   // without a watched outage (H2, a command) nothing would say it instead
        }
        if (pool && format.contains(STALE)) {
            return FilterReply.DENY;
        }
        Throwable thrown = thrown(t, params);
        if (thrown != null && (Outage.connectionLost(thrown) || closedByPool(thrown))) {
            Outage.seenByLibrary(thrown);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /**
     * The daemon stopping interrupts the scheduler's thread: waiting for a connection (a server that is away), it
     * reports the interruption, then that its store is shut down, as errors; they are the stop, nothing failed.
     */
    private static boolean stopInterrupted(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException
                    || c instanceof IllegalStateException && String.valueOf(c.getMessage()).startsWith(
                            "JobStore is shutdown")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scheduler could not roll back a transaction because its connection is gone (closed by the pool when the
     * server went away, or when the daemon stopped): a transaction dies with its connection, so nothing was left
     * half done, and there is nothing to report. It comes with or without a watched outage (a stop can close the
     * pool under it).
     */
    private static boolean rollbackOfClosed(String logger, String format, Throwable thrown) {
        if (!logger.startsWith("org.quartz") || !format.startsWith("Couldn't rollback jdbc connection")) {
            return false;
        }
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            // the pool's closed connection says so without a state; the driver's has class 08 (connection exception)
            if (c instanceof java.sql.SQLException e && (e.getSQLState() != null && e.getSQLState().startsWith("08")
                    || e.getSQLState() == null && "Connection is closed".equals(e.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool's stand-in for a connection it closed when the server went away ("Connection is closed", without a
     * state): the scheduler, still holding it, reports each use of it (a trigger it could not update, an auto-commit
     * it could not restore) as an error with a stack trace, while the outage itself is logged once.
     */
    private static boolean closedByPool(Throwable thrown) {
        int depth = 0;
        for (Throwable c = thrown; c != null && depth < 32; c = c.getCause(), depth++) {
            if (c instanceof java.sql.SQLException e && e.getSQLState() == null
                    && "Connection is closed".equals(e.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The exception of a logging call: given on its own, or (SLF4J's way) as the last argument. */
    private static Throwable thrown(Throwable t, Object[] params) {
        if (t != null || params == null || params.length == 0) {
            return t;
        }
        return params[params.length - 1] instanceof Throwable last ? last : null;
    }
}
