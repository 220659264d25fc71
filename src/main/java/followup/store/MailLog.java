package followup.store;

import followup.plan.Cause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Whose mailbox: a candidate's name, or "" for the one job seeker of a config without candidates. */
    private final String candidate;

    public MailLog(Database db) {
        this(db, "");
    }

    public MailLog(Database db, String candidate) {
        this.jdbc = new Jdbc(db);
        this.candidate = candidate;
    }

    public Optional<Sync> sync(String folder) {
        return jdbc.query("SELECT uid_validity, last_uid FROM fu_imap_sync WHERE candidate = ? AND folder = ?",
                rs -> new Sync(rs.getLong(1), rs.getLong(2)), candidate, folder).stream().findFirst();
    }

    public void saveSync(String folder, long uidValidity, long lastUid) {
        jdbc.tx("remember the mailbox position", c -> {
            if (Jdbc.update(c, "UPDATE fu_imap_sync SET uid_validity = ?, last_uid = ? WHERE candidate = ? AND"
                    + " folder = ?", uidValidity, lastUid, candidate, folder) == 0) {
                Jdbc.update(c, "INSERT INTO fu_imap_sync (candidate, folder, uid_validity, last_uid) VALUES (?, ?, ?,"
                        + " ?)", candidate, folder, uidValidity, lastUid);
            }
            return null;
        });
    }

    /**
     * Records a classified message; false if a message with the same identity was already recorded, in any folder
     * and under any UIDVALIDITY (the folder, UIDVALIDITY and UID are kept for {@code status} only): the identity is its Message-ID, or, for a message without one, a hash of headers that
     * do not change when the server renumbers the folder ({@link #identity}). Every text is clipped to its column,
     * {@code interviewId} too (a message may concern several interviews, joined by commas): a value that does not fit
     * must never fail the poll, or it would fail on the same message forever.
     */
    public boolean recordSeen(String folder, long uidValidity, long uid, Instant received, String messageId,
                              String from, String subject, String verdict, String interviewId, String detail) {
        String key = identity(messageId, received, from, subject);
        return jdbc.tx("record a message seen in the mailbox", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_mail_seen WHERE candidate = ? AND mail_key = ?", rs -> 1,
                    candidate, key).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_mail_seen (candidate, folder, uid_validity, uid, received_at, message_id,"
                    + " from_addr, subject, verdict, interview_id, detail, mail_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)", candidate, folder, uidValidity, uid, received, Jdbc.clip(messageId, 400),
                    Jdbc.clip(from, 320), Jdbc.clip(subject, 400), verdict, Jdbc.clip(interviewId, 200),
                    Jdbc.clip(detail, 2000), key);
            return true;
        });
    }

    /** The verdict a message was recorded with ({@link #recordSeen}), or empty when it was not recorded. */
    public Optional<String> verdictOf(String messageId, Instant received, String from, String subject) {
        return jdbc.query("SELECT verdict FROM fu_mail_seen WHERE candidate = ? AND mail_key = ?",
                rs -> rs.getString(1), candidate, identity(messageId, received, from, subject)).stream().findFirst();
    }

    /**
     * A message recorded as concerning no interview ({@code unrelated}) concerns one now, whose record was written
     * after it came: records its new verdict. False when it was not recorded as unrelated.
     */
    public boolean reclassify(String messageId, Instant received, String from, String subject, String verdict,
                              String interviewId, String detail) {
        return jdbc.update("UPDATE fu_mail_seen SET verdict = ?, interview_id = ?, detail = ? WHERE candidate = ? AND"
                + " mail_key = ? AND verdict = 'unrelated'", verdict, Jdbc.clip(interviewId, 200),
                Jdbc.clip(detail, 2000), candidate, identity(messageId, received, from, subject)) > 0;
    }

    /**
     * A message's identity in the mailbox log: its Message-ID, or {@code hash:} and a SHA-256 of the arrival instant,
     * From and Subject for a message without one (none of them changes when the server renumbers a folder).
     */
    public static String identity(String messageId, Instant received, String from, String subject) {
        if (messageId != null && !messageId.isBlank()) {
            return Jdbc.clip(messageId.strip(), 400);
        }
        String seed = received.toEpochMilli() + "\n" + (from == null ? "" : from) + "\n"
                + (subject == null ? "" : subject);
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "hash:" + java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Records a reply to an interview; false if this mail was already recorded for it. */
    public boolean recordReply(Reply reply) {
        return jdbc.tx("record a reply", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_replies WHERE interview_id = ? AND mail_ref = ?", rs -> 1,
                    reply.interviewId(), reply.mailRef()).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_replies (interview_id, mail_ref, from_addr, received_at, why, kind,"
                    + " dismissed) VALUES (?, ?, ?, ?, ?, ?, FALSE)", reply.interviewId(),
                    Jdbc.clip(reply.mailRef(), 500), Jdbc.clip(reply.from(), 320), reply.received(),
                    Jdbc.clip(reply.why(), 2000), reply.kind().id());
            return true;
        });
    }

    /** The first reply to this interview that the user has not dismissed (with {@code resume}). */
    public Optional<Reply> replyTo(String interviewId) {
        return jdbc.query("SELECT interview_id, mail_ref, from_addr, received_at, why, kind FROM fu_replies"
                + " WHERE interview_id = ? AND dismissed = FALSE ORDER BY received_at", rs -> new Reply(
                rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "received_at"), rs.getString(5),
                Cause.byId(rs.getString(6)).orElse(Cause.REPLY)), interviewId).stream().findFirst();
    }

    /** Of every interview that has one, the first reply the user has not dismissed ({@link #replyTo}). */
    public Map<String, Reply> replies() {
        Map<String, Reply> out = new HashMap<>();
        jdbc.query("SELECT interview_id, mail_ref, from_addr, received_at, why, kind FROM fu_replies"
                + " WHERE dismissed = FALSE ORDER BY received_at", rs -> new Reply(rs.getString(1), rs.getString(2),
                rs.getString(3), Jdbc.instant(rs, "received_at"), rs.getString(5),
                Cause.byId(rs.getString(6)).orElse(Cause.REPLY))).forEach(r -> out.putIfAbsent(r.interviewId(), r));
        return out;
    }

    /**
     * Records that {@code address} is out of office until {@code backOn}, from the out-of-office reply
     * {@code mailRef}; a later reply replaces an earlier one. False if this reply was already recorded, or an
     * out-of-office received later is already known.
     */
    public boolean recordAway(String address, LocalDate backOn, String mailRef, Instant received) {
        return jdbc.tx("record an out-of-office return date", c -> {
            List<Instant> known = Jdbc.query(c, "SELECT received_at FROM fu_away WHERE candidate = ? AND"
                    + " address = ?", rs -> Jdbc.instant(rs, "received_at"), candidate, address);
            if (!known.isEmpty() && !known.get(0).isBefore(received)) {
                return false;
            }
            Jdbc.update(c, "DELETE FROM fu_away WHERE candidate = ? AND address = ?", candidate, address);
            Jdbc.update(c, "INSERT INTO fu_away (candidate, address, back_on, mail_ref, received_at) VALUES (?, ?, ?,"
                    + " ?, ?)", candidate, address, backOn == null ? null : backOn.toString(), Jdbc.clip(mailRef, 500), received);
            return true;
        });
    }

    /** The latest out-of-office return date known per address (addresses lower-cased). */
    public Map<String, LocalDate> away() {
        Map<String, LocalDate> out = new HashMap<>();
        jdbc.query("SELECT address, back_on FROM fu_away WHERE candidate = ? AND back_on IS NOT NULL",
                rs -> out.put(rs.getString(1), LocalDate.parse(rs.getString(2))), candidate);
        return out;
    }

    public int dismissReplies(String interviewId) {
        return jdbc.update("UPDATE fu_replies SET dismissed = TRUE WHERE interview_id = ? AND dismissed = FALSE",
                interviewId);
    }

    public boolean recordBounce(String address, String key, String diagnostic, Instant at) {
        return jdbc.tx("record a bounce", c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM fu_bounced WHERE candidate = ? AND address = ?", rs -> 1,
                    candidate, address).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO fu_bounced (candidate, address, msg_key, diagnostic, at) VALUES (?, ?, ?, ?,"
                    + " ?)", candidate, address, key, Jdbc.clip(diagnostic, 2000), at);
            return true;
        });
    }

    /**
     * The reason of a message held because its address was not reached: a server gave up on a message to it after
     * temporary failures, so the address is not known bad and {@code resume} sends again. Starts as every bounce's
     * hold reason does ({@code address bounced}).
     */
    public static final String NOT_REACHED = "address bounced (not reached: its mail server gave up after temporary"
            + " failures; `followup resume` sends again)";
    private static final String NOT_REACHED_MARK = "not reached: ";

    /**
     * Records that a server gave up on a message to {@code address} after temporary failures: it is held like a bounced
     * one ({@link #bounced}) until {@link #forgetNotReached}. False if the address was already recorded either way.
     */
    public boolean recordNotReached(String address, String key, String diagnostic, Instant at) {
        return recordBounce(address, key, NOT_REACHED_MARK + diagnostic, at);
    }

    /** Whether {@code address} is held because it was not reached ({@link #recordNotReached}), not for a bounce. */
    public boolean notReached(String address) {
        return address != null && !jdbc.query("SELECT 1 FROM fu_bounced WHERE candidate = ? AND address = ? AND"
                + " diagnostic LIKE ?", rs -> 1, candidate, address, NOT_REACHED_MARK + "%").isEmpty();
    }

    /** Forgets that {@code address} was not reached (never a real bounce): it may be written to again. */
    public boolean forgetNotReached(String address) {
        return jdbc.update("DELETE FROM fu_bounced WHERE candidate = ? AND address = ? AND diagnostic LIKE ?",
                candidate, address, NOT_REACHED_MARK + "%") > 0;
    }

    public boolean bounced(String address) {
        return address != null && !jdbc.query("SELECT 1 FROM fu_bounced WHERE candidate = ? AND address = ?", rs -> 1,
                candidate, address).isEmpty();
    }

    /** The last {@code n} messages the poll saw that concern an interview, our own mail among them; oldest first. */
    public List<Seen> recentSeen(int n) {
        return recent(n, "'unrelated'");
    }

    /**
     * The same without the sender's own mail (copies of what went out, the notices to themselves): what others sent,
     * as {@code status} and the page list it.
     */
    public List<Seen> recentFromOthers(int n) {
        return recent(n, "'unrelated', 'own'");
    }

    private List<Seen> recent(int n, String leftOut) {
        List<Seen> newestFirst = jdbc.query("SELECT folder, uid, received_at, from_addr, subject, verdict,"
                + " interview_id, detail FROM fu_mail_seen WHERE candidate = ? AND verdict NOT IN (" + leftOut
                + ") ORDER BY received_at DESC LIMIT ?", rs -> new Seen(rs.getString(1), rs.getLong(2), Jdbc.instant(rs,
                "received_at"), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                candidate, n);
        List<Seen> out = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }
}
