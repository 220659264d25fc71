package followup.store;

import followup.plan.Cause;
import followup.plan.History;
import followup.plan.MessageIds;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planned messages and their states. Every change of state is a compare-and-set on the current state, so two
 * fires of the same Quartz trigger (or two daemons) can never both move a message to {@code sending}.
 */
public final class MessageStore {
    private static final String COLUMNS = "msg_key, interview_id, step, recipient, message_id, state, reason, due_at,"
            + " latest_at, retry_at, scheduled_at, attempts, last_reply, sent_at, subject, body, cause";
    private static final int IDS_PER_QUERY = 500;
    private final Database db;
    private final Jdbc jdbc;
    /** The candidate this store is scoped to ("" for a single job seeker, or for every message). */
    private final String candidate;
    /** Also the messages kept under the names of the candidate's former senders ({@link #ofFolder}). */
    private final boolean withFormer;
    private final Twins twins;

    /** Every message, of every candidate. */
    public MessageStore(Database db) {
        this(db, "");
    }

    /**
     * The messages of one candidate: the queries that list or look up messages by anything but their key (all, by
     * state, by Message-ID, by recipient, the sent times for the caps) see only the messages of the interviews whose
     * id starts with {@code candidate/} (their column {@code candidate}, indexed with the state); "" sees every
     * message. A key names its candidate, so a look-up by key needs no scope.
     */
    public MessageStore(Database db, String candidate) {
        this(db, candidate, false);
    }

    private MessageStore(Database db, String candidate, boolean withFormer) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.candidate = candidate;
        this.withFormer = withFormer && !candidate.isEmpty();
        this.twins = new Twins(jdbc, candidate);
    }

    /**
     * The messages of a candidate's folder, to be shown ({@code status --candidate}): the candidate's, and those kept
     * under the names of the folder's former senders ({@link FormerPerson}: {@code sam~1a2b3c4d}), which are theirs
     * no longer but are still the folder's, as everyone's {@code status} counts them. Never to send from.
     */
    public static MessageStore ofFolder(Database db, String candidate) {
        return new MessageStore(db, candidate, true);
    }

    /** {@code " AND candidate = ?"} when scoped to a candidate, else nothing. */
    private String scoped() {
        if (candidate.isEmpty()) {
            return "";
        }
        return withFormer ? " AND (candidate = ? OR candidate LIKE ?)" : " AND candidate = ?";
    }

    /** The query's parameters, followed by the candidate when scoped. */
    private Object[] params(Object... params) {
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

    private static StoredMessage map(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString("msg_key"), rs.getString("interview_id"), rs.getString("step"),
                rs.getString("recipient"), rs.getString("message_id"), State.valueOf(rs.getString("state")),
                rs.getString("reason"), Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "latest_at"),
                Jdbc.instant(rs, "retry_at"), Jdbc.instant(rs, "scheduled_at"), rs.getInt("attempts"),
                rs.getString("last_reply"), Jdbc.instant(rs, "sent_at"), rs.getString("subject"),
                rs.getString("body"), rs.getString("cause") == null ? null
                : Cause.byId(rs.getString("cause")).orElse(null));
    }

    public Optional<StoredMessage> find(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE msg_key = ?", MessageStore::map, key)
                .stream().findFirst();
    }

    public List<StoredMessage> ofInterview(String interviewId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE interview_id = ? ORDER BY due_at, msg_key",
                MessageStore::map, interviewId);
    }

    public List<StoredMessage> inState(State state) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE state = ?" + scoped()
                + " ORDER BY due_at, msg_key", MessageStore::map, params(state.name()));
    }

    public List<StoredMessage> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE 1 = 1" + scoped()
                + " ORDER BY due_at, msg_key", MessageStore::map, params());
    }

    /**
     * The keys of planned messages due at {@code now} or earlier (their retry instant, else their due instant),
     * earliest first, at most {@code limit}.
     */
    public List<String> dueKeys(Instant now, int limit) {
        Query q = dueKeysQuery(now, limit);
        return jdbc.query(q.sql(), rs -> rs.getString(1), q.params());
    }

    Query dueKeysQuery(Instant now, int limit) {
        List<Object> args = new java.util.ArrayList<>(List.of(params(now)));
        args.add(limit);
        return new Query("SELECT msg_key FROM fu_messages WHERE state = 'PLANNED' AND COALESCE(retry_at, due_at) <= ?"
                + scoped() + " ORDER BY COALESCE(retry_at, due_at), msg_key LIMIT ?", args.toArray());
    }

    /** Planned messages whose Quartz trigger is missing or set for another instant. */
    public List<StoredMessage> needingSchedule() {
        Query q = needingScheduleQuery();
        return jdbc.query(q.sql(), MessageStore::map, q.params());
    }

    Query needingScheduleQuery() {
        return new Query("SELECT " + COLUMNS + " FROM fu_messages WHERE state = 'PLANNED' AND (scheduled_at IS NULL"
                + " OR scheduled_at <> COALESCE(retry_at, due_at))" + scoped(), params());
    }

    /** A statement and its parameters, as a query of this store sends it (for a test to ask how it is answered). */
    record Query(String sql, Object[] params) {
    }

    /**
     * Records a planned message, or updates the due instant, bound and reason of one that is still planned (a retry
     * that is still its next fire keeps its own reason, so {@code plan} says why it is waiting). A
     * cancelled message that never went out (its record was closed or deleted, and is back) is planned again. A
     * message in any other state is left alone: a sent message is never planned again.
     */
    public void upsertPlanned(PlannedMessage m, Instant now) {
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
                updated = revive(c, m, MISSED + "%", now, " AND latest_at < ?", m.latest());
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

    /** The start of the reason of a message skipped because its latest moment passed before it could go out. */
    public static final String MISSED = "missed:";

    /**
     * A message skipped for a reason that starts with {@code prefix} (it never went out) planned again as {@code m}
     * says; false if it is not so skipped.
     */
    public boolean revive(PlannedMessage m, String prefix, Instant now) {
        return jdbc.tx("plan a skipped message again", c -> revive(c, m, prefix + "%", now, "")) == 1;
    }

    private static int revive(java.sql.Connection c, PlannedMessage m, String like, Instant now, String also,
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
    public boolean addNotice(String key, String interviewId, String recipient, String messageId, String subject,
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

    /** Moves a message from one state to another; false if it was not in {@code from} (someone else moved it). */
    public boolean transition(String key, State from, State to, String reason, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = ?, reason = ?, retry_at = NULL, updated_at = ?"
                + " WHERE msg_key = ? AND state = ?", to.name(), Jdbc.clip(reason, 2000), now, key, from.name()) == 1;
    }

    private static final String CLAIM = "UPDATE fu_messages SET state = 'SENDING', attempts = attempts + 1,"
            + " retry_at = NULL, updated_at = ? WHERE msg_key = ? AND state = 'PLANNED'";

    /** planned -> sending, committed before the SMTP conversation starts. */
    public boolean claim(String key, Instant now) {
        return jdbc.update(CLAIM, now, key) == 1;
    }

    /**
     * What {@link #claimUnlessTwin} did.
     *
     * @param claimed the message is now {@code sending}
     * @param twin    when it is not: the key of its twin that went out or is going out, or null (it was no longer
     *                planned)
     */
    public record Claim(boolean claimed, String twin) {
    }

    /**
     * {@link #claim}, unless a twin ({@link #sentTwin}) went out or is going out, looked for in the claim's own
     * transaction once it holds the lock of the candidate's row of {@code fu_senders} (written when they start): two
     * daemons of a cluster claiming copies of one interview at the same moment take turns there, and the second
     * finds the first one's claim, committed (each statement of either database reads what is committed when it
     * begins).
     */
    public Claim claimUnlessTwin(String key, Instant now, String interviewId, String step, String recipient,
                                 Instant due) {
        List<String> names = twins.namesFor(interviewId);
        return jdbc.tx("claim a message", c -> {
            twins.lock(c, names.get(0));
            Optional<Twins.Twin> twin = Twins.find(c, names, interviewId, step, recipient, due);
            return twin.isPresent() ? new Claim(false, twin.get().key())
                    : new Claim(Jdbc.update(c, CLAIM, now, key) == 1, null);
        });
    }

    /** sending -> sent, without an event (see the next method). */
    public boolean markSent(String key, Instant sentAt, String reply, String subject) {
        return markSent(key, sentAt, reply, subject, null);
    }

    /**
     * sending -> sent, committed right after the server's 250, together with the {@code sent} event when
     * {@code event} is given (one transaction); then the count of sent messages kept next to the database is raised
     * (see {@link Database#requireNothingForgotten()}).
     *
     * @param event the event's detail, or null for none
     */
    public boolean markSent(String key, Instant sentAt, String reply, String subject, String event) {
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
    public boolean markSentAfterUncertain(String key, Instant sentAt, String reply, String subject, String reason) {
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
    public boolean unclaim(String key, Instant retryAt, String reason, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', retry_at = ?, reason = ?,"
                + " attempts = attempts - 1, updated_at = ? WHERE msg_key = ? AND state = 'SENDING'", retryAt,
                Jdbc.clip(reason, 2000), now, key) == 1;
    }

    /** Back to planned with a retry instant (after a 4xx, a dropped connection, or an unavailable mailbox). */
    public boolean retryLater(String key, State from, Instant retryAt, String reason, String reply, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', retry_at = ?, reason = ?,"
                + " last_reply = COALESCE(?, last_reply), updated_at = ? WHERE msg_key = ? AND state = ?", retryAt,
                Jdbc.clip(reason, 2000), Jdbc.clip(reply, 2000), now, key, from.name()) == 1;
    }

    /**
     * A planned message looked at no earlier than {@code at} (its sender's turn was taken), its reason and attempts
     * kept; a later retry instant stays.
     */
    public boolean later(String key, Instant at, Instant now) {
        return jdbc.update("UPDATE fu_messages SET retry_at = ?, updated_at = ? WHERE msg_key = ? AND state = 'PLANNED'"
                + " AND (retry_at IS NULL OR retry_at < ?)", at, now, key, at) == 1;
    }

    /** Ends a message in a final or held state, keeping the server's reply if there was one. */
    public boolean settle(String key, State from, State to, String reason, String reply, Instant now) {
        return settle(key, from, to, reason, reply, now, null);
    }

    /** The same, saying why in one word ({@code plan --json} shows it as {@code cause}). */
    public boolean settle(String key, State from, State to, String reason, String reply, Instant now, Cause cause) {
        return jdbc.update("UPDATE fu_messages SET state = ?, reason = ?, cause = ?, retry_at = NULL,"
                + " last_reply = COALESCE(?, last_reply), updated_at = ? WHERE msg_key = ? AND state = ?", to.name(),
                Jdbc.clip(reason, 2000), cause == null ? null : cause.id(), Jdbc.clip(reply, 2000), now, key,
                from.name()) == 1;
    }

    public void countAttempt(String key) {
        jdbc.update("UPDATE fu_messages SET attempts = attempts + 1 WHERE msg_key = ?", key);
    }

    public void markScheduled(String key, Instant at) {
        jdbc.update("UPDATE fu_messages SET scheduled_at = ? WHERE msg_key = ?", at, key);
    }

    /** Every planned message (of this candidate, when scoped) as having no trigger, so that the next sync sets one. */
    public void unschedulePlanned() {
        jdbc.update("UPDATE fu_messages SET scheduled_at = NULL WHERE state = 'PLANNED'" + scoped(), params());
    }

    /** Runs {@code work} with its statements to this store in one transaction ({@link Database#inOneTransaction}). */
    public void inOneTransaction(Runnable work) {
        db.inOneTransaction(work);
    }

    /** As {@link #markScheduled(String, Instant)} for several messages (key to instant), in one transaction. */
    public void markScheduled(Map<String, Instant> at) {
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

    /**
     * Holds the planned messages of an interview whose step is one of {@code steps} (all steps when null), notices
     * excepted. Returns the keys it held.
     */
    public List<String> holdPending(String interviewId, Set<String> steps, String reason, Cause cause, Instant now) {
        List<String> held = new java.util.ArrayList<>();
        for (StoredMessage s : ofInterview(interviewId)) {
            if (!s.isNotice() && (steps == null || steps.contains(s.step()))
                    && settle(s.key(), State.PLANNED, State.HELD, reason, null, now, cause)) {
                held.add(s.key());
            }
        }
        return held;
    }

    /** The interviews with a cancelled message whose reason starts with {@code prefix}; one query. */
    public Set<String> interviewsCancelledFor(String prefix) {
        return new java.util.HashSet<>(jdbc.query("SELECT DISTINCT interview_id FROM fu_messages WHERE state ="
                + " 'CANCELLED' AND reason LIKE ?" + scoped(), rs -> rs.getString(1), params(prefix.replace("%",
                "\\%").replace("_", "\\_") + "%")));
    }

    /** Held messages of an interview back to planned (the caller re-plans them). */
    public int release(String interviewId, String reasonPrefix, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL, retry_at = NULL,"
                + " reason = 'resumed', cause = NULL, updated_at = ? WHERE interview_id = ? AND state = 'HELD'"
                + " AND reason LIKE ?",
                now, interviewId, reasonPrefix + "%");
    }

    /** Failed messages back to planned with their attempts counted anew; then the reason, the time, the WHERE. */
    private static final String PLAN_FAILED_AGAIN = "UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL,"
            + " retry_at = NULL, attempts = 0, reason = ?, cause = NULL, updated_at = ?";

    /**
     * Failed messages of an interview back to planned, attempts counted anew, except those whose fate was uncertain
     * (the server may have taken them): each failure was a refusal, so none of them reached anyone. The caller
     * re-plans them; one whose latest moment has passed is then missed.
     */
    public int releaseFailed(String interviewId, Instant now) {
        return jdbc.update(PLAN_FAILED_AGAIN + " WHERE interview_id = ? AND state = 'FAILED'"
                + " AND reason NOT LIKE 'uncertain%' AND step <> ?", "resumed after failing", now, interviewId,
                StoredMessage.NOTICE);
    }

    /**
     * Messages that failed because the SMTP server refused the login, or did not offer the way to sign in, back to
     * planned with their attempts counted anew: at a start the login may have been fixed. Never one whose fate was
     * uncertain; the caller re-plans them.
     */
    public int planAgainAfterRefusedLogin(Instant now) {
        return jdbc.update(PLAN_FAILED_AGAIN + " WHERE state = 'FAILED' AND step <> ? AND (reason LIKE ? OR reason"
                + " LIKE ?)" + scoped(), params("planned again after a refused login", now, StoredMessage.NOTICE,
                "SMTP % refused the login of %", "SMTP % does not offer %"));
    }

    /** One held message back to planned, if its hold reason starts with {@code reasonPrefix}. */
    public boolean release(String interviewId, String key, String reasonPrefix, Instant now) {
        return jdbc.update("UPDATE fu_messages SET state = 'PLANNED', scheduled_at = NULL, retry_at = NULL,"
                + " reason = 'resumed', cause = NULL, updated_at = ? WHERE interview_id = ? AND msg_key = ?"
                + " AND state = 'HELD'"
                + " AND reason LIKE ?", now, interviewId, key, reasonPrefix + "%") == 1;
    }

    public History history(String interviewId) {
        Map<String, Instant> sent = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (StoredMessage m : ofInterview(interviewId)) {
            ids.put(m.key(), m.messageId());
            if (m.sentAt() != null) {
                sent.put(m.key(), m.sentAt());
            } else if (m.wentOutAsTwin()) {
                // skipped as already sent under the record's former name: it went out then, and what follows it
                // in a chain counts from that moment
                twins.find(interviewId, m.step(), m.recipient(), m.due()).map(Twins.Twin::sentAt)
                        .ifPresent(at -> sent.put(m.key(), at));
            }
        }
        return History.of(sent, ids, away(Interview.candidateOf(interviewId)));
    }

    /** The latest out-of-office return date per address (see {@link MailLog#recordAway}). */
    private Map<String, java.time.LocalDate> away(String candidate) {
        Map<String, java.time.LocalDate> out = new HashMap<>();
        jdbc.query("SELECT address, back_on FROM fu_away WHERE candidate = ? AND back_on IS NOT NULL",
                rs -> out.put(rs.getString(1), java.time.LocalDate.parse(rs.getString(2))), candidate);
        return out;
    }

    public Optional<String> interviewOfMessageId(String messageId) {
        return byMessageId(messageId).map(StoredMessage::interviewId);
    }

    /**
     * Those of {@code messageIds} that are ours, each with its interview; a few hundred ids per query. An id whose
     * domain part a server wrote in another letter case is ours too ({@link MessageIds#comparable}).
     */
    public Map<String, String> interviewsOfMessageIds(Collection<String> messageIds) {
        Map<String, List<String>> asked = new HashMap<>();
        Set<String> spellings = new LinkedHashSet<>();
        for (String id : messageIds) {
            asked.computeIfAbsent(MessageIds.comparable(id), k -> new ArrayList<>()).add(id);
            spellings.addAll(MessageIds.spellings(id));
        }
        List<String> ids = List.copyOf(spellings);
        Map<String, String> ours = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.query("SELECT message_id, interview_id FROM fu_messages WHERE message_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")" + scoped(),
                    rs -> Map.entry(rs.getString(1), rs.getString(2)), params(chunk.toArray()))
                    .forEach(row -> asked.getOrDefault(MessageIds.comparable(row.getKey()), List.of())
                            .forEach(id -> ours.put(id, row.getValue())));
        }
        return ours;
    }

    /** Our message with this Message-ID, also when a server rewrote the case of its domain part. */
    public Optional<StoredMessage> byMessageId(String messageId) {
        List<String> spellings = MessageIds.spellings(messageId);
        List<StoredMessage> found = jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE message_id IN ("
                + String.join(", ", Collections.nCopies(spellings.size(), "?")) + ")" + scoped(),
                MessageStore::map, params(spellings.toArray()));
        return found.stream().filter(s -> messageId.equals(s.messageId())).findFirst()
                .or(() -> found.stream().findFirst());
    }

    /**
     * The key of a message of another interview (of this candidate, when scoped, or of a former name of theirs) that
     * went out, or is going out, with the same step to the same recipient, due at the same instant: the same interview
     * under another record's name (a record renamed, or copied), whose own message must not go a second time. (Not
     * the subject: its wording is chosen by the interview's id.)
     */
    public Optional<String> sentTwin(String interviewId, String step, String recipient, Instant due) {
        return twins.find(interviewId, step, recipient, due).map(Twins.Twin::key);
    }

    /**
     * Notes the address this store's candidate sends from, as they start: the names that sent from it before (a
     * folder renamed, a single job seeker's setup moved into a deployment) are then theirs too for
     * {@link #sentTwin}.
     */
    public Optional<FormerPerson.Moved> noteSender(String address) {
        return noteSender(address, Instant.now());
    }

    /**
     * As {@link #noteSender(String)}; when the candidate's folder sent from another address before, the messages of
     * that address are first kept under a name of their own ({@link FormerPerson}), which this returns.
     */
    public Optional<FormerPerson.Moved> noteSender(String address, Instant now) {
        return twins.noteSender(address, now);
    }

    /**
     * The messages left in {@code sending} (a crash during their SMTP conversation) under the names that sent from
     * this candidate's address before (a folder renamed while the daemon was stopped): nobody else settles them.
     */
    public List<StoredMessage> sendingUnderFormerNames() {
        return twins.sendingUnderFormerNames().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * True if {@code name} is one this store's candidate's address ran under before (a folder renamed), or that their
     * folder's former sender's messages are kept under: its messages left in {@code sending} are theirs to settle.
     */
    public boolean isFormerName(String name) {
        return twins.isFormerName(name);
    }

    public boolean wasSentTo(String address) {
        return !jdbc.query("SELECT 1 FROM fu_messages WHERE recipient = ? AND state IN ('SENT', 'SENDING', 'BOUNCED',"
                + " 'FAILED')" + scoped(), rs -> 1, params(address)).isEmpty();
    }

    public int sentSince(Instant since) {
        return jdbc.query("SELECT COUNT(*) FROM fu_messages WHERE sent_at >= ?" + scoped(), rs -> rs.getInt(1),
                params(since)).get(0);
    }

    /** When the messages sent from {@code since} on went out, oldest first. */
    public List<Instant> sentTimesSince(Instant since) {
        return jdbc.query("SELECT sent_at FROM fu_messages WHERE sent_at >= ?" + scoped() + " ORDER BY sent_at",
                rs -> Jdbc.instant(rs, "sent_at"), params(since));
    }

    /**
     * The messages of every candidate by state, one query for all: by the candidate's name (the part of the interview
     * id before its first {@code /}; "" for a job seeker without candidates), each map with every state.
     */
    public Map<String, Map<State, Integer>> countsByCandidate() {
        return jdbc.tx("read the state database", MessageStore::countsByCandidate);
    }

    /**
     * As {@link #countsByCandidate()}, but failing at once instead of waiting while the PostgreSQL server is away
     * (a {@link StoreException}): for the metrics, which must answer a scrape within its timeout.
     */
    public Map<String, Map<State, Integer>> countsByCandidateAtOnce() {
        return jdbc.txAtOnce("read the state database", MessageStore::countsByCandidate);
    }

    private static Map<String, Map<State, Integer>> countsByCandidate(Connection c) throws SQLException {
        Map<String, Map<State, Integer>> out = new java.util.TreeMap<>();
        Jdbc.query(c, "SELECT candidate, state, COUNT(*) FROM fu_messages GROUP BY candidate, state", rs -> {
            out.computeIfAbsent(rs.getString(1), k -> noMessages()).put(State.valueOf(rs.getString(2)),
                    rs.getInt(3));
            return null;
        });
        return out;
    }

    /**
     * The messages still to go (planned or held) whose interview id names {@code candidate}, exactly: "" is the one
     * job seeker's of a config without candidates, not everyone's (as the scope of this store would be).
     */
    public List<StoredMessage> pendingOf(String candidate) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE state IN ('PLANNED', 'HELD') AND candidate = ?"
                + " ORDER BY due_at, msg_key", MessageStore::map, candidate);
    }

    /** Every state, at 0. */
    public static Map<State, Integer> noMessages() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    public Map<State, Integer> counts() {
        Map<State, Integer> counts = noMessages();
        jdbc.query("SELECT state, COUNT(*) FROM fu_messages WHERE 1 = 1" + scoped() + " GROUP BY state", rs -> {
            counts.put(State.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
        }, params());
        return counts;
    }
}
