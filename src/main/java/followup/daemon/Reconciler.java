package followup.daemon;

import followup.plan.Cause;
import followup.plan.Interview;
import followup.plan.Missed;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Rounds;
import followup.plan.State;
import followup.plan.Step;
import followup.schedule.QuartzScheduler;
import followup.store.EventLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store and the triggers in line with the records: new and changed steps are planned, steps of a
 * closed, deleted or shortened record are cancelled, steps whose latest bound passed while nothing could send them
 * are skipped with a notice. A message that went out is never touched.
 */
final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private final RecordBook book;
    private final Planner planner;
    private final MessageStore store;
    private final EventLog events;
    private final Notices notices;
    private final Clock clock;
    private QuartzScheduler quartz;

    Reconciler(RecordBook book, Planner planner, MessageStore store, EventLog events, Notices notices, Clock clock) {
        this.book = book;
        this.planner = planner;
        this.store = store;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    void attach(QuartzScheduler scheduler) {
        this.quartz = scheduler;
    }

    /** The interview's plan as of now, with what the store knows. */
    List<PlannedMessage> plan(Interview interview) {
        return Rounds.apply(planner.plan(interview, store.history(interview.id())),
                book.nextRound(interview));
    }

    /**
     * After a record changed: the earlier round it names gives way to it, and an earlier round whose follow-ups gave
     * way to this id (a next round deleted, closed or renamed) gets them back.
     */
    private void reconcileRounds(String id, Optional<Interview> interview) {
        Set<String> earlier = new HashSet<>();
        interview.flatMap(Interview::previousRound).filter(p -> !p.equals(id)).ifPresent(earlier::add);
        for (String other : store.interviewsCancelledFor(Rounds.SUPERSEDED_BY + id + " ")) {
            if (!other.equals(id)) {
                earlier.add(other);
            }
        }
        earlier.forEach(this::reconcileOne);
    }

    /**
     * After {@code sentKey} went out: plans the interview again only if that moved another of its steps (a second
     * follow-up counts from when the follow-up actually went out), so a thank-you costs no write to its siblings.
     * After a step that paces no other ({@link Planner#pacesAnother}: all but the follow-ups), not even the
     * planning and its reads.
     *
     * @param before the plan the message was sent from
     */
    void afterSent(Interview interview, String sentKey, List<PlannedMessage> before) {
        boolean paces = before.stream().anyMatch(m -> m.key().equals(sentKey) && Planner.pacesAnother(m.step()));
        if (!paces) {
            return;
        }
        List<PlannedMessage> after = plan(interview);
        for (PlannedMessage b : before) {
            if (b.key().equals(sentKey)) {
                continue;
            }
            boolean same = after.stream().anyMatch(a -> a.key().equals(b.key()) && a.due().equals(b.due())
                    && a.latest().equals(b.latest()) && a.state() == b.state() && a.applies() == b.applies()
                    && java.util.Objects.equals(a.reason(), b.reason()));
            if (!same) {
                reconcile(interview.id());
                syncTriggers();
                return;
            }
        }
        if (after.size() != before.size()) {
            reconcile(interview.id());
            syncTriggers();
        }
    }

    synchronized void reconcile(String id) {
        reconcileOne(id);
        reconcileRounds(id, book.get(id));
    }

    private void reconcileOne(String id) {
        Instant now = clock.instant();
        Optional<Interview> interview = book.get(id);
        List<StoredMessage> stored = store.ofInterview(id);
        if (interview.isEmpty()) {
            cancelAll(stored, "record removed", now);
            return;
        }
        Set<String> inPlan = new HashSet<>();
        List<Map<String, Object>> missed = new ArrayList<>();
        List<PlannedMessage> plan = plan(interview.get());
        for (PlannedMessage m : plan) {
            if (!m.applies()) {
                continue;
            }
            inPlan.add(m.key());
            switch (m.state()) {
                case PLANNED -> store.upsertPlanned(m, now);
                case CANCELLED -> {
                    if (store.find(m.key()).isPresent()) {
                        cancel(m.key(), id, m.reason(), now);
                    }
                }
                case SKIPPED -> {
                    store.upsertPlanned(m, now);
                    if (store.settle(m.key(), State.PLANNED, State.SKIPPED, m.reason(), null, now)) {
                        events.record(now, id, m.key(), "skipped", m.reason());
                        Missed why = Missed.of(m, now);
                        missed.add(Map.of("step", why.step().id(), "to", why.to(), "latest", why.latest(),
                                "window", why.window().id()));
                    }
                }
                default -> {
                    // sent: nothing to do
                }
            }
        }
        for (StoredMessage s : stored) {
            if (!s.isNotice() && !inPlan.contains(s.key())) {
                cancel(s.key(), id, "no longer in the record", now);
            }
        }
        skipOrphans(id, plan, now);
        if (!missed.isEmpty()) {
            notices.queue(id, "missed:" + now.toEpochMilli(), "missed", Map.of("company", interview.get().company(),
                    "position", interview.get().positionShown(), "interviewId", id, "missed", missed));
        }
    }

    /** Reason prefix of a successor held because its predecessor is held; released when the predecessor is back. */
    private static final String WAITING = "waiting: ";

    /**
     * The second follow-up answers the follow-up, and the call reminder follows the second follow-up: when the
     * predecessor ended without going out (skipped, failed, bounced, cancelled), its successor never goes either; one
     * skipped because it went out under the record's former name ({@link StoredMessage#wentOutAsTwin}) counts as
     * sent.
     * While the predecessor is held (a bounce, a reply, a hold of yours), the successor waits, held, instead of
     * being re-estimated from "now" forever; once the predecessor is planned again or went out, it is released.
     */
    private void skipOrphans(String id, List<PlannedMessage> plan, Instant now) {
        for (Step step : Step.values()) {
            if (step.follows().isEmpty()) {
                continue;
            }
            String[] link = {step.follows().get().id(), step.id()};
            List<StoredMessage> stored = store.ofInterview(id);
            Optional<StoredMessage> before = current(stored, plan, link[0]);
            Optional<StoredMessage> after = current(stored, plan, link[1]);
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            StoredMessage s = after.get();
            // one skipped as already sent under the record's former name went out: its successor follows it
            State was = before.get().wentOutAsTwin() ? State.SENT : before.get().state();
            if (was == State.HELD) {
                String reason = WAITING + "the " + link[0] + " is held (" + before.get().reason() + ")";
                if (store.settle(s.key(), State.PLANNED, State.HELD, reason, null, now, Cause.WAITING)) {
                    events.record(now, id, s.key(), "held", reason);
                }
            } else if ((was == State.PLANNED || was == State.SENDING || was == State.SENT) && waitingHeld(s)
                    && store.release(id, s.key(), WAITING, now)) {
                events.record(now, id, s.key(), "released", "the " + link[0] + " is " + was.label() + " again");
                plan.stream().filter(m -> m.key().equals(s.key())).findFirst()
                        .ifPresent(m -> store.upsertPlanned(m, now));
            } else if ((was == State.PLANNED || was == State.SENDING || was == State.SENT)
                    && s.state() == State.SKIPPED && s.reason() != null && s.reason().startsWith(notSent(link[0]))) {
                // its predecessor is planned again (a missed one, the interview moved later): so is this one
                plan.stream().filter(m -> m.key().equals(s.key()) && m.state() == State.PLANNED).findFirst()
                        .filter(m -> store.revive(m, notSent(link[0]), now))
                        .ifPresent(m -> events.record(now, id, s.key(), "released", "the " + link[0] + " is "
                                + was.label() + " again"));
            } else if (was.isFinal() && was != State.SENT) {
                String reason = notSent(link[0]) + " (" + was.label() + ")";
                if (store.settle(s.key(), State.PLANNED, State.SKIPPED, reason, null, now)
                        || waitingHeld(s) && store.settle(s.key(), State.HELD, State.SKIPPED, reason, null, now)) {
                    events.record(now, id, s.key(), "skipped", reason);
                }
            }
        }
    }

    /** The reason of a message skipped because the message it follows in the chain did not go out. */
    private static String notSent(String predecessor) {
        return "the " + predecessor + " was not sent";
    }

    /** The stored message of this step that the current plan has (not one for an address the record dropped). */
    private static Optional<StoredMessage> current(List<StoredMessage> stored, List<PlannedMessage> plan,
                                                   String step) {
        Set<String> keys = new HashSet<>();
        plan.stream().filter(m -> m.applies() && m.step().id().equals(step)).forEach(m -> keys.add(m.key()));
        return stored.stream().filter(s -> keys.contains(s.key())).findFirst();
    }

    private static boolean waitingHeld(StoredMessage s) {
        return s.state() == State.HELD && s.reason() != null && s.reason().startsWith(WAITING);
    }

    private void cancelAll(List<StoredMessage> stored, String reason, Instant now) {
        for (StoredMessage s : stored) {
            if (!s.isNotice()) {
                cancel(s.key(), s.interviewId(), reason, now);
            }
        }
    }

    private void cancel(String key, String id, String reason, Instant now) {
        boolean done = store.settle(key, State.PLANNED, State.CANCELLED, reason, null, now)
                || store.settle(key, State.HELD, State.CANCELLED, reason, null, now);
        if (done) {
            LOG.info("Cancelled {}: {}", key, reason);
            events.record(now, id, key, "cancelled", reason);
            if (quartz != null) {
                quartz.unscheduleSend(key);
            }
        }
    }

    /** At most this many triggers are made in one transaction. */
    private static final int SCHEDULE_BATCH = 500;

    /**
     * Gives every planned message a trigger at its next fire instant: the triggers of up to {@link #SCHEDULE_BATCH}
     * messages in one transaction, then their {@code scheduled_at} in another (a crash between the two makes the
     * next start set the same triggers again).
     */
    synchronized void syncTriggers() {
        if (quartz == null) {
            return;
        }
        Map<String, Instant> batch = new LinkedHashMap<>();
        for (StoredMessage m : store.needingSchedule()) {
            batch.put(m.key(), m.nextFire());
            if (batch.size() == SCHEDULE_BATCH) {
                schedule(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            schedule(batch);
        }
    }

    /** Sets the trigger of one planned message for {@code at}, its next instant (see {@link #syncTriggers}). */
    synchronized void schedule(String key, Instant at) {
        if (quartz != null) {
            schedule(Map.of(key, at));
        }
    }

    private void schedule(Map<String, Instant> batch) {
        quartz.scheduleSends(batch);
        store.markScheduled(batch);
    }
}
