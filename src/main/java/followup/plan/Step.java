package followup.plan;

import java.util.Arrays;
import java.util.Optional;

/** The messages of one interview's timeline, in the order they normally go out. */
public enum Step {
    PROMISE_REMINDER("promise-reminder", Audience.SELF),
    HANDWRITTEN_NOTE("handwritten-note", Audience.SELF),
    THANK_YOU("thank-you", Audience.COMPANY),
    DEBRIEF("debrief", Audience.SELF),
    FOLLOW_UP("follow-up", Audience.COMPANY),
    SECOND_FOLLOW_UP("second-follow-up", Audience.COMPANY),
    CALL_REMINDER("call-reminder", Audience.SELF);

    /** Who a step is written to: the company (send window, reply checks) or the user. */
    public enum Audience { SELF, COMPANY }

    private final String id;
    private final Audience audience;

    Step(String id, Audience audience) {
        this.id = id;
        this.audience = audience;
    }

    /** The name used in keys, templates, the CLI and the config ({@code thank-you}). */
    public String id() {
        return id;
    }

    public Audience audience() {
        return audience;
    }

    public boolean toCompany() {
        return audience == Audience.COMPANY;
    }

    /**
     * The step whose going out this one follows, and without which it never goes: the second follow-up answers the
     * follow-up, and the call reminder comes after the second follow-up. Empty for every other step.
     */
    public Optional<Step> follows() {
        return switch (this) {
            case SECOND_FOLLOW_UP -> Optional.of(FOLLOW_UP);
            case CALL_REMINDER -> Optional.of(SECOND_FOLLOW_UP);
            default -> Optional.empty();
        };
    }

    public static Optional<Step> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
