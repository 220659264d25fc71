package followup.store;

import followup.plan.History;
import followup.plan.Interview;
import followup.plan.MessageIds;
import followup.plan.State;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link MessageStore} reads of the messages: by key, interview, state or Message-ID, the due and unscheduled
 * ones, an interview's history, the sent times for the caps, and the counts for {@code status} and the page. Nothing
 * here changes a message.
 */
final class MessageReads {
    private static final String COLUMNS = MessageRows.COLUMNS;
    private static final int IDS_PER_QUERY = 500;
    private final Jdbc jdbc;
    private final MessageRows rows;
    private final Twins twins;

    MessageReads(Jdbc jdbc, MessageRows rows, Twins twins) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.twins = twins;
    }

    Optional<StoredMessage> find(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE msg_key = ?", MessageRows::map, key)
                .stream().findFirst();
    }

    List<StoredMessage> ofInterview(String interviewId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE interview_id = ? ORDER BY due_at, msg_key",
                MessageRows::map, interviewId);
    }

    List<StoredMessage> inState(State state) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE state = ?" + rows.scoped()
                + " ORDER BY due_at, msg_key", MessageRows::map, rows.params(state.name()));
    }

    List<StoredMessage> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE 1 = 1" + rows.scoped()
                + " ORDER BY due_at, msg_key", MessageRows::map, rows.params());
    }

    /**
     * The keys of planned messages due at {@code now} or earlier (their retry instant, else their due instant),
     * earliest first, at most {@code limit}.
     */
    List<String> dueKeys(Instant now, int limit) {
        MessageStore.Query q = dueKeysQuery(now, limit);
        return jdbc.query(q.sql(), rs -> rs.getString(1), q.params());
    }

    MessageStore.Query dueKeysQuery(Instant now, int limit) {
        List<Object> args = new java.util.ArrayList<>(List.of(rows.params(now)));
        args.add(limit);
        return new MessageStore.Query("SELECT msg_key FROM fu_messages WHERE state = 'PLANNED'"
                + " AND COALESCE(retry_at, due_at) <= ?" + rows.scoped()
                + " ORDER BY COALESCE(retry_at, due_at), msg_key LIMIT ?", args.toArray());
    }

    /** Planned messages whose Quartz trigger is missing or set for another instant. */
    List<StoredMessage> needingSchedule() {
        MessageStore.Query q = needingScheduleQuery();
        return jdbc.query(q.sql(), MessageRows::map, q.params());
    }

    MessageStore.Query needingScheduleQuery() {
        return new MessageStore.Query("SELECT " + COLUMNS + " FROM fu_messages WHERE state = 'PLANNED'"
                + " AND (scheduled_at IS NULL OR scheduled_at <> COALESCE(retry_at, due_at))" + rows.scoped(),
                rows.params());
    }

    History history(String interviewId) {
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

    /** The steps that go to the company, as the {@code step} column names them: what the company can answer. */
    private static final String TO_COMPANY = java.util.Arrays.stream(followup.plan.Step.values())
            .filter(followup.plan.Step::toCompany).map(s -> "'" + s.id() + "'")
            .collect(java.util.stream.Collectors.joining(", ", " AND step IN (", ")"));

    /**
     * Those of {@code messageIds} that are ours to the company (a thank-you, a follow-up), each with its interview; a
     * few hundred ids per query. An id whose domain part a server wrote in another letter case is ours too ({@link
     * MessageIds#comparable}). Not what went to the user (the debrief, a reminder, a notice): an answer to one of those
     * comes from the debrief's friend, or from someone the user forwarded it to, not from the company.
     */
    Map<String, String> interviewsOfMessageIds(Collection<String> messageIds) {
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
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")" + TO_COMPANY + rows.scoped(),
                    rs -> Map.entry(rs.getString(1), rs.getString(2)), rows.params(chunk.toArray()))
                    .forEach(row -> asked.getOrDefault(MessageIds.comparable(row.getKey()), List.of())
                            .forEach(id -> ours.put(id, row.getValue())));
        }
        return ours;
    }

    /** Our message with this Message-ID, also when a server rewrote the case of its domain part. */
    Optional<StoredMessage> byMessageId(String messageId) {
        List<String> spellings = MessageIds.spellings(messageId);
        List<StoredMessage> found = jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE message_id IN ("
                + String.join(", ", Collections.nCopies(spellings.size(), "?")) + ")" + rows.scoped(),
                MessageRows::map, rows.params(spellings.toArray()));
        return found.stream().filter(s -> messageId.equals(s.messageId())).findFirst()
                .or(() -> found.stream().findFirst());
    }

    boolean wasSentTo(String address) {
        return !jdbc.query("SELECT 1 FROM fu_messages WHERE recipient = ? AND state IN ('SENT', 'SENDING', 'BOUNCED',"
                + " 'FAILED')" + rows.scoped(), rs -> 1, rows.params(address)).isEmpty();
    }

    int sentSince(Instant since) {
        return jdbc.query("SELECT COUNT(*) FROM fu_messages WHERE sent_at >= ?" + rows.scoped(), rs -> rs.getInt(1),
                rows.params(since)).get(0);
    }

    /** When the messages sent from {@code since} on went out, oldest first. */
    List<Instant> sentTimesSince(Instant since) {
        return jdbc.query("SELECT sent_at FROM fu_messages WHERE sent_at >= ?" + rows.scoped() + " ORDER BY sent_at",
                rs -> Jdbc.instant(rs, "sent_at"), rows.params(since));
    }

    /**
     * The messages of every candidate by state, one query for all: by the candidate's name (the part of the interview
     * id before its first {@code /}; "" for a job seeker without candidates), each map with every state.
     */
    Map<String, Map<State, Integer>> countsByCandidate() {
        return jdbc.tx("read the state database", MessageReads::countsByCandidate);
    }

    /**
     * As {@link #countsByCandidate()}, but failing at once instead of waiting while the PostgreSQL server is away
     * (a {@link StoreException}): for the metrics, which must answer a scrape within its timeout.
     */
    Map<String, Map<State, Integer>> countsByCandidateAtOnce() {
        return jdbc.txAtOnce("read the state database", MessageReads::countsByCandidate);
    }

    private static Map<String, Map<State, Integer>> countsByCandidate(Connection c) throws SQLException {
        Map<String, Map<State, Integer>> out = new java.util.TreeMap<>();
        Jdbc.query(c, "SELECT candidate, state, COUNT(*) FROM fu_messages GROUP BY candidate, state", rs -> {
            out.computeIfAbsent(rs.getString(1), k -> MessageStore.noMessages()).put(State.valueOf(rs.getString(2)),
                    rs.getInt(3));
            return null;
        });
        return out;
    }

    /**
     * The messages still to go (planned or held) whose interview id names {@code candidate}, exactly: "" is the one
     * job seeker's of a config without candidates, not everyone's (as the scope of the store would be).
     */
    List<StoredMessage> pendingOf(String candidate) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fu_messages WHERE state IN ('PLANNED', 'HELD') AND candidate = ?"
                + " ORDER BY due_at, msg_key", MessageRows::map, candidate);
    }

    Map<State, Integer> counts() {
        Map<State, Integer> counts = MessageStore.noMessages();
        jdbc.query("SELECT state, COUNT(*) FROM fu_messages WHERE 1 = 1" + rows.scoped() + " GROUP BY state", rs -> {
            counts.put(State.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
        }, rows.params());
        return counts;
    }
}
