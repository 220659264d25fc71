package followup.store;

import followup.plan.Cause;
import followup.plan.State;
import java.time.Instant;

/**
 * One message as the store keeps it.
 *
 * @param step       a plan step id, or {@code notice} for a notice to self
 * @param retryAt    when a retry is due (after a 4xx, or while the mailbox cannot be checked), else null
 * @param lastReply  the mail server's last answer, kept for {@code status}
 * @param subject    set for notices (rendered when created); null for planned steps (rendered at send time)
 * @param cause      why it is held or stopped, in one word, or null
 */
public record StoredMessage(String key, String interviewId, String step, String recipient, String messageId,
                            State state, String reason, Instant due, Instant latest, Instant retryAt,
                            Instant scheduledAt, int attempts, String lastReply, Instant sentAt, String subject,
                            String body, Cause cause) {

    public static final String NOTICE = "notice";

    public boolean isNotice() {
        return NOTICE.equals(step);
    }

    /** This message as {@link MessageStore#markSent} leaves it, without reading it back. */
    public StoredMessage sent(Instant at, String reply, String sentSubject) {
        return new StoredMessage(key, interviewId, step, recipient, messageId, State.SENT, "sent", due, latest, null,
                scheduledAt, attempts + 1, reply, at, subject != null ? subject : sentSubject, body, null);
    }

    /** Skipped because the same message went out under another name of its record ({@link Cause#ALREADY_SENT}). */
    public boolean wentOutAsTwin() {
        return state == State.SKIPPED && cause == Cause.ALREADY_SENT;
    }

    /** When the send job should fire next: the retry instant if one is pending, else the due instant. */
    public Instant nextFire() {
        return retryAt != null ? retryAt : due;
    }
}
