package followup.daemon;

import followup.config.Settings;
import followup.inbox.InboxStoppedException;
import followup.inbox.InboxUnavailableException;
import followup.metrics.Meters;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.State;
import followup.schedule.Jobs;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.template.Templates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a message's trigger fires. The stored state guards everything: only a {@code planned}
 * message is considered, it is claimed ({@code sending}, committed) before the SMTP conversation and marked
 * {@code sent} right after the 250, so a second fire, a restart or a second daemon never sends it again.
 * Messages to the company go out only after a look at the mailbox that began once they were due found no reply;
 * the messages due together share that look ({@link Mailbox#checkedSince}).
 *
 * <p>Which message and when is decided here; what is done with one due message is {@link Delivery}'s. Runs on
 * several worker threads at once; the {@link SendLane} lets one message at a time per sender on the wire. Per
 * message the database sees the reads that decide it, the claim and the {@code sent} mark (with its event); the
 * interview is planned again only when the send moved another of its steps.
 */
final class Dispatcher implements Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** How long before its instant a message may go on its own trigger (another daemon's clock). */
    static final Duration EARLY_TOLERANCE = Duration.ofSeconds(1);
    /** However long a message waited for its turn, the reply check it goes out on began at most this long ago. */
    static final Duration REPLY_CHECK_MAX_AGE = Duration.ofSeconds(1);

    /** At most this many further messages go out on the worker whose trigger fired, before it returns to Quartz. */
    private static final int DRAIN_MAX = 100;

    private final Wiring w;
    private final Meters meters;
    private final DueKeys dueKeys;
    private final Settlements settlements;
    private final Delivery delivery;
    /** True from a poll that could not reach the mailbox until one that could (polls never run two at once). */
    private volatile boolean mailboxDown;
    /** The daemon is stopping: a worker finishes the message in hand and takes no other from the drain. */
    private volatile boolean stopping;
    /** In a deployment of candidates, one worker at a time on this sender's messages; null for a single job seeker. */
    private final SenderTurn turn;

    /** Everything the dispatcher talks to, wired by the daemon. */
    record Wiring(Settings settings, Policy policy, Sender sender, Clock clock, RecordBook book, Reconciler reconciler,
                  MessageStore store, EventLog events, Holds holds, MailLog mail, Notices notices,
                  Templates templates, SendLane lane, Mailbox mailbox, SentCopies copies, Retry retry,
                  DeliveryListener listener) {
    }

    /** Back-off for retries: first wait, doubled per attempt, capped. */
    record Retry(Duration first, Duration max) {
        Duration after(int attempts) {
            Duration d = first;
            for (int i = 1; i < attempts && d.compareTo(max) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    Dispatcher(Wiring wiring, Meters meters) {
        this.w = wiring;
        this.meters = meters;
        this.dueKeys = new DueKeys(wiring.store(), wiring.clock());
        this.settlements = new Settlements(wiring);
        this.delivery = new Delivery(wiring, meters, settlements);
        this.turn = wiring.settings().hasCandidates()
                ? new SenderTurn(wiring.store(), wiring.reconciler(), wiring.clock()) : null;
    }

    @Override
    public void poll() {
        long start = System.nanoTime();
        boolean ok = false;
        try (LogContext context = LogContext.ofCandidate(w.settings().candidate())) {
            w.mailbox().refresh();
            ok = true;
            if (mailboxDown) {
                mailboxDown = false;
                w.events().record(w.clock().instant(), mailboxId(), null, "mailbox-reachable", "the mailbox answers"
                        + " again");
            }
        } catch (InboxStoppedException e) {
            LOG.debug("Mailbox check stopped: {}", e.getMessage());    // not an outage
        } catch (InboxUnavailableException e) {
            LOG.debug("Mailbox check failed: {}", e.getMessage());  // Mailbox warns when it goes down and comes back
            if (!mailboxDown) {                                      // and status shows it, once per outage
                mailboxDown = true;
                w.events().record(w.clock().instant(), mailboxId(), null, "mailbox-unreachable", e.getMessage()
                        + " (the mailbox settings are at " + w.settings().where("mail.imap") + ")");
            }
        } catch (RuntimeException e) {
            if (cutByStop(e)) {
                LOG.info("Mailbox check not finished: followup stopped while the state database could not be used");
                return;
            }
            LOG.error("Mailbox check failed unexpectedly: {}", e.toString());
        } finally {
            meters.poll(Duration.ofNanos(System.nanoTime() - start), ok);
        }
    }

    /** What the mailbox's events are recorded under: {@code mailbox}, after the candidate's name and a slash. */
    private String mailboxId() {
        String candidate = w.settings().candidate();
        return candidate.isEmpty() ? "mailbox" : candidate + "/mailbox";
    }

    /**
     * The daemon that was sending this message stopped without finishing (Quartz fires its job again, on another
     * daemon of a cluster or at the next start): a message it had claimed is looked for in the sent folder and
     * settled like any uncertain send; one it had not claimed is sent as usual.
     */
    @Override
    public void recover(String key) {
        try {
            Optional<StoredMessage> found = w.store().find(key);
            if (found.isPresent() && found.get().state() == State.SENDING) {
                LOG.warn("{} was being sent by a daemon that stopped; checking whether it went out", key);
                w.mailbox().settleUncertain(found.get(), "the daemon sending it stopped before the server's answer"
                        + " was recorded");
                return;
            }
        } catch (RuntimeException e) {
            if (cutByStop(e)) {
                LOG.info("{} not recovered: followup stopped while the state database could not be used; the next"
                        + " start settles it", key);
                return;
            }
            LOG.error("Recovering the send of {} failed: {}", key, e.toString());
            return;
        }
        send(key, null);
    }

    /**
     * The message whose trigger fired, then, on a daemon that runs alone, every other message of this sender that is
     * due by now (a burst: the messages due together go out one after another on this worker, without waiting for the
     * scheduler to hand out their triggers one by one). Each goes through the same checks and claim as any message,
     * so one whose own trigger fires later finds it sent and does nothing; a crash leaves a claimed one in sending,
     * which the next start settles like any other.
     *
     * <p>{@code scheduledFor} is the instant the trigger was set for (null: not known). A trigger may fire up to
     * {@link #EARLY_TOLERANCE} before the message's next instant (another daemon's clock) only when it was set for
     * that instant: one set for an earlier instant (a retry was decided since) finds the message not yet due.
     */
    @Override
    public void send(String key, Instant scheduledFor) {
        if (turn != null && !turn.take()) {
            turn.later(key);           // another worker is on this sender's messages
            return;
        }
        try {
            sendOne(key, new Fire(true, scheduledFor));
            if (!w.settings().cluster()) {
                // in a cluster, Quartz recovers the sends of a daemon that died by their own triggers: a message
                // claimed on another message's trigger would be left in sending
                drain();
            }
        } finally {
            if (turn != null) {
                turn.release();
            }
        }
    }

    /**
     * The daemon stops: each worker finishes the message in hand, and a drain takes no more (a mailbox that does not
     * answer would otherwise keep every worker on its sender's messages, one reply check timeout after another,
     * while the stop waits for them).
     */
    void stopping() {
        stopping = true;
        delivery.stopping();
        if (w.lane().abortBeforeData()) {
            LOG.info("Stopping: the SMTP conversation under way had not reached the message data; cut short");
        }
        if (w.mailbox().stopping()) {
            LOG.info("Stopping: the mailbox check under way was cut short");
        }
    }

    /**
     * How a message came to be looked at.
     *
     * @param fired        true for the message whose trigger fired, false for one a drain picked
     * @param scheduledFor the instant the trigger was set for, when it fired and that is known
     */
    private record Fire(boolean fired, Instant scheduledFor) {
        static final Fire DRAIN = new Fire(false, null);

        /**
         * May the message go out this early, at {@code now} before {@code next}? Only on its own trigger, set for
         * {@code next}, and by at most {@link #EARLY_TOLERANCE}.
         */
        boolean mayGoEarly(Instant next, Instant now) {
            return fired && scheduledFor != null && !scheduledFor.isBefore(next)
                    && !next.isAfter(now.plus(EARLY_TOLERANCE));
        }
    }

    private void sendOne(String key, Fire fire) {
        if (!dueKeys.enter(key)) {
            if (fire.fired()) {
                // another worker of this daemon is on it; its trigger is set again, so that the message is looked at
                // once more should that worker stop before deciding it (it then finds it settled, or due later)
                w.store().markScheduled(key, null);
            }
            return;
        }
        handle(key, fire);
    }

    /** Dispatches a message this worker has {@link DueKeys#enter entered}, and leaves it again. */
    private void handle(String key, Fire fire) {
        try (LogContext context = LogContext.of(w.settings().candidate(), key)) {
            dispatch(key, fire);
        } catch (RuntimeException e) {
            if (cutByStop(e)) {
                // the stop cut short its wait for a database that was away (or closed it): nothing failed, and
                // nothing can be recorded now; the next start finds the message planned, or sending, and settles it
                LOG.info("{} not finished: followup stopped while the state database could not be used ({});"
                        + " it is settled at the next start", key, e.getMessage());
                return;
            }
            meters.failure("unexpected");
            LOG.error("Sending {} failed unexpectedly: {}", key, e.toString());
            settlements.crashed(key, e);
        } finally {
            dueKeys.leave(key);
        }
    }

    /**
     * True if {@code e} is the state database's, while the daemon stops: the stop cut short a wait for a database
     * that was away, or closed it, which is no failure of the work in hand.
     */
    private boolean cutByStop(RuntimeException e) {
        return stopping && e instanceof followup.store.StoreException;
    }

    /**
     * Sends what else is due now, each message at most once per drain and {@link #DRAIN_MAX} at most. The workers
     * that drain at the same time share one queue of due keys, so each key is handed to one of them.
     */
    private void drain() {
        Set<String> tried = new HashSet<>();
        while (tried.size() < DRAIN_MAX && !stopping) {
            String key = dueKeys.next(tried);
            if (key == null) {
                return;
            }
            tried.add(key);
            // more sends follow: the next reply check starts before this one is too old for them
            w.mailbox().refreshAhead(REPLY_CHECK_MAX_AGE.dividedBy(2));
            handle(key, Fire.DRAIN);
        }
    }

    /**
     * @param fire a drain takes a message only once it is due: what the drain read a moment ago may have been moved
     *             since (a retry after a 4xx is due later), and its trigger is there for it. A trigger set for the
     *             message's next instant may fire a moment early ({@link Fire#mayGoEarly}); any other that finds
     *             the message not yet due has it scheduled again, for its next instant.
     */
    private void dispatch(String key, Fire fire) {
        Optional<StoredMessage> found = w.store().find(key);
        if (found.isEmpty() || found.get().state() != State.PLANNED) {
            return;
        }
        StoredMessage sm = found.get();
        Instant now = w.clock().instant();
        if (sm.nextFire().isAfter(now) && !fire.mayGoEarly(sm.nextFire(), now)) {
            if (fire.fired()) {
                w.store().markScheduled(key, null);
            }
            return;
        }
        if (sm.isNotice()) {
            delivery.notice(sm);
        } else {
            delivery.step(sm, now);
        }
    }
}
