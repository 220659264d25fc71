package followup.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The earlier rounds {@code later} follows, nearest first: its {@code previous}, that record's {@code previous},
     * and so on, as far as the records go. A chain that comes back on itself stops at the first record seen twice;
     * a round that did not start before the one after it is not counted as met, but the chain goes on past it.
     *
     * @param byId the records as loaded, by id
     */
    public static List<Interview> earlier(Interview later, Function<String, Optional<Interview>> byId) {
        List<Interview> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(later.id());
        Interview current = later;
        while (current.previous() != null && seen.add(current.previous())) {
            Optional<Interview> before = byId.apply(current.previous());
            if (before.isEmpty()) {
                break;
            }
            if (before.get().start().isBefore(later.start())) {
                out.add(before.get());
            }
            current = before.get();
        }
        return out;
    }

    /** The same, the records given as a collection. */
    public static List<Interview> earlier(Interview later, Collection<Interview> all) {
        if (later.previous() == null) {
            return List.of();
        }
        Map<String, Interview> byId = all.stream().collect(Collectors.toMap(Interview::id, i -> i, (a, b) -> a));
        return earlier(later, id -> Optional.ofNullable(byId.get(id)));
    }

    /**
     * Whether {@code person} sat in on one of these earlier rounds: the same address, in any case; or, when neither
     * has an address, the same name (ignoring case and spaces around it).
     */
    public static boolean metBefore(Interviewer person, List<Interview> earlier) {
        return earlier.stream().flatMap(i -> i.interviewers().stream()).anyMatch(i -> samePerson(i, person));
    }

    private static boolean samePerson(Interviewer a, Interviewer b) {
        if (a.email() != null || b.email() != null) {
            return a.email() != null && b.email() != null && a.email().equalsIgnoreCase(b.email());
        }
        return a.name().strip().toLowerCase(Locale.ROOT).equals(b.name().strip().toLowerCase(Locale.ROOT));
    }
}
