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
                     Duration missedGrace, SendWindow window, OnUncertain onUncertain, SendWindow selfWindow) {

    /** What to do with a message whose fate is unknown after a crash (PRODUCT.md section 5). */
    public enum OnUncertain { HOLD, RESEND }

    public static final Policy DEFAULTS = new Policy(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(48), true, Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(2), SendWindow.OFFICE_HOURS, OnUncertain.HOLD,
            SendWindow.WAKING_HOURS);

    public Policy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(onUncertain, "onUncertain");
        Objects.requireNonNull(selfWindow, "selfWindow");
    }

    /** A policy whose reminders to self go out in the default waking hours. */
    public Policy(Duration promiseReminderAfter, Duration handwrittenNoteAfter, Duration thankYouAfter,
                  Duration thankYouLatest, boolean debriefEnabled, Duration debriefAfter, Duration followUpAfter,
                  Duration followUpAfterStatedDate, Duration secondFollowUpAfter, Duration callReminderAfter,
                  Duration missedGrace, SendWindow window, OnUncertain onUncertain) {
        this(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, debriefEnabled, debriefAfter,
                followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter, missedGrace, window,
                onUncertain, SendWindow.WAKING_HOURS);
    }

    public Policy withSelfWindow(SendWindow newSelfWindow) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, debriefEnabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, window, onUncertain, newSelfWindow);
    }

    public Policy withWindow(SendWindow newWindow) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, debriefEnabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, newWindow, onUncertain, selfWindow);
    }

    public Policy withThankYouLatest(Duration latest) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, latest, debriefEnabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, window, onUncertain, selfWindow);
    }

    public Policy withDebrief(boolean enabled) {
        return new Policy(promiseReminderAfter, handwrittenNoteAfter, thankYouAfter, thankYouLatest, enabled,
                debriefAfter, followUpAfter, followUpAfterStatedDate, secondFollowUpAfter, callReminderAfter,
                missedGrace, window, onUncertain, selfWindow);
    }
}
