package followup.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * Every figure of the timeline (PRODUCT.md section 3). Defaults live in {@code reference.conf}; {@link #DEFAULTS}
 * mirrors them for tests of the pure planner.
 */
public record Policy(Duration promiseReminderAfter, Duration handwrittenNoteAfter, Duration thankYouAfter,
                     Duration thankYouLatest, boolean debriefEnabled, Duration debriefAfter, Duration followUpAfter,
                     Duration followUpAfterStatedDate, Duration secondFollowUpAfter, Duration callReminderAfter,
                     Duration missedGrace, SendWindow window, OnUncertain onUncertain) {

    /** What to do with a message whose fate is unknown after a crash (PRODUCT.md section 5). */
    public enum OnUncertain { HOLD, RESEND }

    public static final Policy DEFAULTS = new Policy(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(48), true, Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(2), SendWindow.OFFICE_HOURS, OnUncertain.HOLD);

    public Policy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(onUncertain, "onUncertain");
    }

    public Policy withWindow(SendWindow newWindow) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, debriefEnabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, newWindow, onUncertain);
    }

    public Policy withThankYouLatest(Duration latest) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, latest, debriefEnabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, window, onUncertain);
    }

    public Policy withDebrief(boolean enabled) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, enabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, window, onUncertain);
    }
}
