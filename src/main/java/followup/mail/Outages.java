package followup.mail;

import jakarta.mail.MessagingException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail servers that stopped answering, shared by every candidate of one daemon, as a mail server keeps its "dead
 * destinations": a server that takes the connection and never greets, or whose connection times out, holds the
 * worker that tried it for the whole timeout. When the candidates of one provider are more than the daemon's workers,
 * their polls, reply checks and sends would hold every worker, so a candidate whose provider works would wait for
 * theirs.
 *
 * <p>So once {@link #TRIPS} attempts in a row to connect to one server (protocol, host and port) that several
 * candidates use have timed out, it is down: every attempt to connect to it fails at once ({@link ServerDown}),
 * which the callers treat as the server being unreachable (a reply check unavailable, a temporary failure, retried as
 * usual), until a pause has passed. Then one
 * attempt, the first to come, tries it again while the others still fail at once: an answer of any kind (a greeting,
 * a refused login, a refused connection) ends the outage; another timeout doubles the pause, from {@link #FIRST_PAUSE}
 * up to {@link #MAX_PAUSE}. One timeout alone (a dropped packet) changes nothing.
 *
 * <p>Before those timeouts are in, a server is not known to be down, and every worker could be waiting on it: the
 * first wave of an outage. So a server that has not answered a connection in the last {@link #PROVEN} gets at most
 * {@link #TRIPS} connection attempts at a time; another waits up to {@link #FIRST_ANSWER_WAIT} for one of them to be
 * answered (then it goes on, as every attempt to a server that answers) and otherwise fails at once, as when the
 * server is down. A server that answers is asked by as many attempts at once as come.
 */
public final class Outages {
    /** Attempts in a row that timed out before a server is taken for down. */
    static final int TRIPS = 2;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofMinutes(5);
    /** How long after a server answered a connection it is asked by any number of attempts at once. */
    static final Duration PROVEN = Duration.ofMinutes(10);
    /** How long an attempt waits for the first answer of a server not proven ({@link #PROVEN}) before giving up. */
    static final Duration FIRST_ANSWER_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Outages.class);

    /** For a command that makes one connection (check, login): every attempt is tried, nothing is remembered. */
    public static final Outages NONE = new Outages(null);

    private final Clock clock;
    /** Every method that reads or changes these holds this object's lock: one look per connection made. */
    private final Map<String, Server> servers = new HashMap<>();
    /** How many candidates use each server: only one that several use is watched. */
    private final Map<String, Integer> users = new HashMap<>();
    /** The attempts to connect to each watched server that are under way. */
    private final Map<String, Integer> connecting = new HashMap<>();
    /** When each watched server last answered a connection attempt. */
    private final Map<String, Instant> answeredAt = new HashMap<>();
    private final Duration firstAnswerWait;

    /** @param clock the time the pauses are measured with */
    public Outages(Clock clock) {
        this(clock, FIRST_ANSWER_WAIT);
    }

    /** @param firstAnswerWait how long an attempt waits for a server not proven to answer another (in real time) */
    Outages(Clock clock, Duration firstAnswerWait) {
        this.clock = clock;
        this.firstAnswerWait = firstAnswerWait;
    }

    /**
     * What is known of one server that timed out.
     *
     * @param timeouts the attempts in a row that timed out
     * @param since    when the first of them ended
     * @param why      what the last of them said ("Read timed out")
     * @param until    when it is tried again (null while it is not down)
     * @param pause    the last pause
     * @param probing  an attempt is trying it again now
     */
    private record Server(int timeouts, Instant since, String why, Instant until, Duration pause, boolean probing) {
        boolean down() {
            return until != null;
        }

        Server probing(boolean now) {
            return new Server(timeouts, since, why, until, pause, now);
        }
    }

    /** A connection to a server that is down was not tried. */
    public static final class ServerDown extends Exception {
        ServerDown(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Before connecting to {@code protocol} at {@code host:port}: the attempt, to be told how it went, or
     * {@link ServerDown} when that server is down and it is not yet time to try it again (or another attempt is
     * trying it right now).
     */
    public synchronized Attempt attempt(String protocol, String host, int port) throws ServerDown {
        String name = name(protocol, host, port);
        if (clock == null || users.getOrDefault(name, 0) < 2) {
            return new Attempt(null, name, false);
        }
        awaitFirstAnswer(name);
        Server s = servers.get(name);
        if (s == null || !s.down()) {
            return started(name, false);
        }
        if (s.probing() || clock.instant().isBefore(s.until())) {
            throw new ServerDown("the " + name + " has not answered since " + at(s.since()) + " (" + s.why()
                    + "); it is tried again " + (s.probing() ? "now, by another attempt" : "from " + at(s.until())));
        }
        servers.put(name, s.probing(true));          // this attempt tries it again; the others still wait
        return started(name, true);
    }

    private Attempt started(String name, boolean probe) {
        connecting.merge(name, 1, Integer::sum);
        return new Attempt(this, name, probe);
    }

    /**
     * While {@link #TRIPS} attempts are already waiting on a server that has not answered lately (and is not known to
     * be down), waits for one of them to be answered or to end, up to {@link #firstAnswerWait}; then fails.
     */
    private void awaitFirstAnswer(String name) throws ServerDown {
        long deadline = System.nanoTime() + firstAnswerWait.toNanos();
        while (!proven(name) && connecting.getOrDefault(name, 0) >= TRIPS
                && (servers.get(name) == null || !servers.get(name).down())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ServerDown("the " + name + " has not answered yet: " + connecting.get(name) + " attempts"
                        + " are waiting for it; it is tried again once one of them ends");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerDown("the " + name + " was not tried: interrupted while other attempts waited for it");
            }
        }
    }

    /** The server answered a connection attempt within the last {@link #PROVEN}. */
    private boolean proven(String name) {
        Instant at = answeredAt.get(name);
        return at != null && at.plus(PROVEN).isAfter(clock.instant());
    }

    /** An attempt to connect ended, however it went. */
    private synchronized void ended(String name) {
        connecting.computeIfPresent(name, (k, n) -> n <= 1 ? null : n - 1);
        notifyAll();
    }

    /**
     * One more candidate connects to {@code protocol} at {@code host:port}. A server only one candidate uses is not
     * watched: they wait for their own server one attempt at a time (a send, a reply check), which holds one worker,
     * not everyone's; a provider that many use is what could hold every worker.
     */
    public synchronized void uses(String protocol, String host, int port) {
        if (clock != null) {
            users.merge(name(protocol, host, port), 1, Integer::sum);
        }
    }

    private static String name(String protocol, String host, int port) {
        return protocol.toUpperCase(Locale.ROOT) + " server " + host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The socket timeout among {@code failure} and its causes (connecting, or waiting for an answer), or null. */
    private static SocketTimeoutException timeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException timeout) {
                return timeout;
            }
        }
        return null;
    }

    private synchronized void answered(String name) {
        answeredAt.put(name, clock.instant());
        notifyAll();
        Server was = servers.remove(name);
        if (was != null && was.down()) {
            LOG.warn("The {} answers again (it had not since {}); the candidates who use it go on", name,
                    at(was.since()));
        }
    }

    /** @param probe the attempt was the one trying a server that is down again: its pause doubles */
    private synchronized void timedOut(String name, String why, boolean probe) {
        Server s = servers.get(name);
        boolean wasDown = s != null && s.down();
        if (wasDown && !probe) {
            return;                   // an attempt that began before it was found down: it is down already
        }
        Instant now = clock.instant();
        int timeouts = s == null ? 1 : s.timeouts() + 1;
        Instant since = s == null ? now : s.since();
        if (timeouts < TRIPS) {
            servers.put(name, new Server(timeouts, since, why, null, null, false));
            return;
        }
        Duration pause = s == null || s.pause() == null ? FIRST_PAUSE
                : s.pause().multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : s.pause().multipliedBy(2);
        servers.put(name, new Server(timeouts, since, why, now.plus(pause), pause, false));
        if (!wasDown) {
            LOG.warn("The {} does not answer ({} attempts in a row timed out, the last: {}): the candidates who"
                    + " use it wait, and it is tried again from {}, then less often while it stays silent", name, TRIPS,
                    why, at(now.plus(pause)));
        }
    }

    /** A probe that learnt nothing (the attempt stopped before it reached the server): the next attempt tries. */
    private synchronized void released(String name) {
        Server s = servers.get(name);
        if (s != null && s.probing()) {
            servers.put(name, s.probing(false));
        }
    }

    /** Connecting to a server: a Jakarta Mail {@code connect} and whatever it may need (a second login). */
    public interface Connection {
        void connect() throws MessagingException;
    }

    /** One attempt to connect: tell it how it went; closing it without a word leaves the server as it was. */
    public static final class Attempt implements AutoCloseable {
        private final Outages outages;
        private final String name;
        private final boolean probe;
        private boolean told;

        private Attempt(Outages outages, String name, boolean probe) {
            this.outages = outages;
            this.name = name;
            this.probe = probe;
        }

        /** Runs {@code connection}, and tells by how it ended whether the server answered (see {@link #failed}). */
        public void connect(Connection connection) throws MessagingException {
            try {
                connection.connect();
            } catch (MessagingException e) {
                failed(e);
                throw e;
            }
            answered();
        }

        /** The server answered: a greeting, a login accepted or refused, a connection refused at once. */
        public void answered() {
            told = true;
            if (outages != null) {
                outages.answered(name);
            }
        }

        /** The attempt failed: a timeout counts towards the server being down, anything else is an answer. */
        public void failed(Throwable failure) {
            SocketTimeoutException timeout = timeout(failure);
            if (timeout == null) {
                answered();
                return;
            }
            told = true;
            if (outages != null) {
                outages.timedOut(name, timeout.getMessage() == null ? "timed out" : timeout.getMessage(), probe);
            }
        }

        @Override
        public void close() {
            if (outages == null) {
                return;
            }
            if (!told) {
                outages.released(name);
            }
            outages.ended(name);
        }
    }
}
