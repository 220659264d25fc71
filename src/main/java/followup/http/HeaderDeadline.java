package followup.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers of one of followup's HTTP servers (the page, the metrics), with a time limit on reading a request.
 * The JDK's server reads the request line and the headers on the worker that then runs the handler, with no limit of
 * its own: a client that sends half a request and waits (or whose connection dropped without a word, its network
 * gone) would hold that worker for as long as the connection stays open, and a few of them the whole server. Here
 * each request has {@code limit} from the moment a worker takes it up until the handler is reached
 * ({@link #headersRead}); past it the worker is interrupted, which closes the connection it is blocked reading
 * (a socket channel is interruptible), and goes on to the next request.
 *
 * <p>The rest of a request's traffic is under the same limit ({@link #limited}): the handler's reading of a form or
 * an upload, and the answer, whose end makes the server read what is left of an announced body before the connection
 * can be used again. Without it a client could send whole headers with {@code Content-Length: 100000} and no body:
 * even refused for want of the token, its request would hold a worker in that last read for as long as it stays
 * connected.
 *
 * <p>The JDK's own {@code sun.net.httpserver.maxReqTime} is not used: it is read once for the whole JVM (the
 * login's loopback server too), and it counts from the moment a request arrives, so a request waiting
 * for a worker behind half requests is closed with them.
 */
public final class HeaderDeadline implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);
    /** The request the current worker is reading, while it is one of this executor's. */
    private static final ThreadLocal<Reading> CURRENT = new ThreadLocal<>();

    private final ExecutorService workers;
    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;
    private final String name;

    /** @param name the name of the thread that keeps the time, which also names the server in the debug log */
    public HeaderDeadline(ExecutorService workers, Duration limit, String name) {
        this.workers = workers;
        this.limit = limit;
        this.name = name;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void execute(Runnable exchange) {
        workers.execute(() -> {
            Reading reading = new Reading(Thread.currentThread());
            CURRENT.set(reading);
            reading.limit();
            try {
                exchange.run();
            } finally {
                reading.end();
                CURRENT.remove();
                // an interrupt the cut made after the exchange's last read must not reach the next request
                Thread.interrupted();
            }
        });
    }

    /**
     * Called by the handler first: its request's headers are in, the time limit no longer applies. False when the
     * limit cut the request already (the handler then only closes it).
     */
    public static boolean headersRead() {
        Reading reading = CURRENT.get();
        return reading == null || reading.arrive();
    }

    /** Traffic with the client that may block on it ({@link #limited}). */
    public interface Wire<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code io} (reading a body, sending the answer, closing the exchange) under the time limit, counted from
     * now: past it the worker is interrupted, the connection closed, and {@code io} ends with an {@code IOException}.
     */
    public static <T> T limited(Wire<T> io) throws IOException {
        Reading reading = CURRENT.get();
        if (reading == null) {
            return io.run();
        }
        reading.limit();
        try {
            return io.run();
        } finally {
            reading.arrive();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /**
     * One request on its worker: reading (under the limit) until its handler is reached, handling, and under the limit
     * again while its body or its answer goes over the wire; the cut and the arrival exclude each other.
     */
    private final class Reading {
        private final Thread worker;
        private State state = State.HANDLING;
        private ScheduledFuture<?> cut;

        Reading(Thread worker) {
            this.worker = worker;
        }

        /** Starts a read under the limit. */
        synchronized void limit() {
            if (state == State.HANDLING && !timer.isShutdown()) {
                state = State.READING;
                cut = timer.schedule(this::cut, limit.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        synchronized void cut() {
            if (state == State.READING) {
                state = State.CUT;
                LOG.debug("{}: a request that did not come within {} s was closed", name, limit.toSeconds());
                worker.interrupt();
            }
        }

        synchronized boolean arrive() {
            if (cut != null) {
                cut.cancel(false);
                cut = null;
            }
            if (state == State.READING) {
                state = State.HANDLING;
            }
            if (state == State.CUT) {
                Thread.interrupted();
                return false;
            }
            return true;
        }

        synchronized void end() {
            if (cut != null) {
                cut.cancel(false);
            }
            state = State.DONE;
        }
    }

    private enum State { READING, HANDLING, CUT, DONE }
}
