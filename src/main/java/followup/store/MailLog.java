package followup.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the mailbox poll learned: where it left off per folder (UIDVALIDITY and last UID), every message it
 * classified (so none is counted twice), the replies per interview, and the addresses that bounced.
 */
public final class MailLog {
    /** Where polling left off in one folder. */
    public record Sync(long uidValidity, long lastUid) {
    }

    /** One classified message, for {@code status}. */
    public record Seen(String folder, long uid, Instant received, String from, String subject, String verdict,
                       String interviewId, String detail) {
    }

    private final Jdbc jdbc;

    public MailLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    public Optional<Sync> sync(String folder) {
        return jdbc.query("SELECT uid_validity, last_uid FROM fu_imap_sync WHERE folder = ?",
                rs -> new Sync(rs.getLong(1), rs.getLong(2)), folder).stream().findFirst();
    }

    public void saveSync(String folder, long uidValidity, long lastUid) {
        jdbc.tx("remember the mailbox position", c -> {
            if (Jdbc.update(c, "UPDATE fu_imap_sync SET uid_validity = ?, last_uid = ? WHERE folder = ?", uidValidity,
                    lastUid, folder) == 0) {
                Jdbc.update(c, "INSERT INTO fu_imap_sync (folder, uid_validity, last_uid) VALUES (?, ?, ?)", folder,
                        uidValidity, lastUid);
            }
            return null;
        });
    }

    /**
     * Records a classified message; false if this folder/UIDVALIDITY/UID was already recorded. Every text is clipped
     * to its column, {@code interviewId} too (a message may concern several interviews, joined by commas): a value
     * that does not fit must never fail the poll, or it would fail on the same message forever.
     */
    public boolean recordSeen(String folder, long uidValidity, long uid, Instant received, String messageId,
                              String from, String subject, String verdict, String interviewId, String detail) {
        return jdbc.tx("record a message seen in the mailbox", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_mail_seen WHERE folder = ? AND uid_validity = ? AND uid = ?",
                    rs -> 1, folder, uidValidity, uid).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_mail_seen (folder, uid_validity, uid, received_at, message_id, from_addr,"
                    + " subject, verdict, interview_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", folder,
                    uidValidity, uid, received, Jdbc.clip(messageId, 400), Jdbc.clip(from, 320),
                    Jdbc.clip(subject, 400), verdict, Jdbc.clip(interviewId, 64), Jdbc.clip(detail, 2000));
            return true;
        });
    }

    /** Records a reply to an interview; false if this mail was already recorded for it. */
    public boolean recordReply(Reply reply) {
        return jdbc.tx("record a reply", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_replies WHERE interview_id = ? AND mail_ref = ?", rs -> 1,
                    reply.interviewId(), reply.mailRef()).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_replies (interview_id, mail_ref, from_addr, received_at, why, dismissed)"
                    + " VALUES (?, ?, ?, ?, ?, FALSE)", reply.interviewId(), Jdbc.clip(reply.mailRef(), 500),
                    Jdbc.clip(reply.from(), 320), reply.received(), Jdbc.clip(reply.why(), 2000));
            return true;
        });
    }

    /** The first reply to this interview that the user has not dismissed (with {@code resume}). */
    public Optional<Reply> replyTo(String interviewId) {
        return jdbc.query("SELECT interview_id, mail_ref, from_addr, received_at, why FROM fu_replies"
                + " WHERE interview_id = ? AND dismissed = FALSE ORDER BY received_at", rs -> new Reply(
                rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "received_at"), rs.getString(5)),
                interviewId).stream().findFirst();
    }

    public int dismissReplies(String interviewId) {
        return jdbc.update("UPDATE fu_replies SET dismissed = TRUE WHERE interview_id = ? AND dismissed = FALSE",
                interviewId);
    }

    public boolean recordBounce(String address, String key, String diagnostic, Instant at) {
        return jdbc.tx("record a bounce", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_bounced WHERE address = ?", rs -> 1, address).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_bounced (address, msg_key, diagnostic, at) VALUES (?, ?, ?, ?)", address,
                    key, Jdbc.clip(diagnostic, 2000), at);
            return true;
        });
    }

    public boolean bounced(String address) {
        return address != null && !jdbc.query("SELECT 1 FROM fu_bounced WHERE address = ?", rs -> 1, address)
                .isEmpty();
    }

    public List<Seen> recentSeen(int n) {
        List<Seen> newestFirst = jdbc.query("SELECT folder, uid, received_at, from_addr, subject, verdict,"
                + " interview_id, detail FROM fu_mail_seen WHERE verdict <> 'unrelated' ORDER BY received_at DESC"
                + " LIMIT ?", rs -> new Seen(rs.getString(1), rs.getLong(2), Jdbc.instant(rs, "received_at"),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), n);
        List<Seen> out = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }
}
