package followup.daemon;

import followup.config.Addresses;
import followup.inbox.Verdict;
import followup.mail.SendResult;
import followup.plan.Cause;
import followup.plan.State;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the mailbox's delivery reports do: a bounce marks the message bounced, holds what is planned for its address
 * and tells the user once per address; a message a server gave up on after temporary failures is marked bounced and
 * the user told, and what is planned for its address is held until {@code resume}.
 */
final class Bounces {
    private static final Logger LOG = LoggerFactory.getLogger(Bounces.class);
    private final MessageStore store;
    private final MailLog mail;
    private final EventLog events;
    private final Notices notices;
    private final Clock clock;
    private final Predicate<String> ourRecipient;
    private final Predicate<String> copyAddress;

    /** @param copyAddress whether an address gets copies of messages to others (the debrief's friend) */
    Bounces(MessageStore store, MailLog mail, EventLog events, Notices notices, Clock clock,
            Predicate<String> ourRecipient, Predicate<String> copyAddress) {
        this.copyAddress = copyAddress;
        this.store = store;
        this.mail = mail;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
        this.ourRecipient = ourRecipient;
    }

    void bounce(Verdict.Bounce b) {
        Instant now = clock.instant();
        Set<String> addresses = new HashSet<>();
        Map<String, StoredMessage> copies = new LinkedHashMap<>();
        Map<String, String> rewritten = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        rewritten.putAll(b.rewrittenAs());
        for (String original : b.originalMessageIds()) {
            store.byMessageId(original).ifPresent(s -> {
                if (onlyCopies(b.failedRecipients(), s, copies)) {
                    return;     // only the copy bounced (the debrief's friend): the message itself arrived
                }
                if (!s.isNotice() && s.recipient() != null && !b.failedRecipients().isEmpty()
                        && b.failedRecipients().stream().noneMatch(r -> sameAddress(r, s.recipient()))) {
                    // the report names only an address we never wrote to: the server passed ours on to it
                    rewritten.putIfAbsent(s.recipient(), b.failedRecipients().iterator().next());
                }
                if (store.settle(s.key(), State.SENT, State.BOUNCED, "bounced: " + b.diagnostic(), b.diagnostic(),
                        now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "bounced", b.diagnostic());
                }
                addresses.add(s.recipient());
            });
        }
        copies.forEach((address, s) -> copyBounced(address, s, b.diagnostic(), now));
        for (String r : b.failedRecipients()) {
            if (ourRecipient.test(r)) {
                addresses.add(asWritten(r));
            }
        }
        for (String address : addresses) {
            if (!mail.recordBounce(address, null, b.diagnostic(), now)) {
                continue;
            }
            String interviewId = holdAll(address, "address bounced", now);
            String passedOn = rewritten.get(address);
            notices.queue(interviewId == null ? "mailbox" : interviewId, "bounce:" + address, "bounce", Map.of(
                    "address", address, "passedOn", passedOn == null ? "" : passedOn,
                    "diagnostic", String.valueOf(b.diagnostic()),
                    "interviewId", interviewId == null ? "ID" : interviewId));
        }
    }

    /**
     * Whether the report's {@code failed} addresses are all copies of {@code s} to someone else than its recipient
     * (the debrief's friend), each then put in {@code copies}: the message itself arrived.
     */
    private boolean onlyCopies(Set<String> failed, StoredMessage s, Map<String, StoredMessage> copies) {
        boolean only = !failed.isEmpty();
        for (String r : failed) {
            if (copyAddress.test(r) && !sameAddress(r, s.recipient())) {
                copies.putIfAbsent(r.toLowerCase(java.util.Locale.ROOT), s);
            } else {
                only = false;
            }
        }
        return only;
    }

    /**
     * The copy of a message to someone else than its recipient bounced: the friend of {@code sender.debrief-with}, in
     * copy of the user's debrief. The debrief arrived and the user's address is fine; the friend's address is recorded
     * as bounced (later copies leave it out) and the user told once.
     */
    private void copyBounced(String address, StoredMessage s, String diagnostic, Instant now) {
        copyFailed(address, s, diagnostic, false, now);
    }

    /**
     * Your mail server refused the copy's address when the message was sent (a 5xx to RCPT) and took the message for
     * its recipient: as {@link #copyBounced}, with what the server said.
     */
    void copyRefused(StoredMessage s, SendResult.Refused refused) {
        Instant now = clock.instant();
        if (refused.permanent()) {
            copyFailed(refused.address(), s, refused.reply(), true, now);
            return;
        }
        // a temporary refusal (greylisting): the address is not known bad, the next copy tries it again
        events.record(now, s.interviewId(), s.key(), "copy-not-sent", "the copy to " + refused.address()
                + " was not taken this time: " + refused.reply());
        LOG.warn("The copy of {} to {} was not taken this time (the message itself went out): {}", s.key(),
                refused.address(), refused.reply());
    }

    /** @param refused whether your mail server refused the address (else the copy bounced) */
    private void copyFailed(String address, StoredMessage s, String diagnostic, boolean refused, Instant now) {
        if (!mail.recordBounce(address, s.key(), diagnostic, now)) {
            return;
        }
        events.record(now, s.interviewId(), s.key(), "bounced", "the copy to " + address + ": " + diagnostic);
        notices.queue(s.interviewId(), "bounce:" + address, "copy-failed", Map.of("address", address,
                "step", s.step(), "subject", s.subject() == null ? "" : s.subject(),
                "diagnostic", String.valueOf(diagnostic), "refused", refused));
    }

    /**
     * A server gave up on a message of ours after temporary failures: it never arrived. The message is marked
     * bounced, what is planned for its address is held as for a bounce, and the user is told once per address. The
     * address is not known bad: {@code resume} sends the held messages again ({@link MailLog#NOT_REACHED}).
     */
    void undelivered(Verdict.Undelivered u) {
        Instant now = clock.instant();
        Map<String, StoredMessage> copies = new LinkedHashMap<>();
        String why = "not delivered, the receiving server gave up: " + u.diagnostic();
        Map<String, StoredMessage> addresses = new LinkedHashMap<>();
        for (String original : u.originalMessageIds()) {
            Optional<StoredMessage> found = store.byMessageId(original).filter(s -> !s.isNotice());
            if (found.isPresent() && !onlyCopies(u.recipients(), found.get(), copies)) {
                StoredMessage s = found.get();
                addresses.putIfAbsent(s.recipient(), s);
                if (store.settle(s.key(), State.SENT, State.BOUNCED, why, u.diagnostic(), now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "bounced", why);
                }
            }
        }
        copies.forEach((address, s) -> copyBounced(address, s, u.diagnostic(), now));
        for (String r : u.recipients()) {  // a report that names no message of ours, only the address
            if (ourRecipient.test(r)) {
                addresses.putIfAbsent(asWritten(r), null);
            }
        }
        for (Map.Entry<String, StoredMessage> a : addresses.entrySet()) {
            String address = a.getKey();
            if (!mail.recordNotReached(address, null, u.diagnostic(), now)) {
                continue;
            }
            String interviewId = holdAll(address, MailLog.NOT_REACHED, now);
            StoredMessage s = a.getValue();
            String id = s != null ? s.interviewId() : interviewId == null ? "mailbox" : interviewId;
            notices.queue(id, "undelivered:" + address, "undelivered", Map.of("address", address, "subject",
                    s == null || s.subject() == null ? "" : s.subject(), "diagnostic", String.valueOf(u.diagnostic()),
                    "interviewId", id, "full", u.mailboxFull()));
        }
    }

    /**
     * Whether two addresses are one: a report's server writes the domain in ASCII ({@code xn--mnchen-3ya.de}) where
     * the record wrote it in Unicode ({@code münchen.de}), and may change its letter case.
     */
    private static boolean sameAddress(String a, String b) {
        return a != null && b != null && Addresses.comparable(a).equals(Addresses.comparable(b));
    }

    /**
     * {@code address} as the records wrote it when followup wrote to it ({@code münchen.de} for a report's {@code
     * xn--mnchen-3ya.de}): what the bounce is recorded under, as later messages are checked against it; else as is.
     */
    private String asWritten(String address) {
        for (StoredMessage s : store.all()) {
            if (!s.isNotice() && sameAddress(address, s.recipient())) {
                return s.recipient();
            }
        }
        return address;
    }

    /** Holds every planned message to {@code address}; returns the interview of one of them, else null. */
    private String holdAll(String address, String reason, Instant now) {
        String interviewId = null;
        for (StoredMessage s : store.all()) {
            if (sameAddress(address, s.recipient()) && !s.isNotice()) {
                interviewId = s.interviewId();
                if (store.settle(s.key(), State.PLANNED, State.HELD, reason, null, now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "held", reason);
                }
            }
        }
        return interviewId;
    }
}
