package followup.cli;

import followup.plan.History;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Rounds;
import followup.plan.State;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan as the daemon sees it: planned from the record, with what the store knows laid over it. */
final class StateOverlay {
    private StateOverlay() {
    }

    /** @param all every record, for the next round of this one (its follow-ups give way to it) */
    static List<PlannedMessage> plan(Planner planner, Interview interview, MessageStore store, List<Interview> all) {
        List<PlannedMessage> plan = Rounds.apply(planner.plan(interview, store == null ? History.NONE
                : store.history(interview.id())), Rounds.nextRound(interview, all));
        if (store == null) {
            return plan;
        }
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
        return out;
    }
}
