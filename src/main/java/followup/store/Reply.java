package followup.store;

import followup.plan.Cause;
import java.time.Instant;
import java.util.Objects;

/**
 * An answer from the company to one interview, as recorded when the mailbox was polled (or by {@code followup log}).
 *
 * @param kind what kind of answer: {@link Cause#REPLY}, {@link Cause#INVITATION}, {@link Cause#REJECTION} or
 *             {@link Cause#HANDLED_ELSEWHERE}; it is the cause of what it holds
 */
public record Reply(String interviewId, String mailRef, String from, Instant received, String why, Cause kind) {
    public Reply {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The reason a message held by this answer shows in {@code plan}, {@code status} and on the page: who answered
     * and when, in the sender's zone ({@code reply from jane@acme.example at Mon 7 Dec 2026 09:14 EST}).
     */
    public String heldReason(java.time.ZoneId zone) {
        String when = followup.config.Display.WHEN.format(received.atZone(zone));
        return switch (kind) {
            case INVITATION -> "invitation from " + from + " at " + when;
            case REJECTION -> "rejection from " + from + " at " + when;
            case HANDLED_ELSEWHERE -> "handled elsewhere: " + why;
            default -> "reply from " + from + " at " + when;
        };
    }

    /** A plain reply. */
    public Reply(String interviewId, String mailRef, String from, Instant received, String why) {
        this(interviewId, mailRef, from, received, why, Cause.REPLY);
    }
}
