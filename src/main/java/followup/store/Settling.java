package followup.store;

import followup.plan.Cause;
import followup.plan.State;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The messages of {@link MessageStore} moved to another state outside the send path: settled in a final or held
 * state, held for a reply or by hand, and planned again (released, or failed and then let go again). Every change of
 * state is a compare-and-set on the current state.
 */
final class Settling {
    /** Failed messages back to planned with their attempts counted anew; then the reason, the time, the WHERE. */
    private static final String PLAN_FAILED_AGAIN = "UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL,"
            + " retry_at = NULL, attempts = 0, reason = ?, cause = NULL, updated_at = ?";
    private final Jdbc jdbc;
    private final MessageRows rows;
    private final MessageReads reads;

    Settling(Jdbc jdbc, MessageRows rows, MessageReads reads) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.reads = reads;
    }

    /** Moves a message from one state to another; false if it was not in {@code from} (someone else moved it). */
    boolean transition(String key, State from, State to, String reason, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = ?, reason = ?, retry_at = NULL, updated_at = ?"
                + " WHERE msg_key = ? AND state = ?", to.name(), Jdbc.clip(reason, 2000), now, key, from.name()) == 1;
    }

    /**
     * Ends a message in a final or held state, keeping the server's reply if there was one, saying why in one word
     * ({@code plan --json} shows it as {@code cause}; null for none).
     */
    boolean settle(String key, State from, State to, String reason, String reply, Instant now, Cause cause) {
        return jdbc.update("UPDATE fu_messages SET state = ?, reason = ?, cause = ?, retry_at = NULL,"
                + " last_reply = COALESCE(?, last_reply), updated_at = ? WHERE msg_key = ? AND state = ?", to.name(),
                Jdbc.clip(reason, 2000), cause == null ? null : cause.id(), Jdbc.clip(reply, 2000), now, key,
                from.name()) == 1;
    }

    /**
     * Holds the planned messages of an interview whose step is one of {@code steps} (all steps when null), notices
     * excepted. Returns the keys it held.
     */
    List<String> holdPending(String interviewId, Set<String> steps, String reason, Cause cause, Instant now) {
        List<String> held = new java.util.ArrayList<>();
        for (StoredMessage s : reads.ofInterview(interviewId)) {
            if (!s.isNotice() && (steps == null || steps.contains(s.step()))
                    && settle(s.key(), State.PLANNED, State.HELD, reason, null, now, cause)) {
                held.add(s.key());
            }
        }
        return held;
    }

    /** The interviews with a cancelled message whose reason starts with {@code prefix}; one query. */
    Set<String> interviewsCancelledFor(String prefix) {
        return new java.util.HashSet<>(jdbc.query("SELECT DISTINCT interview_id FROM fu_messages WHERE state ="
                + " 'CANCELLED' AND reason LIKE ?" + rows.scoped(), rs -> rs.getString(1), rows.params(prefix
                .replace("%", "\\%").replace("_", "\\_") + "%")));
    }

    /** Held messages of an interview back to planned (the caller re-plans them). */
    int release(String interviewId, String reasonPrefix, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL, retry_at = NULL,"
                + " reason = 'resumed', cause = NULL, updated_at = ? WHERE interview_id = ? AND state = 'HELD'"
                + " AND reason LIKE ?",
                now, interviewId, reasonPrefix + "%");
    }

    /** One held message back to planned, if its hold reason starts with {@code reasonPrefix}. */
    boolean release(String interviewId, String key, String reasonPrefix, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL, retry_at = NULL,"
                + " reason = 'resumed', cause = NULL, updated_at = ? WHERE interview_id = ? AND msg_key = ?"
                + " AND state = 'HELD'"
                + " AND reason LIKE ?", now, interviewId, key, reasonPrefix + "%") == 1;
    }

    /**
     * Failed messages of an interview back to planned, attempts counted anew, except those whose fate was uncertain
     * (the server may have taken them): each failure was a refusal, so none of them reached anyone. The caller
     * re-plans them; one whose latest moment has passed is then missed.
     */
    int releaseFailed(String interviewId, Instant now) {
        return jdbc.update(PLAN_FAILED_AGAIN + " WHERE interview_id = ? AND state = 'FAILED'"
                + " AND reason NOT LIKE 'uncertain%' AND step <> ?", "resumed after failing", now, interviewId,
                StoredMessage.NOTICE);
    }

    /**
     * Messages that failed because the SMTP server refused the login, or did not offer the way to sign in, back to
     * planned with their attempts counted anew: at a start the login may have been fixed. Never one whose fate was
     * uncertain; the caller re-plans them.
     */
    int planAgainAfterRefusedLogin(Instant now) {
        return jdbc.update(PLAN_FAILED_AGAIN + " WHERE state = 'FAILED' AND step <> ? AND (reason LIKE ? OR reason"
                + " LIKE ?)" + rows.scoped(), rows.params("planned again after a refused login", now,
                StoredMessage.NOTICE, "SMTP % refused the login of %", "SMTP % does not offer %"));
    }
}
