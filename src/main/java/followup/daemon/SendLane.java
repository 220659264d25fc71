package followup.daemon;

import followup.mail.SendResult;
import followup.mail.SmtpSender;
import followup.store.MessageStore;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sender's way out: its SMTP connection (kept open and reused by {@link SmtpSender}) and its caps. The worker
 * threads render and check in parallel, but the cap check, the claim and the SMTP conversation of one sender run one
 * message at a time, so two messages never share a connection and the caps are never overshot. What follows the
 * server's answer (the {@code sent} mark, the copy to the sent folder) runs outside, while the next message of the
 * same sender is already on the wire.
 */
final class SendLane implements AutoCloseable {
    /** What came of one attempt. */
    sealed interface Attempt {
        /** A cap is reached: not claimed, not sent. */
        record Capped(SendingCap.Wait until) implements Attempt {
        }

        /** Someone else claimed it first (a second fire, another daemon): nothing was sent. */
        record NotClaimed() implements Attempt {
        }

        /** Claimed and handed to the server, which answered {@code result} at {@code at}. */
        record Done(SendResult result, Instant at) implements Attempt {
        }
    }

    private final SmtpSender smtp;
    private final SendingCap cap;
    private final MessageStore store;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    SendLane(SmtpSender smtp, SendingCap cap, MessageStore store, Clock clock) {
        this.smtp = smtp;
        this.cap = cap;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Claims the message ({@code planned} to {@code sending}, committed) and sends it, unless a cap holds it back.
     *
     * @param capped false for notices to self, which the caps do not hold back (they still count)
     */
    Attempt send(String key, MimeMessage mime, boolean capped) {
        lock.lock();
        try {
            Instant now = clock.instant();
            if (capped) {
                Optional<SendingCap.Wait> wait = cap.check(now);
                if (wait.isPresent()) {
                    return new Attempt.Capped(wait.get());
                }
            }
            if (!store.claim(key, now)) {
                return new Attempt.NotClaimed();
            }
            SendResult result = smtp.send(mime);
            Instant after = clock.instant();
            if (result instanceof SendResult.Accepted) {
                cap.sent(after);
            }
            return new Attempt.Done(result, after);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the SMTP connection if idle that long; never waits for a send under way. */
    void closeIfIdle(Duration idle) {
        smtp.closeIfIdle(idle);
    }

    @Override
    public void close() {
        smtp.close();
    }
}
