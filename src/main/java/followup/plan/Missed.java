package followup.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * Why the plan skipped a message as missed, as facts a notice to the user can put in their language: its latest
 * bound passed, or it was late and the next opening of its {@link Window} came after that bound.
 *
 * @param latest the message's latest bound
 * @param window {@link Window#NONE} when the bound itself passed, else the window that opens only after it
 */
public record Missed(Step step, String to, Instant latest, Window window) {
    public Missed {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(window, "window");
    }

    /** The hours in which a late message of a step may still go out ({@link Windows#late}). */
    public enum Window {
        NONE("", ""),
        SEND_WINDOW("send-window", "the send window"),
        CALL_HOURS("call-hours", "the company's business hours and your waking hours"),
        SELF_WINDOW("self-window", "your waking hours (policy.self-window)");

        private final String id;
        private final String words;

        Window(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** The window's name for a notice's template: {@code send-window}, {@code call-hours}, ... ("" for none). */
        public String id() {
            return id;
        }

        /** The window as the plan's reasons name it. */
        String words() {
            return words;
        }

        static Window of(Step step) {
            return step.toCompany() ? SEND_WINDOW : step == Step.CALL_REMINDER ? CALL_HOURS : SELF_WINDOW;
        }
    }

    /**
     * Why {@code m}, which the plan made at {@code now} skipped as missed, was: a bound already passed at {@code now}
     * ({@link Planner}), else the window's next opening after it ({@link Windows#late}).
     */
    public static Missed of(PlannedMessage m, Instant now) {
        return new Missed(m.step(), m.to().name(), m.latest(),
                now.isAfter(m.latest()) ? Window.NONE : Window.of(m.step()));
    }
}
