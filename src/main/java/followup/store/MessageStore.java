package followup.store;

import followup.plan.Cause;
import followup.plan.History;
import followup.plan.PlannedMessage;
import followup.plan.State;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planned messages and their states. Every change of state is a compare-and-set on the current state, so two
 * fires of the same Quartz trigger (or two daemons) can never both move a message to {@code sending}.
 *
 * <p>Done by its parts, on this store's {@link Jdbc}, scope and {@link Twins}: the send path ({@link Sending}), the
 * plan ({@link Planning}), the other changes of state ({@link Settling}) and the reads ({@link MessageReads}).
 */
public final class MessageStore {
    /** The start of the reason of a message skipped because its latest moment passed before it could go out. */
    public static final String MISSED = "missed:";
    private final Database db;
    private final Twins twins;
    private final MessageReads reads;
    private final Sending sending;
    private final Planning planning;
    private final Settling settling;

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
        Jdbc jdbc = new Jdbc(db);
        MessageRows rows = new MessageRows(candidate, withFormer);
        this.db = db;
        this.twins = new Twins(jdbc, candidate);
        this.reads = new MessageReads(jdbc, rows, twins);
        this.sending = new Sending(db, jdbc, twins);
        this.planning = new Planning(db, jdbc, rows);
        this.settling = new Settling(jdbc, rows, reads);
    }

    /**
     * The messages of a candidate's folder, to be shown ({@code status --candidate}): the candidate's, and those kept
     * under the names of the folder's former senders ({@link FormerPerson}: {@code sam~1a2b3c4d}), which are theirs
     * no longer but are still the folder's, as everyone's {@code status} counts them. Never to send from.
     */
    public static MessageStore ofFolder(Database db, String candidate) {
        return new MessageStore(db, candidate, true);
    }

    /** A statement and its parameters, as a query of this store sends it (for a test to ask how it is answered). */
    record Query(String sql, Object[] params) {
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

    // the reads: MessageReads, where each is described

    public Optional<StoredMessage> find(String key) {
        return reads.find(key);
    }

    public List<StoredMessage> ofInterview(String interviewId) {
        return reads.ofInterview(interviewId);
    }

    public List<StoredMessage> inState(State state) {
        return reads.inState(state);
    }

    public List<StoredMessage> all() {
        return reads.all();
    }

    public List<String> dueKeys(Instant now, int limit) {
        return reads.dueKeys(now, limit);
    }

    Query dueKeysQuery(Instant now, int limit) {
        return reads.dueKeysQuery(now, limit);
    }

    public List<StoredMessage> needingSchedule() {
        return reads.needingSchedule();
    }

    Query needingScheduleQuery() {
        return reads.needingScheduleQuery();
    }

    public History history(String interviewId) {
        return reads.history(interviewId);
    }

    public Optional<String> interviewOfMessageId(String messageId) {
        return byMessageId(messageId).map(StoredMessage::interviewId);
    }

    public Map<String, String> interviewsOfMessageIds(Collection<String> messageIds) {
        return reads.interviewsOfMessageIds(messageIds);
    }

    public Optional<StoredMessage> byMessageId(String messageId) {
        return reads.byMessageId(messageId);
    }

    public boolean wasSentTo(String address) {
        return reads.wasSentTo(address);
    }

    public int sentSince(Instant since) {
        return reads.sentSince(since);
    }

    public List<Instant> sentTimesSince(Instant since) {
        return reads.sentTimesSince(since);
    }

    public Map<String, Map<State, Integer>> countsByCandidate() {
        return reads.countsByCandidate();
    }

    public Map<String, Map<State, Integer>> countsByCandidateAtOnce() {
        return reads.countsByCandidateAtOnce();
    }

    /** See {@link MessageReads#pendingOf}: "" is the one job seeker's, not everyone's. */
    public List<StoredMessage> pendingOf(String candidate) {
        return reads.pendingOf(candidate);
    }

    public Map<State, Integer> counts() {
        return reads.counts();
    }

    /** Every state, at 0. */
    public static Map<State, Integer> noMessages() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    // the plan and its triggers: Planning, where each is described

    public void upsertPlanned(PlannedMessage m, Instant now) {
        planning.upsertPlanned(m, now);
    }

    public boolean revive(PlannedMessage m, String prefix, Instant now) {
        return planning.revive(m, prefix, now);
    }

    public boolean addNotice(String key, String interviewId, String recipient, String messageId, String subject,
                             String body, Instant now, Instant latest) {
        return planning.addNotice(key, interviewId, recipient, messageId, subject, body, now, latest);
    }

    public void markScheduled(String key, Instant at) {
        planning.markScheduled(key, at);
    }

    public void markScheduled(Map<String, Instant> at) {
        planning.markScheduled(at);
    }

    public void unschedulePlanned() {
        planning.unschedulePlanned();
    }

    // the send path: Sending, where each is described

    public boolean claim(String key, Instant now) {
        return sending.claim(key, now);
    }

    /** See {@link Sending#claimUnlessTwin}: {@link #claim}, unless a twin ({@link #sentTwin}) went or is going out. */
    public Claim claimUnlessTwin(String key, Instant now, String interviewId, String step, String recipient,
                                 Instant due) {
        return sending.claimUnlessTwin(key, now, interviewId, step, recipient, due);
    }

    /** sending -> sent, without an event (see the next method). */
    public boolean markSent(String key, Instant sentAt, String reply, String subject) {
        return sending.markSent(key, sentAt, reply, subject, null);
    }

    /** See {@link Sending#markSent}: sending -> sent, with the {@code sent} event when one is given (or null). */
    public boolean markSent(String key, Instant sentAt, String reply, String subject, String event) {
        return sending.markSent(key, sentAt, reply, subject, event);
    }

    public boolean markSentAfterUncertain(String key, Instant sentAt, String reply, String subject, String reason) {
        return sending.markSentAfterUncertain(key, sentAt, reply, subject, reason);
    }

    public boolean unclaim(String key, Instant retryAt, String reason, Instant now) {
        return sending.unclaim(key, retryAt, reason, now);
    }

    public boolean retryLater(String key, State from, Instant retryAt, String reason, String reply, Instant now) {
        return sending.retryLater(key, from, retryAt, reason, reply, now);
    }

    public boolean later(String key, Instant at, Instant now) {
        return sending.later(key, at, now);
    }

    public void countAttempt(String key) {
        sending.countAttempt(key);
    }

    // the other changes of state: Settling, where each is described

    public boolean transition(String key, State from, State to, String reason, Instant now) {
        return settling.transition(key, from, to, reason, now);
    }

    public boolean settle(String key, State from, State to, String reason, String reply, Instant now) {
        return settling.settle(key, from, to, reason, reply, now, null);
    }

    public boolean settle(String key, State from, State to, String reason, String reply, Instant now, Cause cause) {
        return settling.settle(key, from, to, reason, reply, now, cause);
    }

    public List<String> holdPending(String interviewId, Set<String> steps, String reason, Cause cause, Instant now) {
        return settling.holdPending(interviewId, steps, reason, cause, now);
    }

    public Set<String> interviewsCancelledFor(String prefix) {
        return settling.interviewsCancelledFor(prefix);
    }

    public int release(String interviewId, String reasonPrefix, Instant now) {
        return settling.release(interviewId, reasonPrefix, now);
    }

    public boolean release(String interviewId, String key, String reasonPrefix, Instant now) {
        return settling.release(interviewId, key, reasonPrefix, now);
    }

    public int releaseFailed(String interviewId, Instant now) {
        return settling.releaseFailed(interviewId, now);
    }

    public int planAgainAfterRefusedLogin(Instant now) {
        return settling.planAgainAfterRefusedLogin(now);
    }

    /** Runs {@code work} with its statements to this store in one transaction ({@link Database#inOneTransaction}). */
    public void inOneTransaction(Runnable work) {
        db.inOneTransaction(work);
    }

    // the same interview under another name: Twins, where each is described

    /** The key of a message of another interview that went out, or is going out, as this one. */
    public Optional<String> sentTwin(String interviewId, String step, String recipient, Instant due) {
        return twins.find(interviewId, step, recipient, due).map(Twins.Twin::key);
    }

    /** Notes the address this store's candidate sends from, as they start. */
    public Optional<FormerPerson.Moved> noteSender(String address) {
        return noteSender(address, Instant.now());
    }

    public Optional<FormerPerson.Moved> noteSender(String address, Instant now) {
        return twins.noteSender(address, now);
    }

    public List<StoredMessage> sendingUnderFormerNames() {
        return twins.sendingUnderFormerNames().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public boolean isFormerName(String name) {
        return twins.isFormerName(name);
    }
}
