package followup.cli;

import followup.plan.History;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
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

    static List<PlannedMessage> plan(Planner planner, Interview interview, MessageStore store) {
        if (store == null) {
            return planner.plan(interview, History.NONE);
        }
        Map<String, StoredMessage> stored = store.ofInterview(interview.id()).stream()
                .collect(Collectors.toMap(StoredMessage::key, Function.identity()));
        List<PlannedMessage> out = new ArrayList<>();
        for (PlannedMessage m : planner.plan(interview, store.history(interview.id()))) {
            StoredMessage s = stored.get(m.key());
            if (s == null || !m.applies()) {
                out.add(m);
            } else if (s.state() != State.PLANNED) {
                out.add(m.withState(s.state(), s.reason()));
            } else if (s.retryAt() != null) {
                out.add(m.withState(State.PLANNED, s.reason()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
