package followup.daemon;

import followup.inbox.Verdict;
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

/**
 * What the mailbox's delivery reports do: a bounce marks the message bounced, holds what is planned for its address
 * and tells the user once per address; a message a server gave up on after temporary failures is marked bounced and
 * the user told, and what is planned for its address is held until {@code resume}.
 */
final class Bounces {
    private final MessageStore store;
    private final MailLog mail;
    private final EventLog events;
    private final Notices notices;
    private final Clock clock;
    private final Predicate<String> ourRecipient;

    Bounces(MessageStore store, MailLog mail, EventLog events, Notices notices, Clock clock,
            Predicate<String> ourRecipient) {
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
        for (String original : b.originalMessageIds()) {
            store.byMessageId(original).ifPresent(s -> {
                if (store.settle(s.key(), State.SENT, State.BOUNCED, "bounced: " + b.diagnostic(), b.diagnostic(),
                        now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "bounced", b.diagnostic());
                }
                addresses.add(s.recipient());
            });
        }
        for (String r : b.failedRecipients()) {
            if (ourRecipient.test(r)) {
                addresses.add(r);
            }
        }
        for (String address : addresses) {
            if (!mail.recordBounce(address, null, b.diagnostic(), now)) {
                continue;
            }
            String interviewId = holdAll(address, "address bounced", now);
            notices.queue(interviewId == null ? "mailbox" : interviewId, "bounce:" + address, "followup: mail to "
                    + address + " bounced", "A message to " + address + " came back undelivered:\n\n  "
                    + b.diagnostic() + "\n\nNothing more will be sent to this address. Check it in the record"
                    + " (maybe a typo) and, once fixed, the remaining steps are planned for the corrected address.\n");
        }
    }

    /**
     * A server gave up on a message of ours after temporary failures: it never arrived. The message is marked
     * bounced, what is planned for its address is held as for a bounce, and the user is told once per address. The
     * address is not known bad: {@code resume} sends the held messages again ({@link MailLog#NOT_REACHED}).
     */
    void undelivered(Verdict.Undelivered u) {
        Instant now = clock.instant();
        String why = "not delivered, the receiving server gave up: " + u.diagnostic();
        Map<String, StoredMessage> addresses = new LinkedHashMap<>();
        for (String original : u.originalMessageIds()) {
            Optional<StoredMessage> found = store.byMessageId(original).filter(s -> !s.isNotice());
            if (found.isPresent()) {
                StoredMessage s = found.get();
                addresses.putIfAbsent(s.recipient(), s);
                if (store.settle(s.key(), State.SENT, State.BOUNCED, why, u.diagnostic(), now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "bounced", why);
                }
            }
        }
        for (String r : u.recipients()) {  // a report that names no message of ours, only the address
            if (ourRecipient.test(r)) {
                addresses.putIfAbsent(r, null);
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
            String what = s == null || s.subject() == null ? "A message to " + address
                    : "Your message \"" + s.subject() + "\" to " + address;
            notices.queue(id, "undelivered:" + address, "followup: mail to " + address + " was not delivered",
                    what + " did not arrive. The receiving server could not take it and, after trying for some"
                    + " time, gave up:\n\n  " + u.diagnostic() + "\n\nThe address is not known to be wrong, but"
                    + " nothing more goes to it for now: the messages planned for it are held. Once you know"
                    + " mail reaches it again (or you have corrected it in the record), `followup resume " + id
                    + "` sends them. If this one matters, send it again yourself (a copy is in your sent folder)"
                    + " or reach the person another way.\n");
        }
    }

    /** Holds every planned message to {@code address}; returns the interview of one of them, else null. */
    private String holdAll(String address, String reason, Instant now) {
        String interviewId = null;
        for (StoredMessage s : store.all()) {
            if (address.equals(s.recipient()) && !s.isNotice()) {
                interviewId = s.interviewId();
                if (store.settle(s.key(), State.PLANNED, State.HELD, reason, null, now, Cause.BOUNCE)) {
                    events.record(now, s.interviewId(), s.key(), "held", reason);
                }
            }
        }
        return interviewId;
    }
}
