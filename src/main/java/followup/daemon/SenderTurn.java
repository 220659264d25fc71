package followup.daemon;

import followup.store.MessageStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In a deployment of candidates, one worker at a time on one sender's messages: the others wait for none of them.
 * An SMTP or IMAP server that takes the connection and never answers keeps a worker for its timeout, and several
 * workers on that sender would leave the other candidates' messages without one. (The one job seeker of a config
 * without candidates has none: their burst goes hand over hand on every worker.)
 */
final class SenderTurn {
    private static final Logger LOG = LoggerFactory.getLogger(SenderTurn.class);
    /**
     * How long a worker whose trigger fired waits for the turn. The worker on the sender's messages is usually done
     * within milliseconds, or takes the message itself in its drain; one that waits on a server that does not answer
     * keeps the turn for that server's timeout.
     */
    static final Duration WAIT = Duration.ofMillis(250);
    /** When the turn did not come: the message is looked at again this much later. */
    static final Duration NEXT = Duration.ofSeconds(2);

    private final Semaphore permit = new Semaphore(1);
    private final MessageStore store;
    private final Reconciler reconciler;
    private final Clock clock;

    SenderTurn(MessageStore store, Reconciler reconciler, Clock clock) {
        this.store = store;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    /** Waits up to {@link #WAIT} for the turn; true when this worker has it (and must {@link #release} it). */
    boolean take() {
        try {
            return permit.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        permit.release();
    }

    /**
     * The message of a trigger that found the turn taken: due {@link #NEXT} later, its trigger set for then (by key:
     * a look at every trigger of the sender is only needed when the message was not moved). The worker goes back to
     * the other candidates' messages.
     */
    void later(String key) {
        Instant now = clock.instant();
        Instant at = now.plus(NEXT);
        try {
            if (store.later(key, at, now)) {
                reconciler.schedule(key, at);
            } else {
                reconciler.syncTriggers();
            }
        } catch (RuntimeException e) {
            // the scheduler is stopping: the next start sets the trigger of every planned message without its own
            LOG.debug("{} not scheduled again: {}", key, e.toString());
        }
    }
}
