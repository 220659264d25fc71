package followup.store;

import followup.plan.Cause;
import followup.plan.State;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the queries of a {@link MessageStore} read {@code fu_messages}: the columns of a message, its mapping, and the
 * scope of the store (one candidate's messages, with or without those of the folder's former senders, or everyone's).
 */
final class MessageRows {
    static final String COLUMNS = "msg_key, interview_id, step, recipient, message_id, state, reason, due_at,"
            + " latest_at, retry_at, scheduled_at, attempts, last_reply, sent_at, subject, body, cause";
    /** The candidate the store is scoped to ("" for a single job seeker, or for every message). */
    private final String candidate;
    /** Also the messages kept under the names of the candidate's former senders ({@link MessageStore#ofFolder}). */
    private final boolean withFormer;

    MessageRows(String candidate, boolean withFormer) {
        this.candidate = candidate;
        this.withFormer = withFormer && !candidate.isEmpty();
    }

    /** {@code " AND candidate = ?"} when scoped to a candidate, else nothing. */
    String scoped() {
        if (candidate.isEmpty()) {
            return "";
        }
        return withFormer ? " AND (candidate = ? OR candidate LIKE ?)" : " AND candidate = ?";
    }

    /** The query's parameters, followed by the candidate when scoped. */
    Object[] params(Object... params) {
        if (candidate.isEmpty()) {
            return params;
        }
        Object[] out = java.util.Arrays.copyOf(params, params.length + (withFormer ? 2 : 1));
        out[params.length] = candidate;
        if (withFormer) {
            out[params.length + 1] = FormerPerson.namesOf(candidate);
        }
        return out;
    }

    static StoredMessage map(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString("msg_key"), rs.getString("interview_id"), rs.getString("step"),
                rs.getString("recipient"), rs.getString("message_id"), State.valueOf(rs.getString("state")),
                rs.getString("reason"), Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "latest_at"),
                Jdbc.instant(rs, "retry_at"), Jdbc.instant(rs, "scheduled_at"), rs.getInt("attempts"),
                rs.getString("last_reply"), Jdbc.instant(rs, "sent_at"), rs.getString("subject"),
                rs.getString("body"), rs.getString("cause") == null ? null
                : Cause.byId(rs.getString("cause")).orElse(null));
    }
}
