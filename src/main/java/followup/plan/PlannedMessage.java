package followup.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of an interview's timeline.
 *
 * @param key          stable identity {@code interview/step/recipient}
 * @param to           the recipient
 * @param cc           further recipients (the debrief partner)
 * @param interviewer  the interviewer a thank-you is for, else null
 * @param due          when it goes out (or went out)
 * @param latest       after this instant it is not sent any more
 * @param estimated    true while the due instant depends on a predecessor that has not gone out yet
 * @param applies      false when the step does not apply to this record at all (no address, nothing promised...)
 * @param state        planned, or why not
 * @param reason       how {@code due} was computed, or why the message will not go out
 * @param messageId    the Message-ID, fixed before the first attempt
 * @param inReplyTo    the Message-ID this one answers in the same thread, else null
 * @param cause        why it is held, moved or stopped, in one word, or null
 */
public record PlannedMessage(String key, String interviewId, Step step, Recipient to, List<String> cc,
                             Interviewer interviewer, Instant due, Instant latest, boolean estimated, boolean applies,
                             State state,
                             String reason, String messageId, String inReplyTo, Cause cause) {
    public PlannedMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(state, "state");
        cc = List.copyOf(cc);
    }

    /** A message with no cause. */
    public PlannedMessage(String key, String interviewId, Step step, Recipient to, List<String> cc,
                          Interviewer interviewer, Instant due, Instant latest, boolean estimated, boolean applies,
                          State state, String reason, String messageId, String inReplyTo) {
        this(key, interviewId, step, to, cc, interviewer, due, latest, estimated, applies, state, reason, messageId,
                inReplyTo, null);
    }

    public Optional<String> threadParent() {
        return Optional.ofNullable(inReplyTo);
    }

    public PlannedMessage withState(State newState, String newReason) {
        return withState(newState, newReason, null);
    }

    public PlannedMessage withState(State newState, String newReason, Cause newCause) {
        return new PlannedMessage(key, interviewId, step, to, cc, interviewer, due, latest, estimated, applies, newState,
                newReason, messageId, inReplyTo, newCause);
    }

    /** The same message with these copies instead of its own (one whose address bounced left out). */
    public PlannedMessage withCc(List<String> newCc) {
        return new PlannedMessage(key, interviewId, step, to, newCc, interviewer, due, latest, estimated, applies,
                state, reason, messageId, inReplyTo, cause);
    }

    /** The same message at another instant (moved past an out-of-office), with why. */
    public PlannedMessage movedTo(Instant newDue, Instant newLatest, String newReason, Cause newCause) {
        return new PlannedMessage(key, interviewId, step, to, cc, interviewer, newDue, newLatest, estimated, applies,
                state, newReason, messageId, inReplyTo, newCause);
    }
}
