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

    /** A plain reply. */
    public Reply(String interviewId, String mailRef, String from, Instant received, String why) {
        this(interviewId, mailRef, from, received, why, Cause.REPLY);
    }
}
