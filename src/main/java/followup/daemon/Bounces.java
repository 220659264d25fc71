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
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the mailbox's delivery reports do: a bounce marks the message bounced, holds what is planned for its address
 * and tells the user once per address; a message a server gave up on after temporary failures is marked bounced and
 * the user told, while its address stays in use.
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
            String interviewId = null;
            for (StoredMessage s : store.all()) {
                if (address.equals(s.recipient()) && !s.isNotice()) {
                    interviewId = s.interviewId();
                    if (store.settle(s.key(), State.PLANNED, State.HELD, "address bounced", null, now,
                            Cause.BOUNCE)) {
                        events.record(now, s.interviewId(), s.key(), "held", "address bounced");
                    }
                }
            }
            notices.queue(interviewId == null ? "mailbox" : interviewId, "bounce:" + address, "followup: mail to "
                    + address + " bounced", "A message to " + address + " came back undelivered:\n\n  "
                    + b.diagnostic() + "\n\nNothing more will be sent to this address. Check it in the record"
                    + " (maybe a typo) and, once fixed, the remaining steps are planned for the corrected address.\n");
        }
    }

    /**
     * A server gave up on a message of ours after temporary failures: it never arrived. The message is marked
     * bounced and the user told, once per message; the address is not known bad, so nothing else is held.
     */
    void undelivered(Verdict.Undelivered u) {
        Instant now = clock.instant();
        String why = "not delivered, the receiving server gave up: " + u.diagnostic();
        Set<String> known = new HashSet<>();
        for (String original : u.originalMessageIds()) {
            Optional<StoredMessage> found = store.byMessageId(original).filter(s -> !s.isNotice());
            if (found.isEmpty()) {
                continue;
            }
            StoredMessage s = found.get();
            known.add(s.recipient());
            if (store.settle(s.key(), State.SENT, State.BOUNCED, why, u.diagnostic(), now, Cause.BOUNCE)) {
                events.record(now, s.interviewId(), s.key(), "bounced", why);
                String subject = s.subject() == null ? "your " + s.step() : "\"" + s.subject() + "\"";
                notices.queue(s.interviewId(), "undelivered:" + s.step(), "followup: " + subject + " to "
                        + s.recipient() + " was not delivered", undeliveredText(s.recipient(), subject, u));
            }
        }
        for (String r : u.recipients()) {  // a report that names no message of ours, only the address
            if (ourRecipient.test(r) && !known.contains(r)) {
                notices.queue("mailbox", "undelivered:" + r, "followup: mail to " + r + " was not delivered",
                        undeliveredText(r, null, u));
            }
        }
    }

    private static String undeliveredText(String address, String subject, Verdict.Undelivered u) {
        return (subject == null ? "A message to " + address : "Your message " + subject + " to " + address)
                + " did not arrive. The receiving server could not take it and, after trying for some time,"
                + " gave up:\n\n  " + u.diagnostic() + "\n\nThe address is not known to be wrong, so the next"
                + " messages to it are still planned. If this one matters, send it again yourself later (a copy is"
                + " in your sent folder), or reach the person another way.\n";
    }
}
