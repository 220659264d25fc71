package followup.daemon;

import followup.mail.SendResult;
import followup.mail.SmtpSender;
import followup.store.MessageStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One sender's way out: its SMTP connection (kept open and reused by {@link SmtpSender}) and its caps. The worker
 * threads render and check in parallel; the cap check and the claim run one message at a time, and so does the SMTP
 * conversation, so two messages never share a connection and the caps are never overshot. The two are handed over
 * hand: the next message is claimed (its commit) while this one is on the wire, and waits, claimed, for the wire.
 * So at most one message of a sender is claimed and not yet handed to the server at any moment: a crash leaves at
 * most that one reported uncertain besides the one on the wire. What follows the server's answer (the {@code sent}
 * mark, the copy to the sent folder) runs outside, while the next message is already on the wire.
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

        /** Not claimed: the same message of another id of its interview was claimed first ({@link Twin}). */
        record AlreadySent(String twin) implements Attempt {
        }

        /** Claimed and handed to the server, which answered {@code result} at {@code at}. */
        record Done(SendResult result, Instant at) implements Attempt {
        }

        /** The daemon stops: not claimed, not sent; it goes at the next start. */
        record Stopped() implements Attempt {
        }

        /**
         * Claimed, then not begun: the last conversation ended without the server's answer, and the pause after it
         * lasts ({@link UncertainPause}).
         */
        record Paused(UncertainPause.Until until) implements Attempt {
        }
    }

    private final SmtpSender smtp;
    private final SendingCap cap;
    private final MessageStore store;
    private final Clock clock;
    private final boolean shared;
    /** After a conversation that ended without the server's answer, messages to companies wait a while. */
    private final UncertainPause pause;
    /** The daemon stops: no message is claimed any more, and one claimed while another was on the wire stays put. */
    private volatile boolean stopped;
    /** The cap check and the claim: one message at a time. */
    private final ReentrantLock claiming = new ReentrantLock();
    /** The SMTP conversation: one message at a time; taken before {@link #claiming} is let go. */
    private final ReentrantLock wire = new ReentrantLock();
    /** Messages claimed whose server answer is not in yet (at most two): the caps count them as sent. */
    private final AtomicInteger unanswered = new AtomicInteger();
    /** The {@link Twin#signature}s of the messages this lane claimed lately, each with the message's key. */
    private final Map<String, String> claimedAs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CLAIMS_REMEMBERED;
        }
    };
    private static final int CLAIMS_REMEMBERED = 10_000;

    /**
     * A message to the company, as far as its twins go: another id of its interview (a record renamed or copied) with
     * the same step to the same person, due at the same instant ({@link MessageStore#sentTwin}). The dispatcher looks
     * for such a twin sent before it begins; two copies due at once would both pass that look, on two workers, so the
     * claim looks again, in its one-at-a-time section, whenever this lane claimed a message of the same signature;
     * in a cluster, where another daemon may claim the copy, at every claim, in the database.
     */
    record Twin(String interviewId, String step, String recipient, Instant due) {
        String signature() {
            return recipient + "\n" + step + "\n" + due.toEpochMilli();
        }
    }

    /**
     * @param shared other daemons (a cluster) may claim this sender's messages too: the claim of a message to the
     *               company then looks for a twin in the database, in the claim's own transaction
     *               ({@link MessageStore#claimUnlessTwin}), since this lane sees only its own claims
     */
    SendLane(SmtpSender smtp, SendingCap cap, MessageStore store, Clock clock, boolean shared,
             Dispatcher.Retry retry) {
        this.smtp = smtp;
        this.cap = cap;
        this.store = store;
        this.clock = clock;
        this.shared = shared;
        this.pause = new UncertainPause(retry);
    }

    /**
     * Claims the message ({@code planned} to {@code sending}, committed) and sends it, unless a cap holds it back.
     *
     * @param ready  the message, saved and rendered by the caller ({@link SmtpSender#ready}) before it queues here
     * @param capped false for notices to self, which the caps do not hold back (they still count)
     * @param twin   for a message to the company, what makes another its twin ({@link Attempt.AlreadySent}); else
     *               null
     */
    Attempt send(String key, SmtpSender.Ready ready, boolean capped, Twin twin) {
        Optional<Attempt> notSent = claimAndTakeWire(key, capped, twin);
        if (notSent.isPresent()) {
            return notSent.get();
        }
        try {
            if (stopped) {
                // claimed while the message before it was on the wire, and the daemon stopped meanwhile: not begun
                return new Attempt.Done(new SendResult.Temporary("followup is stopping; the conversation was not"
                        + " begun"), clock.instant());
            }
            Optional<UncertainPause.Until> paused = twin == null ? Optional.empty() : pause.at(clock.instant());
            if (paused.isPresent()) {
                return new Attempt.Paused(paused.get());
            }
            SendResult result = smtp.send(ready);
            Instant after = clock.instant();
            if (result instanceof SendResult.Accepted) {
                cap.sent(after);            // before it leaves the unanswered: counted twice a moment, never less
                pause.answered();
            } else if (result instanceof SendResult.Uncertain u) {
                pause.uncertain(after, u.why());
            }
            return new Attempt.Done(result, after);
        } finally {
            wire.unlock();
            unanswered.decrementAndGet();
        }
    }

    /**
     * The cap check and the claim, one message at a time. Empty once the message is claimed and the caller holds
     * the wire: it is taken before the claim is let go, so the next message may be claimed while this one is on it.
     * Otherwise why the message does not go.
     */
    private Optional<Attempt> claimAndTakeWire(String key, boolean capped, Twin twin) {
        claiming.lock();
        try {
            if (stopped) {
                return Optional.of(new Attempt.Stopped());
            }
            // shared: the claim below looks in the database itself, whoever claimed the twin
            String before = twin == null || shared ? null : claimedAs.get(twin.signature());
            if (before != null && !before.equals(key)) {
                Optional<String> sent = store.sentTwin(twin.interviewId(), twin.step(), twin.recipient(),
                        twin.due());
                if (sent.isPresent()) {
                    return Optional.of(new Attempt.AlreadySent(sent.get()));
                }
            }
            Instant now = clock.instant();
            if (capped) {
                Optional<SendingCap.Wait> wait = cap.check(now, unanswered.get());
                if (wait.isPresent()) {
                    return Optional.of(new Attempt.Capped(wait.get()));
                }
            }
            if (shared && twin != null) {
                MessageStore.Claim claim = store.claimUnlessTwin(key, now, twin.interviewId(), twin.step(),
                        twin.recipient(), twin.due());
                if (claim.twin() != null) {
                    return Optional.of(new Attempt.AlreadySent(claim.twin()));
                }
                if (!claim.claimed()) {
                    return Optional.of(new Attempt.NotClaimed());
                }
            } else if (!store.claim(key, now)) {
                return Optional.of(new Attempt.NotClaimed());
            }
            if (twin != null && !shared) {
                claimedAs.put(twin.signature(), key);
            }
            unanswered.incrementAndGet();
            wire.lock();
            return Optional.empty();
        } finally {
            claiming.unlock();
        }
    }

    /**
     * The daemon stops: no other message is claimed or begun, and a conversation that has not begun the message data
     * is cut short ({@link SmtpSender#abortBeforeData}).
     */
    boolean abortBeforeData() {
        stopped = true;
        return smtp.abortBeforeData();
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
