package followup.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server went away while the daemon runs (restarted, network down): a transaction that failed
 * because the connection was lost waits and runs again, so the send path pauses where it is (before a claim, or
 * with a 250 not yet marked) and goes on when the server is back. Every transaction is one unit of database work
 * with no effect outside the database, so running it again is safe; a claim or a mark that did commit before the
 * connection broke finds its message moved on and reports that, as when two daemons race. Logged once per outage.
 */
final class Outage {
    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);
    private static final long MAX_WAIT_MS = 5_000;
    /** The outages of the databases open with it enabled: those a lost connection seen by a library is told to. */
    private static final Set<Outage> ENABLED = ConcurrentHashMap.newKeySet();
    private final String where;
    private final String host;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile boolean enabled;

    /** {@code where}: the server and database ({@code host:port/database}); {@code host}: its host. */
    Outage(String where, String host) {
        this.where = where;
        this.host = host;
    }

    void enable() {
        enabled = true;
        ENABLED.add(this);
    }

    /** Stops waiting: transactions waiting now and later fail (the daemon stops). */
    void stop() {
        stopped.countDown();
        ENABLED.remove(this);
    }

    /**
     * After a failed transaction: true once it is worth running again (the connection was lost and the database is
     * not being closed), after a pause that grows with {@code attempt}; false to report the failure.
     */
    boolean waitAfter(SQLException e, int attempt) {
        if (!enabled || stopped.getCount() == 0 || !connectionLost(e)) {
            return false;
        }
        goneWith(e);
        long pause = Math.min(MAX_WAIT_MS, 200L << Math.min(attempt, 5));
        try {
            return !stopped.await(pause, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The one warning of an outage, from whichever saw it first, in followup's words: the server, what happened as
     * far as the failure tells, and what to check. Not the exception's own message: the pool's ("followup-store -
     * Connection is not available, request timed out after 5000ms (total=0, ...)") or the driver's name neither.
     */
    private void goneWith(Throwable e) {
        if (lost.compareAndSet(false, true)) {
            LOG.warn("The state database ({}) cannot be reached: {}. Sending pauses until it is back; check that"
                    + " PostgreSQL runs on {} and that this machine can reach it (network, firewall)", where, what(e),
                    host);
        }
    }

    /** What the lost connection's failure tells of the server, in a few words. */
    static String what(Throwable e) {
        int depth = 0;
        String what = null;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
            if (t instanceof UnknownHostException) {
                return "its host name cannot be resolved";
            } else if (t instanceof ConnectException) {
                return "the connection was refused";
            } else if (state.equals("57P01")) {
                return "the server was shut down";
            } else if (state.equals("57P02")) {
                return "the server stopped after a crash of one of its processes";
            } else if (state.equals("57P03")) {
                return "the server is starting up or shutting down";
            } else if (t instanceof SocketTimeoutException) {
                what = "it did not answer in time";
            } else if (what == null && t instanceof SQLTransientConnectionException) {
                what = "no connection to it could be opened in time";
            }
        }
        return what != null ? what : "the connection to it was lost";
    }

    /**
     * The scheduler or the pool found the connection lost ({@link ConnectionLossFilter} keeps their own errors out of
     * the log): each open database's outage starts, if it has not already, so that the log still says it once.
     */
    static void seenByLibrary(Throwable e) {
        ENABLED.forEach(o -> o.goneWith(e));
    }

    /** True while a daemon's PostgreSQL database is open with its outages watched (never for H2). */
    static boolean watching() {
        return !ENABLED.isEmpty();
    }

    /** True from the first transaction that found the server gone until one goes through again. */
    boolean lost() {
        return lost.get();
    }

    /** A transaction went through: if the database had been lost, it is back. */
    void succeeded() {
        if (lost.get() && lost.compareAndSet(true, false)) {
            LOG.info("The state database ({}) is back: sending goes on", where);
        }
    }

    /**
     * A failure of the connection rather than of the statement, in {@code e} or one of its causes: SQLState class 08,
     * a server shutting down, a pool with no connection to give, a refused TCP connection.
     */
    static boolean connectionLost(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                // 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect now
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
