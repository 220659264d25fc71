package followup.plan;

import java.util.Locale;

/** The life cycle of one planned message (PRODUCT.md section 5). */
public enum State {
    PLANNED, SENDING, SENT, HELD, SKIPPED, FAILED, BOUNCED, CANCELLED;

    /** True once nothing more will happen to the message without a user action. */
    public boolean isFinal() {
        return this == SENT || this == SKIPPED || this == FAILED || this == BOUNCED || this == CANCELLED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
