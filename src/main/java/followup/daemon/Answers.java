package followup.daemon;

import followup.inbox.InboxMessage;
import followup.inbox.Verdict;
import followup.invite.PersonNames;
import followup.plan.Cause;
import followup.plan.Interview;
import followup.plan.State;
import followup.plan.Step;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import followup.store.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the company's answers do: a reply or an invitation holds what is pending to the company for that interview
 * (and the call reminder), a rejection holds everything of it, each with one notice to self (the invitation's with
 * a ready record for the next round, the rejection's with a drafted answer); an out-of-office with a return date
 * moves the next message to that person (the planner does the moving from the recorded date) and says so.
 */
final class Answers {
    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);
    /** What a reply holds: every message to the company, and the reminder to call them. */
    static final Set<String> HELD_BY_REPLY = Set.of(Step.THANK_YOU.id(), Step.FOLLOW_UP.id(),
            Step.SECOND_FOLLOW_UP.id(), Step.CALL_REMINDER.id());

    private final RecordBook book;
    private final MessageStore store;
    private final MailLog mail;
    private final EventLog events;
    private final Notices notices;
    private final RejectionDrafts drafts;
    private final Set<String> own;
    private final ZoneId senderZone;
    private final Clock clock;
    private final DeliveryListener listener;
    private final Consumer<String> replan;

    /** @param replan re-plans one interview now (after an out-of-office return date was recorded) */
    Answers(RecordBook book, MessageStore store, MailLog mail, EventLog events, Notices notices,
            RejectionDrafts drafts, Set<String> own, ZoneId senderZone, Clock clock, DeliveryListener listener,
            Consumer<String> replan) {
        this.book = book;
        this.store = store;
        this.mail = mail;
        this.events = events;
        this.notices = notices;
        this.drafts = drafts;
        this.own = own.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.senderZone = senderZone;
        this.clock = clock;
        this.listener = listener;
        this.replan = replan;
    }

    /** How the reason of a held message says when the answer came: as {@code plan} writes its times. */
    static final followup.config.Display.Moment RECEIVED = followup.config.Display.WHEN;

    /**
     * The reason a message held by this answer shows in {@code plan}, {@code status} and on the page: who answered
     * and when, in the sender's zone ({@code reply from jane@acme.example at Mon 7 Dec 2026 09:14 EST}).
     */
    static String heldBecause(Reply reply, ZoneId zone) {
        return reply.heldReason(zone);
    }

    /**
     * Records the answer and holds what it holds: what is pending to the company and the call reminder, or, with
     * {@code everything}, every pending step. Returns how many were held, or -1 when it was already recorded.
     */
    int hold(Reply reply, boolean everything) {
        if (!mail.recordReply(reply)) {
            return -1;
        }
        Instant now = clock.instant();
        String reason = heldBecause(reply, senderZone);
        List<String> keys = store.holdPending(reply.interviewId(), everything ? null : HELD_BY_REPLY, reason,
                reply.kind(), now);
        for (String key : keys) {
            events.record(now, reply.interviewId(), key, "held", reason);
            listener.settled(key, "held", reason);
        }
        int held = keys.size();
        LOG.info("{} from {} for {}: {} pending message(s) held", reply.kind(), reply.from(), reply.interviewId(),
                held);
        return held;
    }

    /** A reply, with the message it came in (who wrote, under which subject), or null when only the reply is known. */
    void reply(Reply reply, InboxMessage m) {
        int held = hold(reply, false);
        if (held < 0) {
            return;
        }
        Map<String, Object> values = answerValues(reply.interviewId(), reply.from(), m, reply.received(), held);
        values.putAll(answering(reply.why()));
        notices.queue(reply.interviewId(), "reply", "reply", values);
    }

    void reply(Reply reply) {
        reply(reply, null);
    }

    void invitation(Verdict.Invitation v, InboxMessage m) {
        for (String id : v.interviews()) {
            Optional<Interview> interview = book.get(id);
            java.time.ZonedDateTime start = interview.map(i -> NextRound.start(v.invite(), i))
                    .orElse(NextRound.start(v.invite(), senderZone));
            String when = eventTime(start);
            String title = v.invite().summary().isBlank() ? "a meeting" : "'" + v.invite().summary() + "'";
            int held = hold(new Reply(id, ref(m), v.from(), m.received(), "invitation to " + title + " on " + when,
                    Cause.INVITATION), false);
            if (held < 0) {
                continue;
            }
            Map<String, Object> values = answerValues(id, v.from(), m, m.received(), held);
            values.put("title", v.invite().summary().isBlank() ? "" : v.invite().summary());
            values.put("start", start);
            values.put("recordFile", interview.map(i -> NextRound.fileName(v.invite(), i)).orElse(""));
            values.put("record", interview.map(i -> NextRound.record(v.invite(), i, own)).orElse(""));
            notices.queue(id, "invitation:" + hash(ref(m)), "invitation", values);
        }
    }

    void rejection(Verdict.Rejection v, InboxMessage m) {
        for (String id : v.interviews()) {
            int held = hold(new Reply(id, ref(m), v.from(), m.received(), "rejection: " + v.why(), Cause.REJECTION),
                    true);
            if (held < 0) {
                continue;
            }
            Map<String, Object> values = answerValues(id, v.from(), m, m.received(), held);
            values.putAll(book.get(id).map(i -> drafts.draft(i, v.from(), m)).orElse(RejectionDrafts.NONE));
            values.put("why", String.valueOf(v.why()));
            notices.queue(id, "rejection:" + hash(ref(m)), "rejection", values);
        }
    }

    /**
     * What every notice about a company's answer says: whose interview, who wrote (by name when their address has
     * one, and through which address when another sent it), under which subject, when, and how much it held.
     *
     * @param m the message, or null when only the reply is known
     */
    private Map<String, Object> answerValues(String id, String from, InboxMessage m, Instant received, int held) {
        String name = m == null ? "" : name(m);
        Map<String, Object> values = new HashMap<>();
        values.put("company", company(id));
        values.put("interviewId", id);
        values.put("name", name);
        values.put("writer", who(from, name));
        values.put("via", viaAddress(m, from));
        values.put("subject", subjectText(m));
        values.put("received", received);
        values.put("held", held);
        return values;
    }

    /** An out-of-office from someone with a message pending: its return date moves that message, or it says why not. */
    void outOfOffice(Verdict.AutoReply a, InboxMessage m) {
        if (!a.outOfOffice() || a.from() == null) {
            return;
        }
        String address = a.from();
        List<StoredMessage> pending = pendingTo(address);
        if (pending.isEmpty()) {
            return;
        }
        StoredMessage next = pending.get(0);
        String about = "away:" + hash(ref(m));
        if (a.returnDate().isEmpty()) {
            notices.queue(next.interviewId(), about, "away", away(address, "", m, next, ""));
            return;
        }
        if (!mail.recordAway(address, a.returnDate().get(), ref(m), m.received())) {
            return;
        }
        new TreeSet<>(pending.stream().map(StoredMessage::interviewId).toList()).forEach(replan);
        StoredMessage after = pendingTo(address).stream().filter(s -> s.key().equals(next.key())).findFirst()
                .orElse(next);
        String outcome = after.reason() != null && after.reason().startsWith("moved: ") ? "moved"
                : after.reason() != null && after.reason().contains("not moved: ") ? "too-far" : "anyway";
        events.record(clock.instant(), after.interviewId(), after.key(), "out-of-office", address + " until "
                + a.returnDate().get());
        notices.queue(next.interviewId(), about, "away", away(address, a.returnDate().get(), m, after, outcome));
    }

    /**
     * What the notice about an out-of-office says: who is away, until when ({@code ""} when the reply names no date
     * followup could read), when their reply came, and when the next message to them goes out.
     *
     * @param outcome {@code moved} (to the day after the return), {@code too-far} (over 30 days away, not moved),
     *                {@code anyway} (it went out after the return anyway), or "" without a return date
     */
    private Map<String, Object> away(String address, Object returnDate, InboxMessage m, StoredMessage next,
                                     String outcome) {
        return Map.of("address", address, "returnDate", returnDate, "received", m.received(), "step", next.step(),
                "due", next.due(), "zone", senderZone.getId(), "outcome", outcome);
    }

    private List<StoredMessage> pendingTo(String address) {
        return store.all().stream().filter(s -> !s.isNotice() && s.state() == State.PLANNED
                && address.equals(s.recipient())).sorted(Comparator.comparing(StoredMessage::due)).toList();
    }

    /**
     * The message of ours a reply names, when it does: {@code answeringStep} and {@code answeringTo} ("your thank-you
     * to jane@acme.example"), or only {@code answeringMessage} (its Message-ID) when the store no longer knows it;
     * each empty otherwise.
     */
    private Map<String, String> answering(String why) {
        Map<String, String> values = new HashMap<>(Map.of("answeringStep", "", "answeringTo", "",
                "answeringMessage", ""));
        if (why == null || !why.startsWith("references ")) {
            return values;
        }
        String id = why.substring("references ".length()).strip();
        Optional<StoredMessage> ours = store.byMessageId(id);
        if (ours.isPresent()) {
            values.put("answeringStep", ours.get().step());
            values.put("answeringTo", String.valueOf(ours.get().recipient()));
        } else {
            values.put("answeringMessage", id);
        }
        return values;
    }

    /** When the company's event starts, in its own zone, named: "Tue 15 Dec 10:00 CET". */
    private static String eventTime(ZonedDateTime start) {
        return NextRound.WHEN.format(start) + " " + followup.plan.ZoneLabel.of(start, Locale.ENGLISH);
    }

    /** The display name of the message's sender, read as a calendar's names are ("Weiß, Jonas" is Jonas Weiß). */
    private static String name(InboxMessage m) {
        String n = m.details().fromName().strip();
        if (n.isEmpty() || n.contains("@")) {
            return "";
        }
        n = PersonNames.of(n, null);
        return n.equals("someone") ? "" : n;
    }

    /** Who wrote, with the address once: "Jane Roe (jane@replyco.example)", or the address alone. */
    private static String who(String address, String name) {
        return name.isEmpty() ? String.valueOf(address) : name + " (" + address + ")";
    }

    /**
     * The address the message came from when that is another than the person it is from (sent through an applicant
     * tracking system, whose Reply-To named the person), else "".
     */
    private static String viaAddress(InboxMessage m, String writer) {
        return m == null || m.from() == null || m.from().equals(writer) ? "" : m.from();
    }

    /** The message's subject as it came, or "" when it has none. */
    private static String subjectText(InboxMessage m) {
        return m == null || m.subject() == null ? "" : m.subject().strip();
    }

    private String company(String id) {
        return book.get(id).map(Interview::company).orElse(id);
    }

    /** The message's identity, the same across a UIDVALIDITY change (see {@link MailLog#identity}). */
    static String ref(InboxMessage m) {
        return MailLog.identity(m.messageId(), m.received(), m.from(), m.subject());
    }

    private static String hash(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
