package followup.store;

import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * The plan as {@link MessageStore} records it: planned messages and notices to self, a skipped message planned again,
 * and the instants their Quartz triggers are set for.
 */
final class Planning {
    private final Database db;
    private final Jdbc jdbc;
    private final MessageRows rows;

    Planning(Database db, Jdbc jdbc, MessageRows rows) {
        this.db = db;
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * Records a planned message, or updates the due instant, bound and reason of one that is still planned (a retry
     * that is still its next fire keeps its own reason, so {@code plan} says why it is waiting). A
     * cancelled message that never went out (its record was closed or deleted, and is back) is planned again. A
     * message in any other state is left alone: a sent message is never planned again.
     */
    void upsertPlanned(PlannedMessage m, Instant now) {
        boolean inserted = jdbc.tx("record the plan", c -> {
            // a pending retry (a 4xx, an unreachable mailbox) keeps its reason while it is still the next fire
            String reason = Jdbc.clip(m.reason(), 2000);
            int updated = Jdbc.update(c, "UPDATE fu_messages SET due_at = ?, latest_at = ?, recipient = ?,"
                    + " reason = CASE WHEN retry_at IS NOT NULL AND retry_at >= ? THEN reason ELSE ? END,"
                    + " retry_at = CASE WHEN retry_at < ? THEN NULL ELSE retry_at END, updated_at = ?"
                    + " WHERE msg_key = ? AND state = 'PLANNED' AND (due_at <> ? OR latest_at <> ? OR recipient <> ?"
                    + " OR (reason <> ? AND (retry_at IS NULL OR retry_at < ?)))", m.due(), m.latest(),
                    m.to().email(), m.due(), reason, m.due(), now, m.key(), m.due(), m.latest(), m.to().email(),
                    reason, m.due());
            if (updated == 0) {
                updated = Jdbc.update(c, "UPDATE fu_messages SET state = 'PLANNED', due_at = ?, latest_at = ?,"
                        + " reason = ?, recipient = ?, cause = NULL, scheduled_at = NULL, retry_at = NULL,"
                        + " updated_at = ? WHERE msg_key = ? AND state = 'CANCELLED' AND sent_at IS NULL", m.due(),
                        m.latest(),
                        Jdbc.clip(m.reason(), 2000), m.to().email(), now, m.key());
            }
            if (updated == 0 && m.state() == State.PLANNED) {
                // missed, and the record now gives it a later moment (the interview was moved): planned again
                updated = revive(c, m, MessageStore.MISSED + "%", now, " AND latest_at < ?", m.latest());
            }
            if (updated == 0 && Jdbc.query(c, "SELECT 1 FROM fu_messages WHERE msg_key = ?", rs -> 1, m.key())
                    .isEmpty()) {
                // a second daemon may record the same plan at the same moment: the first insert wins
                return Jdbc.insertUnlessPresent(c, "INSERT INTO fu_messages (msg_key, interview_id, candidate, step,"
                        + " recipient, message_id, state, reason, due_at, latest_at, attempts, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, 0, ?, ?)", m.key(), m.interviewId(),
                        Interview.candidateOf(m.interviewId()),
                        m.step().id(), m.to().email(), m.messageId(), Jdbc.clip(m.reason(), 2000), m.due(), m.latest(),
                        now, now);
            }
            return false;
        });
        if (inserted) {
            jdbc.afterCommit(() -> db.messagesAdded(1));
        }
    }

    /**
     * A message skipped for a reason that starts with {@code prefix} (it never went out) planned again as {@code m}
     * says; false if it is not so skipped.
     */
    boolean revive(PlannedMessage m, String prefix, Instant now) {
        return jdbc.tx("plan a skipped message again", c -> revive(c, m, prefix + "%", now, "")) == 1;
    }

    private static int revive(Connection c, PlannedMessage m, String like, Instant now, String also,
                              Object... more) throws SQLException {
        Object[] params = new Object[7 + more.length];
        Object[] base = {m.due(), m.latest(), Jdbc.clip(m.reason(), 2000), m.to().email(), now, m.key(), like};
        System.arraycopy(base, 0, params, 0, base.length);
        System.arraycopy(more, 0, params, base.length, more.length);
        return Jdbc.update(c, "UPDATE fu_messages SET state = 'PLANNED', due_at = ?, latest_at = ?, reason = ?,"
                + " recipient = ?, cause = NULL, scheduled_at = NULL, retry_at = NULL, updated_at = ?"
                + " WHERE msg_key = ? AND state = 'SKIPPED' AND sent_at IS NULL AND reason LIKE ?" + also, params);
    }

    /** Queues a notice to self, once per key. Returns false if a notice with this key already exists. */
    boolean addNotice(String key, String interviewId, String recipient, String messageId, String subject,
                      String body, Instant now, Instant latest) {
        return jdbc.tx("queue a notice", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_messages WHERE msg_key = ?", rs -> 1, key).isEmpty()) {
                return false;
            }
            return Jdbc.insertUnlessPresent(c, "INSERT INTO fu_messages (msg_key, interview_id, candidate, step,"
                    + " recipient, message_id, state, reason, due_at, latest_at, attempts, subject, body, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', 'notice to self', ?, ?, 0, ?, ?, ?, ?)", key,
                    interviewId, Interview.candidateOf(interviewId),
                    StoredMessage.NOTICE, recipient, messageId, now, latest, Jdbc.clip(subject, 400), body, now, now);
        });
    }

    void markScheduled(String key, Instant at) {
        jdbc.update("UPDATE fu_messages SET scheduled_at = ? WHERE msg_key = ?", at, key);
    }

    /** Every planned message (of this candidate, when scoped) as having no trigger, so that the next sync sets one. */
    void unschedulePlanned() {
        jdbc.update("UPDATE fu_messages SET scheduled_at = NULL WHERE state = 'PLANNED'" + rows.scoped(),
                rows.params());
    }

    /** As {@link #markScheduled(String, Instant)} for several messages (key to instant), in one transaction. */
    void markScheduled(Map<String, Instant> at) {
        jdbc.tx("record the triggers of " + at.size() + " messages", c -> {
            String sql = "UPDATE fu_messages SET scheduled_at = ? WHERE msg_key = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Map.Entry<String, Instant> e : at.entrySet()) {
                    Jdbc.bind(ps, new Object[] {e.getValue(), e.getKey()});
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
