package followup.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Out-of-office return dates in one interview's timeline: the first pending message to someone whose automatic
 * reply named a return date goes to the first opening of their window on the working day after it, unless that is
 * more than {@link Planner#MAX_OUT_OF_OFFICE_MOVE} later than planned. Later messages follow from it as usual.
 */
final class Absences {
    private final History history;
    private final Openings openings;
    private final Duration grace;
    private final Instant now;
    private final Set<String> handled = new HashSet<>();

    Absences(History history, Openings openings, Duration grace, Instant now) {
        this.history = history;
        this.openings = openings;
        this.grace = grace;
        this.now = now;
    }

    /** {@code m} moved past its recipient's absence, or as it was; call in timeline order, company steps only. */
    PlannedMessage pastAbsence(PlannedMessage m, String country) {
        String address = m.to().email();
        Optional<LocalDate> back = history.backOn(address);
        if (back.isEmpty() || now.isAfter(m.latest()) || !handled.add(address)) {
            return m;
        }
        Instant target = openings.firstAfter(back.get(), m.to().zone(), country);
        if (!target.isAfter(m.due())) {
            return m;
        }
        String away = "out of office until " + back.get() + " (" + address + ")";
        Duration max = Planner.MAX_OUT_OF_OFFICE_MOVE;
        if (target.isAfter(m.due().plus(max))) {
            return m.movedTo(m.due(), m.latest(), m.reason() + "; not moved: " + away + " is more than "
                    + max.toDays() + " days later", null);
        }
        Instant latest = m.latest().isAfter(target.plus(grace)) ? m.latest() : target.plus(grace);
        return m.movedTo(target, latest, "moved: " + away, Cause.OUT_OF_OFFICE);
    }
}
