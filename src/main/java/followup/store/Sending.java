package followup.store;

import followup.plan.State;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The send path of a message in {@link MessageStore}: its claim ({@code planned -> sending}, committed before the SMTP
 * conversation starts), its {@code sent} mark (committed right after the server's 250), and the ways back to
 * {@code planned} when it was not sent after all. Every change is a compare-and-set on the current state.
 */
final class Sending {
    private static final String CLAIM = "UPDATE fu_messages SET state = 'SENDING', attempts = attempts + 1,"
            + " retry_at = NULL, updated_at = ? WHERE msg_key = ? AND state = 'PLANNED'";
    private final Database db;
    private final Jdbc jdbc;
    private final Twins twins;

    Sending(Database db, Jdbc jdbc, Twins twins) {
        this.db = db;
        this.jdbc = jdbc;
        this.twins = twins;
    }

    /** planned -> sending, committed before the SMTP conversation starts. */
    boolean claim(String key, Instant now) {
        return jdbc.update(CLAIM, now, key) == 1;
    }

    /**
     * {@link #claim}, unless a twin ({@link MessageStore#sentTwin}) went out or is going out, looked for in the claim's
     * own transaction once it holds the lock of the candidate's row of {@code fu_senders} (written when they start):
     * two daemons of a cluster claiming copies of one interview at the same moment take turns there, and the second
     * finds the first one's claim, committed (each statement of either database reads what is committed when it
     * begins).
     */
    MessageStore.Claim claimUnlessTwin(String key, Instant now, String interviewId, String step, String recipient,
                                       Instant due) {
        List<String> names = twins.namesFor(interviewId);
        return jdbc.tx("claim a message", c -> {
            twins.lock(c, names.get(0));
            Optional<Twins.Twin> twin = Twins.find(c, names, interviewId, step, recipient, due);
            return twin.isPresent() ? new MessageStore.Claim(false, twin.get().key())
                    : new MessageStore.Claim(Jdbc.update(c, CLAIM, now, key) == 1, null);
        });
    }

    /**
     * sending -> sent, committed right after the server's 250, together with the {@code sent} event when
     * {@code event} is given (one transaction); then the count of sent messages kept next to the database is raised
     * (see {@link Database#requireNothingForgotten()}).
     *
     * @param event the event's detail, or null for none
     */
    boolean markSent(String key, Instant sentAt, String reply, String subject, String event) {
        boolean marked = jdbc.tx("mark a message sent", c -> {
            boolean done = Jdbc.update(c, "UPDATE fu_messages SET state = 'SENT', sent_at = ?, last_reply = ?,"
                    + " reason = 'sent', subject = COALESCE(subject, ?), updated_at = ? WHERE msg_key = ?"
                    + " AND state = 'SENDING'", sentAt, Jdbc.clip(reply, 2000), Jdbc.clip(subject, 400), sentAt,
                    key) == 1;
            if (done && event != null) {
                Jdbc.update(c, "INSERT INTO fu_events (at, interview_id, msg_key, kind, detail) SELECT ?,"
                        + " interview_id, msg_key, 'sent', ? FROM fu_messages WHERE msg_key = ?", sentAt,
                        Jdbc.clip(event, 2000), key);
            }
            return done;
        });
        if (marked) {
            db.sentOneMore();
        }
        return marked;
    }

    /**
     * The server's 250 for a message that was settled as uncertain meanwhile: another daemon of a cluster took this
     * one for dead (paused longer than the check-in grace) and did not find it in the sent folder, so it is
     * {@code failed (uncertain)}, or planned to be sent again with {@code on-uncertain = resend}. It went out: sent,
     * with {@code reason} and its {@code sent} event, in one transaction. False if it was in neither state.
     */
    boolean markSentAfterUncertain(String key, Instant sentAt, String reply, String subject, String reason) {
        boolean marked = jdbc.tx("mark a message sent", c -> {
            boolean done = Jdbc.update(c, "UPDATE fu_messages SET state = 'SENT', sent_at = ?, last_reply = ?,"
                    + " reason = ?, cause = NULL, retry_at = NULL, subject = COALESCE(subject, ?), updated_at = ?"
                    + " WHERE msg_key = ? AND (state = 'FAILED' AND reason LIKE 'uncertain:%' OR state = 'PLANNED'"
                    + " AND reason LIKE 'uncertain (%')", sentAt, Jdbc.clip(reply, 2000), Jdbc.clip(reason, 2000),
                    Jdbc.clip(subject, 400), sentAt, key) == 1;
            if (done) {
                Jdbc.update(c, "INSERT INTO fu_events (at, interview_id, msg_key, kind, detail) SELECT ?,"
                        + " interview_id, msg_key, 'sent', ? FROM fu_messages WHERE msg_key = ?", sentAt,
                        Jdbc.clip(reason, 2000), key);
            }
            return done;
        });
        if (marked) {
            db.sentOneMore();
        }
        return marked;
    }

    /**
     * A claimed message that was not begun after all: planned again for {@code retryAt}, its claim not counted as an
     * attempt (no server saw it).
     */
    boolean unclaim(String key, Instant retryAt, String reason, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', retry_at = ?, reason = ?,"
                + " attempts = attempts - 1, updated_at = ? WHERE msg_key = ? AND state = 'SENDING'", retryAt,
                Jdbc.clip(reason, 2000), now, key) == 1;
    }

    /** Back to planned with a retry instant (after a 4xx, a dropped connection, or an unavailable mailbox). */
    boolean retryLater(String key, State from, Instant retryAt, String reason, String reply, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', retry_at = ?, reason = ?,"
                + " last_reply = COALESCE(?, last_reply), updated_at = ? WHERE msg_key = ? AND state = ?", retryAt,
                Jdbc.clip(reason, 2000), Jdbc.clip(reply, 2000), now, key, from.name()) == 1;
    }

    /**
     * A planned message looked at no earlier than {@code at} (its sender's turn was taken), its reason and attempts
     * kept; a later retry instant stays.
     */
    boolean later(String key, Instant at, Instant now) {
        return jdbc.update("UPDATE fu_messages SET retry_at = ?, updated_at = ? WHERE msg_key = ? AND state = 'PLANNED'"
                + " AND (retry_at IS NULL OR retry_at < ?)", at, now, key, at) == 1;
    }

    void countAttempt(String key) {
        jdbc.update("UPDATE fu_messages SET attempts = attempts + 1 WHERE msg_key = ?", key);
    }
}
