package followup.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several rounds of one hiring process: a record that names {@code previous = "acme-platform"} is the next round
 * of that interview, and the earlier round's pending follow-ups give way to it (the new round has its own thank-yous
 * and follow-ups). Pure.
 */
public final class Rounds {
    /** What a next round takes over from the earlier one. */
    private static final Set<Step> SUPERSEDED = Set.of(Step.FOLLOW_UP, Step.SECOND_FOLLOW_UP, Step.CALL_REMINDER);
    /** How the reason of a superseded message starts; followed by the next round's id. */
    public static final String SUPERSEDED_BY = "superseded by the next round, ";

    private Rounds() {
    }

    /** The active record that names {@code earlier} as its previous round, if any. */
    public static Optional<Interview> nextRound(Interview earlier, Collection<Interview> all) {
        return all.stream().filter(i -> !i.closed() && earlier.id().equals(i.previous())).findFirst();
    }

    /** The earlier round's plan with its pending follow-ups cancelled when a next round exists. */
    public static List<PlannedMessage> apply(List<PlannedMessage> plan, Optional<Interview> next) {
        if (next.isEmpty()) {
            return plan;
        }
        String reason = SUPERSEDED_BY + next.get().id() + " (" + next.get().at() + ")";
        return plan.stream().map(m -> m.state() == State.PLANNED && SUPERSEDED.contains(m.step())
                ? m.withState(State.CANCELLED, reason) : m).toList();
    }
}
