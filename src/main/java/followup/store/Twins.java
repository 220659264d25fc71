package followup.store;

import followup.plan.Interview;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The messages of an interview's other ids that went out or are going out ({@link MessageStore#sentTwin}): a record
 * renamed or copied, a candidate's folder renamed, a single job seeker's setup moved into a deployment. A twin is the
 * same step to the same person, due at the same instant, under another id of the same candidate, or of a name that
 * sent from the same address before ({@code fu_senders}, noted as each candidate starts).
 */
final class Twins {
    private final Jdbc jdbc;
    /** The store's candidate ("" for the one job seeker without candidates, or for every candidate). */
    private final String candidate;
    /** {@link #formerNames()}, once read. */
    private volatile List<String> formerNames;
    /** The address given to {@link #noteSender}, lower case, even when noting it failed; null before. */
    private volatile String sender;

    /**
     * A message of another interview that went out (or is going out, or may have gone out: one whose send was
     * interrupted and is {@code failed (uncertain)}, which is never sent again, under any name) as this one.
     *
     * @param key    the twin's key
     * @param sentAt when it went out; null while it is being sent
     */
    record Twin(String key, Instant sentAt) {
    }

    Twins(Jdbc jdbc, String candidate) {
        this.jdbc = jdbc;
        this.candidate = candidate;
    }

    /**
     * The twin of a message of {@code interviewId}, in a transaction of its own: a message of another interview (of
     * this candidate, when scoped, or of a former name of theirs) that went out, or is going out, with the same step
     * to the same recipient, due at the same instant: the same interview under another record's name (a record
     * renamed, or copied), whose own message must not go a second time. (Not the subject: its wording is chosen by
     * the interview's id.)
     */
    Optional<Twin> find(String interviewId, String step, String recipient, Instant due) {
        List<String> names = namesFor(interviewId);
        return jdbc.tx("read the state database", c -> find(c, names, interviewId, step, recipient, due));
    }

    /**
     * The names a twin of a message of {@code interviewId} is looked for under: the interview's candidate first, then
     * (for this store's candidate) the names that sent from their address before.
     */
    List<String> namesFor(String interviewId) {
        String name = Interview.candidateOf(interviewId);
        List<String> names = new ArrayList<>();
        names.add(name);
        if (name.equals(candidate)) {
            names.addAll(formerNames());
        }
        return names;
    }

    /** The twin among the interviews of the first of {@code names}, else of the next one, and so on. */
    static Optional<Twin> find(Connection c, List<String> names, String interviewId, String step, String recipient,
                               Instant due) throws SQLException {
        for (String name : names) {
            Optional<Twin> twin = Jdbc.query(c, "SELECT msg_key, sent_at FROM fu_messages WHERE recipient = ? AND"
                    + " step = ? AND due_at = ? AND interview_id <> ? AND (state IN ('SENT', 'SENDING') OR state ="
                    + " 'FAILED' AND reason LIKE 'uncertain%') AND candidate = ? ORDER BY sent_at NULLS LAST,"
                    + " CASE state WHEN 'SENDING' THEN 0 ELSE 1 END", rs -> new Twin(rs.getString(1),
                    Jdbc.instant(rs, "sent_at")), recipient, step, due, interviewId, name).stream().findFirst();
            if (twin.isPresent()) {
                return twin;
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the lock of candidate {@code name}'s row of senders in {@code c}'s transaction (see
     * {@link MessageStore#claimUnlessTwin}), writing the row first if it is missing (noting it failed at the
     * candidate's start) and the sender is known.
     */
    void lock(Connection c, String name) throws SQLException {
        String select = "SELECT candidate FROM fu_senders WHERE candidate = ? FOR UPDATE";
        String address = sender;
        if (Jdbc.query(c, select, rs -> 1, name).isEmpty() && name.equals(candidate) && address != null) {
            Jdbc.insertUnlessPresent(c, "INSERT INTO fu_senders (candidate, sender) VALUES (?, ?)", name, address);
            Jdbc.query(c, select, rs -> 1, name);
        }
    }

    /**
     * Notes the address this store's candidate sends from, as they start: the names that sent from it before (a
     * folder renamed, a single job seeker's setup moved into a deployment) are then theirs too for
     * {@link MessageStore#sentTwin}. When the candidate's folder sent from another address before, the messages of
     * that address are first kept under a name of their own ({@link FormerPerson}), which this returns.
     */
    Optional<FormerPerson.Moved> noteSender(String address, Instant now) {
        String sender = address.toLowerCase(Locale.ROOT);
        this.sender = sender;
        Optional<FormerPerson.Moved> moved = jdbc.tx("note the sender of " + (candidate.isEmpty() ? "the job seeker"
                : candidate), c -> {
            List<String> former = Jdbc.query(c, "SELECT sender FROM fu_senders WHERE candidate = ? FOR UPDATE",
                    rs -> rs.getString(1), candidate);
            if (former.isEmpty()) {
                Jdbc.update(c, "INSERT INTO fu_senders (candidate, sender) VALUES (?, ?)", candidate, sender);
                return Optional.empty();
            }
            FormerPerson.Moved m = FormerPerson.moveIfAnother(c, candidate, former.get(0), sender, now);
            Jdbc.update(c, "UPDATE fu_senders SET sender = ? WHERE candidate = ?", sender, candidate);
            return Optional.ofNullable(m);
        });
        formerNames = null;
        return moved;
    }

    /**
     * The messages left in {@code sending} (a crash during their SMTP conversation) under the other names this store's
     * candidate's address has run with (a folder renamed while the daemon was stopped): nobody else settles them.
     */
    List<String> sendingUnderFormerNames() {
        List<String> keys = new ArrayList<>();
        for (String name : formerNames()) {
            keys.addAll(jdbc.query("SELECT msg_key FROM fu_messages WHERE candidate = ? AND state = 'SENDING'",
                    rs -> rs.getString(1), name));
        }
        return keys;
    }

    /**
     * Whether {@code name} is one of {@link #formerNames}: one this store's candidate's address ran under before (a
     * folder renamed), or that their folder's former sender's messages are kept under: its messages left in
     * {@code sending} are theirs to settle.
     */
    boolean isFormerName(String name) {
        return formerNames().contains(name);
    }

    /**
     * The other names under which this store's candidate's sender address has run, read once (after their start has
     * noted their sender): a name is added only when a candidate starts, and a candidate renamed runs on a new store.
     */
    private List<String> formerNames() {
        List<String> known = formerNames;
        if (known == null) {
            // and the names their folder's former senders' messages are kept under (see FormerPerson)
            known = List.copyOf(new java.util.LinkedHashSet<>(jdbc.query("SELECT b.candidate FROM fu_senders a JOIN"
                    + " fu_senders b ON b.sender = a.sender AND b.candidate <> a.candidate WHERE a.candidate = ?"
                    + " UNION SELECT candidate FROM fu_senders WHERE candidate LIKE ? ORDER BY 1",
                    rs -> rs.getString(1), candidate, FormerPerson.namesOf(candidate))));
            formerNames = known;
        }
        return known;
    }
}
