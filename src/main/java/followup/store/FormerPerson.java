package followup.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A candidate's folder that now sends from another address than it last did: the folder given to another job seeker
 * (a coach's {@code sam} for the next client), or the same job seeker with a new address. The keys of the messages
 * are the folder's (a message's key is {@code sam/acme/thank-you/jane@acme.example}), so the former sender's rows
 * would stand for the new sender's: a thank-you sent by the first for their interview at Acme with Jane would be
 * taken for the second's, which would then never leave, and a message of the first that was cancelled would be
 * planned again with the first's Message-ID.
 *
 * <p>The former sender's messages are therefore kept under a name of their own, the folder's name, {@code ~} and a
 * short hash ({@code sam~1a2b3c4d}: no folder can have it, a name has no {@code ~}), noted as sending from the former
 * address: they stay in {@code status} (in its totals, failures and events) with their events. Those still to go are cancelled (the records
 * plan them again from the new address); one caught in {@code sending} by a crash is {@code failed (uncertain)}. What
 * went out under the former name is still found as a twin ({@link Twins}): the same step to the same person, due at
 * the same instant, is not sent again, so the same job seeker with a new address thanks nobody twice, while another
 * job seeker's interview (another instant) is thanked. Holds and answers from the company stay with the interview
 * ids, on the safe side: a reply to the former sender holds the new one's messages to that interview (shown, and
 * released with {@code resume}) rather than a reply of the same person's being forgotten.
 */
public final class FormerPerson {
    /** Between a folder's name and the hash of a former sender's name; no candidate name has it. */
    static final String MARK = "~";

    /**
     * What was done: the messages of {@code former} moved to {@code name}.
     *
     * @param name      the name their messages are kept under now
     * @param former    the address the folder sent from before
     * @param moved     how many messages were moved
     * @param cancelled how many of them, still to go, were cancelled
     * @param uncertain how many of them, caught in {@code sending}, are failed (uncertain)
     */
    public record Moved(String name, String former, int moved, int cancelled, int uncertain) {
    }

    private FormerPerson() {
    }

    /**
     * In {@code c}'s transaction, which holds the lock of {@code candidate}'s row of senders: moves the messages of
     * {@code candidate} when {@code former} (the address the row holds) is not {@code sender}; null when nothing moved.
     */
    static Moved moveIfAnother(Connection c, String candidate, String former, String sender, Instant now)
            throws SQLException {
        if (candidate.isEmpty() || former == null || former.equals(sender)
                || Jdbc.query(c, "SELECT 1 FROM fu_messages WHERE candidate = ?", rs -> 1, candidate).isEmpty()) {
            return null;
        }
        String name = candidate + MARK + hash(former + '\n' + now.toEpochMilli());
        String why = "sent from " + former + ", before candidate " + candidate + " sent from " + sender;
        int cancelled = Jdbc.update(c, "UPDATE fu_messages SET state = 'CANCELLED', reason = ?, retry_at = NULL,"
                + " updated_at = ? WHERE candidate = ? AND state IN ('PLANNED', 'HELD')", Jdbc.clip("cancelled: "
                + why + " (planned again from the new address)", 2000), now, candidate);
        int uncertain = Jdbc.update(c, "UPDATE fu_messages SET state = 'FAILED', reason = ?, cause = NULL,"
                + " retry_at = NULL, updated_at = ? WHERE candidate = ? AND state = 'SENDING'", Jdbc.clip("uncertain:"
                + " interrupted during sending, and not looked for in the sent folder: " + why, 2000), now,
                candidate);
        int from = candidate.length() + 1;       // both ids start with the candidate's name and a slash
        Jdbc.update(c, "UPDATE fu_events SET msg_key = CONCAT(?, SUBSTRING(msg_key FROM ?)), interview_id ="
                + " CONCAT(?, SUBSTRING(interview_id FROM ?)) WHERE msg_key IN (SELECT msg_key FROM fu_messages"
                + " WHERE candidate = ?)", name, from, name, from, candidate);
        int moved = Jdbc.update(c, "UPDATE fu_messages SET msg_key = CONCAT(?, SUBSTRING(msg_key FROM ?)),"
                + " interview_id = CONCAT(?, SUBSTRING(interview_id FROM ?)), candidate = ? WHERE candidate = ?",
                name, from, name, from, name, candidate);
        Jdbc.update(c, "INSERT INTO fu_senders (candidate, sender) VALUES (?, ?)", name, former);
        return new Moved(name, former, moved, cancelled, uncertain);
    }

    /** {@code sam~%}, for LIKE: the names {@code candidate}'s former senders' messages are kept under. */
    static String namesOf(String candidate) {
        return candidate.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + MARK + "%";
    }

    private static String hash(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
