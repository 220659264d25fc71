package followup.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One mailbox's IMAP connection, opened once and reused by everything that talks to that mailbox: the polls and
 * reply checks ({@link ImapPoller}), the copies to the sent folder and the look-ups there ({@link SentFolder}).
 * One command sequence at a time, so the store's single connection is never shared and never multiplied (Angus
 * hands the store's connection to a folder that opens and takes it back when it closes).
 *
 * <p>A connection unused for {@link #PROBE_AFTER} is probed with a NOOP before it is used again and replaced if the
 * server dropped it; a work that fails on a connection is retried once on a new one when it may be repeated
 * ({@code idempotent}); any other failure closes the connection and the next use opens a new one.
 * {@link #closeIfIdle} closes a connection nobody used for a while, and never waits for one in use.
 *
 * <p>When the daemon stops, a poll in hand is cut short and no other begins ({@link #stopReads}); a copy being filed,
 * or a look in the sent folder, is left to finish.
 */
public final class ImapSession implements AutoCloseable {
    /** Below this idle time a connection is used without a NOOP first. */
    static final Duration PROBE_AFTER = Duration.ofSeconds(10);
    /**
     * Beyond this idle time a connection is replaced without a NOOP: the daemon closes one idle for ten minutes, so
     * one older than this outlived a machine that slept, and a NOOP on it (its network gone, a NAT that forgot it)
     * could wait the whole timeout before the first poll after waking.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);

    /** What to do with the connected store. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Store store) throws MessagingException;
    }

    private final ImapConnector connector;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);   // fair: a reply check waits for one copy at most
    private Store store;
    private Instant lastUsed;
    private int connects;
    /** Guards {@link #readInHand} and the cut of {@link #stopReads}, so that the cut can only hit a read. */
    private final Object cutting = new Object();
    /** The work holding the connection may be repeated (a read): the stop may cut it short. */
    private boolean readInHand;
    /** The daemon is stopping: no read begins ({@link #stopReads}). */
    private volatile boolean stopping;

    public ImapSession(ImapConnector connector, Clock clock) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    ImapConnector connector() {
        return connector;
    }

    /**
     * Runs {@code work} on the open connection (opening one if needed).
     *
     * @param what       for the error: {@code cannot <what> on host:port: cause}
     * @param idempotent whether a work that failed on a reused connection may run again on a new one
     * @throws InboxUnavailableException when the server cannot be reached or the work failed
     */
    public <T> T use(String what, boolean idempotent, Work<T> work) throws InboxUnavailableException {
        return use(what, idempotent, false, work);
    }

    /**
     * A read that the daemon's stop cuts short ({@link #stopReads}): a poll, and with it the reply check before a
     * send. Repeated on a new connection like any idempotent work.
     *
     * @throws InboxStoppedException when the daemon is stopping
     */
    public <T> T read(String what, Work<T> work) throws InboxUnavailableException {
        return use(what, true, true, work);
    }

    private <T> T use(String what, boolean idempotent, boolean cuttable, Work<T> work)
            throws InboxUnavailableException {
        lock.lock();
        try {
            if (cuttable) {
                synchronized (cutting) {
                    if (stopping) {
                        throw stopped(what);
                    }
                    readInHand = true;
                }
            }
            boolean reused = store != null;
            try {
                return attempt(what, cuttable, work);
            } catch (MessagingException | IllegalStateException e) { // Angus: IllegalStateException = folder closed
                closeQuietly();
                if (cuttable && stopping) {
                    throw stopped(what);
                }
                if (!reused || !idempotent) {
                    throw failure(what, e);
                }
            }
            try {
                return attempt(what, cuttable, work);
            } catch (MessagingException | IllegalStateException e) {
                closeQuietly();
                throw cuttable && stopping ? stopped(what) : failure(what, e);
            }
        } finally {
            if (cuttable) {
                synchronized (cutting) {
                    readInHand = false;
                    connector.uncut();     // a look in the sent folder after the stop may connect again
                }
            }
            lock.unlock();
        }
    }

    /**
     * The daemon stops: a {@link #read} in hand (a poll, and with it the reply check before a send) is cut short by
     * closing its sockets, instead of waiting up to the timeout for a server that does not answer, and no other
     * begins; each fails with an {@link InboxStoppedException}. Other work is left to run: a copy being filed in the
     * sent folder (cutting it could lose the copy), and a look there for a message whose send was interrupted (it
     * decides whether the message went out).
     *
     * @return whether a read was in hand and cut short
     */
    public boolean stopReads() {
        synchronized (cutting) {
            stopping = true;
            if (readInHand) {
                connector.cut();
                return true;
            }
            return false;
        }
    }

    private InboxStoppedException stopped(String what) {
        return new InboxStoppedException("cannot " + what + " on " + connector.where() + ": followup is stopping");
    }

    private <T> T attempt(String what, boolean cuttable, Work<T> work) throws MessagingException,
            InboxUnavailableException {
        Store connected;
        try {
            connected = store();
        } catch (InboxUnavailableException e) {
            throw cuttable && stopping ? stopped(what) : e;     // a connect cut short by the stop
        }
        T result = work.run(connected);
        lastUsed = clock.instant();
        return result;
    }

    private InboxUnavailableException failure(String what, Exception e) {
        return connector.failure("cannot " + what + " on " + connector.where(), e);
    }

    /** The open store; probed first when it has been idle, (re)connected when needed. */
    private Store store() {
        if (store != null && (lastUsed == null || idleFor().compareTo(PROBE_AFTER) < 0
                || idleFor().compareTo(STALE_AFTER) <= 0 && store.isConnected())) {
            return store;
        }
        closeQuietly();
        store = connector.connect();
        connects++;
        lastUsed = clock.instant();
        return store;
    }

    private Duration idleFor() {
        return Duration.between(lastUsed, clock.instant());
    }

    /** How many times a connection was opened (and logged in to) so far. */
    public int connects() {
        lock.lock();
        try {
            return connects;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the connection if it has been idle longer than {@code idle}; does nothing while it is in use. */
    public void closeIfIdle(Duration idle) {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (store != null && lastUsed != null && idleFor().compareTo(idle) > 0) {
                closeQuietly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Closes the connection; the next use opens a new one. */
    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly();
        } finally {
            lock.unlock();
        }
    }

    private void closeQuietly() {
        if (store == null) {
            return;
        }
        try {
            store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // closing a broken connection: nothing left to release
        } finally {
            store = null;
            lastUsed = null;
        }
    }
}
