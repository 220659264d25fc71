package followup.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Interviews the user put on hold ({@code followup hold}); checked before every send. */
public final class Holds {
    public static final String USER = "user";
    private final Jdbc jdbc;

    public Holds(Database db) {
        this.jdbc = new Jdbc(db);
    }

    public void hold(String interviewId, String reason, Instant now) {
        jdbc.tx("hold the interview", c -> {
            Jdbc.update(c, "DELETE FROM fu_holds WHERE interview_id = ? AND kind = ?", interviewId, USER);
            Jdbc.update(c, "INSERT INTO fu_holds (interview_id, kind, reason, at) VALUES (?, ?, ?, ?)", interviewId,
                    USER, Jdbc.clip(reason, 2000), now);
            return null;
        });
    }

    public boolean release(String interviewId) {
        return jdbc.update("DELETE FROM fu_holds WHERE interview_id = ? AND kind = ?", interviewId, USER) > 0;
    }

    public Optional<String> reason(String interviewId) {
        return jdbc.query("SELECT reason FROM fu_holds WHERE interview_id = ? AND kind = ?",
                rs -> rs.getString(1) == null ? "" : rs.getString(1), interviewId, USER).stream().findFirst();
    }

    /** Every interview the user put on hold, with why ("" without a reason): read once for a whole plan. */
    public java.util.Map<String, String> reasons() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.query("SELECT interview_id, reason FROM fu_holds WHERE kind = ?", rs -> out.put(rs.getString(1),
                rs.getString(2) == null ? "" : rs.getString(2)), USER);
        return out;
    }

    public List<String> held() {
        return jdbc.query("SELECT interview_id FROM fu_holds WHERE kind = ?", rs -> rs.getString(1), USER);
    }
}
