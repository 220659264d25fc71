package followup.mail;

import followup.config.Secret;
import followup.config.Settings;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends MimeMessages over one reused SMTP connection and reports each attempt as a {@link SendResult}.
 *
 * <p>The connection stays open between sends; before reusing it, {@code isConnected()} probes it with RSET and a
 * dropped one is replaced. After any failure the connection is closed, so the next send starts clean. The
 * {@link TrackingTransport} underneath tells a failure before the server accepted DATA (certainly not delivered)
 * from one after it (perhaps delivered: {@link SendResult.Uncertain}).
 *
 * <p>Thread-safe enough for one sender thread: every public method takes one lock, except that {@link #closeIfIdle}
 * gives up at once while a send holds it (a connection in use is not idle), so that the caller, the daemon's
 * record watcher, never waits for a server that is slow to answer. The password or access token
 * ({@link Login}) goes to the server only; it never appears in a result, an exception or a log line. With OAuth2,
 * a refused token is refreshed once and the login tried again.
 */
public final class SmtpSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);

    private final Settings.Server server;
    private final Login login;
    private final Session session;
    private final Clock clock;
    private final String where;
    private final Outages outages;
    private final ReentrantLock lock = new ReentrantLock();
    /** The sockets of this sender's connections, for {@link #abortBeforeData}. */
    private final OpenSockets sockets = new OpenSockets();
    /** Volatile: {@link #abortBeforeData} reads it without the lock, which the send it looks at holds. */
    private volatile TrackingTransport transport;
    private Instant lastUsed;
    private Secret lastSecret;

    public SmtpSender(Settings.Server server) {
        this(server, Clock.systemUTC());
    }

    /** A connection unused this long is replaced, not probed ({@link #connection()}). */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    /** @param clock tells {@link #closeIfIdle} how long the connection has been idle */
    public SmtpSender(Settings.Server server, Clock clock) {
        this(server, clock, Login.password(server.password()));
    }

    /** @param login the password or the OAuth2 access tokens to sign in with */
    public SmtpSender(Settings.Server server, Clock clock, Login login) {
        this(server, clock, login, Outages.NONE);
    }

    /** @param outages the servers that stopped answering, shared by the daemon's candidates */
    public SmtpSender(Settings.Server server, Clock clock, Login login, Outages outages) {
        this.outages = Objects.requireNonNull(outages, "outages");
        this.server = Objects.requireNonNull(server, "server");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.login = Objects.requireNonNull(login, "login");
        this.session = SmtpSessions.create(server, login, TlsTrust.socketFactory(server.tls()), sockets);
        this.where = server.host() + ":" + server.port();
    }

    /**
     * Sends to the message's To and Cc recipients; connects (or reconnects when the server dropped the idle
     * connection) as needed. Never throws for mail failures: maps them to a SendResult.
     *
     * <p>Like {@link Transport#send}, saves the message's changes first, but keeps the Message-ID it already has,
     * so that every attempt of one planned message carries the same Message-ID.
     */
    public SendResult send(MimeMessage message) {
        return send(ready(message));
    }

    /**
     * A message saved and rendered once ({@link #ready}), with its recipients, or why it cannot be sent as it is.
     * Made outside the sender's lock, so that the next message is readied while this one is on the wire.
     */
    public record Ready(MimeMessage message, Address[] recipients, SendResult.Permanent unsendable) {
    }

    /** Saves the message's changes and renders it once, as {@link #send(MimeMessage)} would before connecting. */
    public static Ready ready(MimeMessage message) {
        Objects.requireNonNull(message, "message");
        try {
            Address[] recipients = recipients(message);
            prepare(message);
            return new Ready(message, recipients, recipients.length == 0
                    ? new SendResult.Permanent("the message has no To or Cc recipient") : null);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new Ready(message, new Address[0], new SendResult.Permanent("the message cannot be sent as it is: "
                    + Outcomes.summary(e)));
        }
    }

    /** Sends a message {@link #ready} made, as {@link #send(MimeMessage)} does. */
    public SendResult send(Ready ready) {
        Objects.requireNonNull(ready, "ready");
        if (ready.unsendable() != null) {
            return Outcomes.redact(ready.unsendable(), server.password());
        }
        lock.lock();
        try {
            return sendLocked(ready.message(), ready.recipients());
        } finally {
            lock.unlock();
        }
    }

    private SendResult sendLocked(MimeMessage message, Address[] recipients) {
        SendResult result = null;
        for (int attempt = 1; result == null; attempt++) {
            try {
                connection().sendMessage(message, recipients);
                lastUsed = clock.instant();
                result = new SendResult.Accepted(Outcomes.strip(transport.getLastServerResponse()));
            } catch (SignInException e) {
                closeQuietly();
                result = new SendResult.Temporary("SMTP " + where + ": " + e.getMessage());
            } catch (Outages.ServerDown e) {
                result = new SendResult.Temporary(e.getMessage());
            } catch (MessagingException | RuntimeException e) {
                result = Outcomes.failed(e, transport, server);
                closeQuietly();
                if (attempt == 1 && e instanceof AuthenticationFailedException
                        && !(result instanceof SendResult.Permanent p && p.mechanismNotOffered())) {
                    result = afterRefusedToken(result);
                }
            }
        }
        result = Outcomes.redact(Outcomes.redact(copiesOnly(result, message), server.password()), lastSecret);
        log.debug("SMTP {}: {}", where, result);
        return result;
    }

    /**
     * Closes the connection if it has been idle longer than {@code idle} (called by the daemon between messages);
     * returns at once, doing nothing, while a send is under way.
     */
    public void closeIfIdle(Duration idle) {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (transport != null && lastUsed != null
                    && Duration.between(lastUsed, clock.instant()).compareTo(idle) > 0) {
                log.debug("SMTP {}: closing the connection, idle since {}", where, lastUsed);
                closeQuietly();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The daemon stops: a conversation under way that has not begun the message data (connecting, signing in, the
     * envelope, or waiting for the 354 to DATA) is cut short by closing its connection, so that a server that does
     * not answer does not hold the stop for its timeout. The message was certainly not delivered, and the send
     * returns a {@link SendResult.Temporary}. A conversation past that point is left to finish: cutting it could
     * leave a delivered message looking uncertain. Returns at once; true if a conversation was cut.
     */
    public boolean abortBeforeData() {
        TrackingTransport t = transport;
        if (!lock.isLocked() || t != null && t.phase().dataSent()) {
            return false;
        }
        sockets.cutOff();       // the daemon stops: no conversation of this sender begins after it
        log.debug("SMTP {}: the conversation under way was cut short (the daemon stops)", where);
        return true;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The open connection (probed with RSET) or a new one, ready for a message. One unused for {@link #STALE_AFTER}
     * is replaced without a probe: the daemon closes one idle for half a minute, so an older one outlived a machine
     * that slept, and an RSET on it (its network gone) could wait the whole timeout before the first send.
     */
    private TrackingTransport connection() throws MessagingException, Outages.ServerDown {
        if (transport != null && lastUsed != null
                && Duration.between(lastUsed, clock.instant()).compareTo(STALE_AFTER) > 0) {
            log.debug("SMTP {}: the connection has not been used since {}; opening a new one", where, lastUsed);
            closeQuietly();
        }
        if (transport != null) {
            if (transport.isConnected()) {
                transport.beginMessage();
                return transport;
            }
            log.debug("SMTP {}: the server dropped the idle connection, reconnecting", where);
            closeQuietly();
        }
        boolean auth = SmtpSessions.authenticates(server, login);
        try (Outages.Attempt attempt = outages.attempt("smtp", server.host(), server.port())) {
            lastSecret = auth ? login.secret() : null;        // an OAuth2 token is refreshed here when it is due
            transport = newTransport();       // kept before connecting, so that a failure can be classified
            attempt.connect(() -> transport.connect(server.host(), server.port(), auth ? server.username() : null,
                    lastSecret == null ? null : lastSecret.reveal()));
        }
        transport.beginMessage();
        log.debug("SMTP {}: connected", where);
        return transport;
    }

    /**
     * A server refused the access token or the password: a token is refreshed once and tried again (null), as a
     * server may refuse a token before the expiry it was given with, and so is a password its file now holds instead
     * of the refused one; a refresh that shows the sign-in no longer works is reported as such.
     */
    private SendResult afterRefusedToken(SendResult refused) {
        try {
            if (login.renew()) {
                log.debug("SMTP {}: the login was refused; trying once more with a fresh secret", where);
                return null;
            }
            return refused;
        } catch (SignInException e) {
            return new SendResult.Temporary("SMTP " + where + ": " + e.getMessage());
        }
    }

    private TrackingTransport newTransport() {
        Transport t;
        try {
            t = session.getTransport(SmtpSessions.protocol(server));
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("no SMTP transport registered", e);
        }
        if (!(t instanceof TrackingTransport tracking)) {
            throw new IllegalStateException("the session gave " + t.getClass().getName()
                    + " instead of " + TrackingTransport.class.getName());
        }
        return tracking;
    }

    private void closeQuietly() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("SMTP {}: close failed: {}", where, Outcomes.summary(e));
        } finally {
            transport = null;
            lastUsed = null;
        }
    }

    /**
     * A partial send is a success only when what the server refused were copies: when it refused a To address, the
     * message went to the copies alone and did not reach its recipient (a failure, not to be tried again: the copies
     * have it).
     */
    private static SendResult copiesOnly(SendResult result, MimeMessage message) {
        if (!(result instanceof SendResult.Accepted a) || a.refusedCopies().isEmpty()) {
            return result;
        }
        Address[] to;
        try {
            to = message.getRecipients(Message.RecipientType.TO);
        } catch (MessagingException e) {
            return result;
        }
        java.util.Set<String> recipients = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Address t : to == null ? new Address[0] : to) {
            if (t instanceof InternetAddress ia) {
                recipients.add(ia.getAddress());
            }
        }
        return a.refusedCopies().stream().filter(r -> recipients.contains(r.address())).findFirst()
                .<SendResult>map(r -> new SendResult.Permanent(r.reply() + " (the server refused " + r.address()
                        + " and took the message for its copies only)")).orElse(result);
    }

    private static Address[] recipients(MimeMessage message) throws MessagingException {
        List<Address> all = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] some = message.getRecipients(type);
            if (some != null) {
                all.addAll(List.of(some));
            }
        }
        return all.toArray(new Address[0]);
    }

    /**
     * Saves the message's changes keeping its Message-ID, and renders it once to nowhere: content that cannot be
     * encoded fails here, before the server sees anything, instead of half-way through DATA.
     */
    private static void prepare(MimeMessage message) throws MessagingException, IOException {
        String id = message.getMessageID();
        message.saveChanges();
        if (id != null) {
            message.setHeader("Message-ID", id);
        }
        message.writeTo(OutputStream.nullOutputStream());
    }
}
