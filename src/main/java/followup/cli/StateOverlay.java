package followup.cli;

import followup.plan.Cause;
import followup.plan.History;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Rounds;
import followup.plan.State;
import followup.plan.Step;
import followup.store.Database;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import followup.store.StoredMessage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan as the daemon sees it: planned from the record, with what the store knows laid over it. */
final class StateOverlay {
    private StateOverlay() {
    }

    /**
     * @param all   every record, for the next round of this one (its follow-ups give way to it)
     * @param holds the interviews on hold ({@code followup hold}) and why ({@link followup.store.Holds#reasons})
     */
    static List<PlannedMessage> plan(Planner planner, Interview interview, MessageStore store, List<Interview> all,
                                     Map<String, String> holds) {
        return plan(planner, interview, store, all, holds, Answered.NONE);
    }

    /**
     * The interviews the company answered (or {@code followup log} recorded a call for) and the zone their times
     * show in: what is still to go to the company and the call reminder show held, as the daemon holds each when it
     * falls due (also one planned after the answer: a call logged before the daemon ran).
     */
    record Answered(Map<String, Reply> replies, ZoneId zone) {
        static final Answered NONE = new Answered(Map.of(), ZoneId.of("UTC"));

        static Answered of(Database db, String candidate, ZoneId zone) {
            return new Answered(new MailLog(db, candidate).replies(), zone);
        }
    }

    static List<PlannedMessage> plan(Planner planner, Interview interview, MessageStore store, List<Interview> all,
                                     Map<String, String> holds, Answered answered) {
        List<PlannedMessage> plan = Rounds.apply(planner.plan(interview, store == null ? History.NONE
                : store.history(interview.id())), Rounds.nextRound(interview, all));
        if (store == null) {
            return afterUnsent(plan);
        }
        java.util.Optional<String> hold = java.util.Optional.ofNullable(holds.get(interview.id()));
        Map<String, StoredMessage> stored = store.ofInterview(interview.id()).stream()
                .collect(Collectors.toMap(StoredMessage::key, Function.identity()));
        List<PlannedMessage> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            StoredMessage s = stored.get(m.key());
            if (s == null || !m.applies()) {
                out.add(m);
            } else if (s.state() != State.PLANNED) {
                out.add(m.withState(s.state(), s.reason(), s.cause()));
            } else if (s.retryAt() != null) {
                out.add(m.withState(State.PLANNED, s.reason()));
            } else {
                out.add(m);
            }
        }
        List<PlannedMessage> shown = hold.map(reason -> heldByUser(afterUnsent(out), reason))
                .orElseGet(() -> afterUnsent(out));
        Reply reply = answered.replies().get(interview.id());
        return reply == null ? shown : heldByReply(shown, reply.heldReason(answered.zone()), reply.kind());
    }

    private static List<PlannedMessage> heldByReply(List<PlannedMessage> plan, String why, Cause cause) {
        return plan.stream().map(m -> m.applies() && m.state() == State.PLANNED
                && (m.step().toCompany() || m.step() == Step.CALL_REMINDER) ? m.withState(State.HELD, why, cause)
                : m).toList();
    }

    /**
     * The interview is on hold ({@code followup hold}): what is still to go out is shown held, as the daemon holds it
     * when it falls due (also a message planned after the hold, of a record changed or not yet run).
     */
    private static List<PlannedMessage> heldByUser(List<PlannedMessage> plan, String reason) {
        String why = "held by you" + (reason.isBlank() ? "" : ": " + reason);
        return plan.stream().map(m -> m.applies() && m.state() == State.PLANNED
                ? m.withState(State.HELD, why, Cause.USER_HOLD) : m).toList();
    }

    /**
     * As the daemon decides it: the second follow-up answers the follow-up, and the call reminder follows the second
     * follow-up, so once the earlier one ended without going out (missed, failed, bounced, cancelled; not one skipped
     * because it went out under the record's former name) the later one is shown skipped, not estimated from a
     * message that will never exist.
     */
    static List<PlannedMessage> afterUnsent(List<PlannedMessage> plan) {
        List<PlannedMessage> out = new ArrayList<>(plan);
        for (Step step : Step.values()) {
            if (step.follows().isEmpty()) {
                continue;
            }
            Step[] link = {step.follows().get(), step};
            List<PlannedMessage> before = out.stream().filter(m -> m.step() == link[0] && m.applies()).toList();
            boolean unsent = !before.isEmpty() && before.stream().allMatch(m -> m.state().isFinal()
                    && m.state() != State.SENT && m.cause() != Cause.ALREADY_SENT);
            if (unsent) {
                String reason = "the " + link[0].id() + " was not sent (" + before.get(0).state().label() + ")";
                out.replaceAll(m -> m.step() == link[1] && m.applies() && m.state() == State.PLANNED
                        ? m.withState(State.SKIPPED, reason) : m);
            }
        }
        return out;
    }
}
