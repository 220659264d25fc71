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

    public List<String> held() {
        return jdbc.query("SELECT interview_id FROM fu_holds WHERE kind = ?", rs -> rs.getString(1), USER);
    }
}
