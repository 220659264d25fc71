package followup.store;

import java.time.Instant;
import java.util.List;

/** What happened, newest last: sends, holds, replies seen, failures. Shown by {@code status}. */
public final class EventLog {
    private final Jdbc jdbc;

    public EventLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** @param interviewId one id, or several joined by commas (clipped to the column) */
    public void record(Instant at, String interviewId, String key, String kind, String detail) {
        jdbc.update("INSERT INTO fu_events (at, interview_id, msg_key, kind, detail) VALUES (?, ?, ?, ?, ?)", at,
                Jdbc.clip(interviewId, 200), key, kind, Jdbc.clip(detail, 2000));
    }

    /**
     * The last {@code n} events of one candidate's folder, oldest first ("": every event): of their interviews and
     * mailbox, and of the messages kept under the names of the folder's former senders ({@link FormerPerson}).
     */
    public List<Event> recent(int n, String candidate) {
        if (candidate.isEmpty()) {
            return recent(n);
        }
        String escaped = candidate.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Event> newestFirst = jdbc.query("SELECT at, interview_id, msg_key, kind, detail FROM fu_events"
                + " WHERE interview_id LIKE ? OR interview_id LIKE ? ORDER BY id DESC LIMIT ?",
                rs -> new Event(Jdbc.instant(rs, "at"), rs.getString("interview_id"), rs.getString("msg_key"),
                        rs.getString("kind"), rs.getString("detail")),
                escaped + "/%", FormerPerson.namesOf(candidate) + "/%", n);
        List<Event> out = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The last {@code n} events, oldest first. */
    public List<Event> recent(int n) {
        List<Event> newestFirst = jdbc.query("SELECT at, interview_id, msg_key, kind, detail FROM fu_events"
                + " ORDER BY id DESC LIMIT ?", rs -> new Event(Jdbc.instant(rs, "at"), rs.getString("interview_id"),
                rs.getString("msg_key"), rs.getString("kind"), rs.getString("detail")), n);
        List<Event> out = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }
}
