package followup.daemon;

import followup.inbox.Classifier;
import followup.inbox.ImapPoller;
import followup.inbox.InboxMessage;
import followup.inbox.InboxStoppedException;
import followup.inbox.InboxUnavailableException;
import followup.inbox.SentFolder;
import followup.inbox.Verdict;
import followup.mail.SendResult;
import followup.plan.Cause;
import followup.plan.Policy;
import followup.plan.State;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import followup.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's mailbox as the daemon uses it: polls for new messages, classifies them (bounce, auto-reply, reply),
 * and applies what they mean to the store: a reply holds what is pending for that interview and queues one notice,
 * a bounce marks the message and holds its address. Also keeps the sent folder: a copy after each send, and the
 * look-up that settles a send whose outcome a crash left uncertain.
 */
final class Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(Mailbox.class);

    private final ImapPoller poller;
    private final SentFolder sent;
    private final boolean saveSent;
    private final Classifier classifier;
    private final RecordBook book;
    private final MessageStore store;
    private final MailLog mail;
    private final EventLog events;
    private final Notices notices;
    private final Policy policy;
    private final Clock clock;
    private final Answers answers;
    private final Bounces bounces;
    private final LookBack lookBack = new LookBack();
    /** One check at a time (the poll, a reply check); guards the fields below, which are read without it too. */
    private final java.util.concurrent.locks.ReentrantLock checking = new java.util.concurrent.locks.ReentrantLock();
    private boolean unavailable;
    /** When the last check that went through began; null before the first. */
    private volatile Instant checkedFrom;
    /** When the last check that failed began, and its failure. */
    private volatile Instant failedFrom;
    private volatile InboxUnavailableException failure;

    Mailbox(ImapPoller poller, SentFolder sent, boolean saveSent, Set<String> ownAddresses, RecordBook book,
            MessageStore store, MailLog mail, EventLog events, Notices notices, Policy policy, Clock clock,
            Answers answers, java.util.function.Predicate<String> copyAddress) {
        this.poller = poller;
        this.sent = sent;
        this.saveSent = saveSent;
        RecordCorrelation correlation = new RecordCorrelation(book, store);
        this.classifier = new Classifier(ownAddresses, correlation);
        this.book = book;
        this.store = store;
        this.mail = mail;
        this.events = events;
        this.notices = notices;
        this.policy = policy;
        this.clock = clock;
        this.answers = answers;
        this.bounces = new Bounces(store, mail, events, notices, clock, correlation::isOurRecipient,
                copyAddress);
    }

    static String heldBecause(Reply reply, java.time.ZoneId zone) {
        return Answers.heldBecause(reply, zone);
    }

    /**
     * Polls the watched folders and applies every new message. Each folder's messages are recorded before the
     * poller saves that folder's position, so a crash in between means a re-read (recorded once), never a loss.
     */
    void refresh() throws InboxUnavailableException {
        checking.lock();
        try {
            refreshLocked();
        } finally {
            checking.unlock();
        }
    }

    private void refreshLocked() throws InboxUnavailableException {
        Instant started = clock.instant();
        java.util.List<followup.plan.Interview> active = book.all().stream().filter(i -> !i.closed()).toList();
        Instant since = active.stream().map(i -> i.start().toInstant())
                .min(Instant::compareTo).orElse(started).minus(LookBack.SLACK);
        try {
            poller.poll(since, classifier::wantsContent, batch -> batch.forEach(this::apply));
            Optional<Instant> again = lookBack.since(active);
            if (again.isPresent()) {   // a record written after its company's answer came: read that mail for it
                poller.rescan(again.get(), m -> decided(m) ? 0 : classifier.wantsContent(m),
                        batch -> batch.stream().filter(m -> !decided(m)).forEach(this::apply));
                lookBack.done(active);
            }
            checkedFrom = started;
            if (unavailable) {
                LOG.warn("Mailbox reachable again");
                unavailable = false;
            }
        } catch (InboxUnavailableException e) {
            if (!(e instanceof InboxStoppedException)) {  // a stop is not the mailbox going down
                if (!unavailable) {          // one warning when it goes down, one when it is back: not one per poll
                    LOG.warn("Mailbox unreachable (checked again every poll; nothing to the company goes out"
                            + " meanwhile): {}", e.getMessage());
                }
                unavailable = true;
            }
            failure = e;                     // before failedFrom, which publishes it
            failedFrom = started;
            throw e;
        }
    }

    /**
     * The reply check before a send: makes sure a check that began at {@code notBefore} or later has gone through,
     * running one if none has. Callers wait here while one runs, so the messages that fall due together share the
     * check that began after them: a reply that reached the server before {@code notBefore} has been applied when
     * this returns. A check that began late enough and failed fails every caller it covers, without trying again.
     * A caller the last check already covers returns at once, even while another check is running; unless that check
     * began before {@code interview}'s record was read, whose mail is then read again for it ({@link LookBack}).
     */
    void checkedSince(Instant notBefore, followup.plan.Interview interview) throws InboxUnavailableException {
        if (covered(notBefore) && lookBack.readFor(interview)) {
            return;
        }
        checking.lock();
        try {
            if (!covered(notBefore) || !lookBack.readFor(interview)) {
                refreshLocked();
            }
        } finally {
            checking.unlock();
        }
    }

    /**
     * True if a check that began at {@code notBefore} or later went through; throws if such a check failed. A check
     * that began after now on the clock counts for nothing: the clock was set back since, and it may have begun
     * before {@code notBefore} after all (and one that failed would otherwise fail every message for as long).
     */
    private boolean covered(Instant notBefore) throws InboxUnavailableException {
        Instant now = clock.instant();
        Instant from = checkedFrom;
        if (from != null && !from.isBefore(notBefore) && !from.isAfter(now)) {
            return true;
        }
        Instant failed = failedFrom;
        if (failed != null && !failed.isBefore(notBefore) && !failed.isAfter(now)) {
            InboxUnavailableException cause = failure;
            throw cause instanceof InboxStoppedException ? new InboxStoppedException(cause.getMessage())
                    : new InboxUnavailableException(cause.getMessage(), cause);
        }
        return false;
    }

    /**
     * During a run of sends: starts the next check on the caller's thread once the last one began more than
     * {@code age} ago, unless one is running, so that the messages still to go find a check young enough and need not
     * all wait for one. Failures are kept for {@link #checkedSince} like any check's.
     */
    void refreshAhead(Duration age) {
        Instant from = checkedFrom;
        if (from == null || from.isAfter(clock.instant().minus(age)) || !checking.tryLock()) {
            return;
        }
        try {
            if (checkedFrom == from) {
                refreshLocked();
            }
        } catch (InboxUnavailableException e) {
            LOG.debug("Reply check ahead of the next sends failed: {}", e.getMessage());
        } finally {
            checking.unlock();
        }
    }

    /** Closes the IMAP connection if it has not been used for {@code idle}; never waits for one in use. */
    void closeIfIdle(Duration idle) {
        poller.closeIfIdle(idle);
    }

    /** Whether a message read again was recorded as concerning an interview, or as the user's own, already. */
    private boolean decided(InboxMessage m) {
        return mail.verdictOf(m.messageId(), m.received(), m.from(), m.subject())
                .filter(v -> !v.equals("unrelated")).isPresent();
    }

    private void apply(InboxMessage m) {
        Verdict verdict;
        try {
            verdict = classifier.classify(m);
        } catch (RuntimeException e) {
            LOG.warn("Could not classify {} UID {} ({}): {}", m.folder(), m.uid(), m.subject(), e.toString());
            return;
        }
        long validity = mail.sync(m.folder()).map(MailLog.Sync::uidValidity).orElse(0L);
        String kind = verdict.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        String interview = null;
        String detail = null;
        if (verdict instanceof Verdict.Reply r) {
            interview = String.join(",", r.interviews());
            detail = r.why();
            for (String id : r.interviews()) {
                answers.reply(new Reply(id, Answers.ref(m), r.from(), m.received(), r.why()), m);
            }
        } else if (verdict instanceof Verdict.Invitation inv) {
            interview = String.join(",", inv.interviews());
            detail = "invitation: " + inv.invite().summary() + " at " + inv.invite().start();
            answers.invitation(inv, m);
        } else if (verdict instanceof Verdict.Rejection rej) {
            interview = String.join(",", rej.interviews());
            detail = rej.why();
            answers.rejection(rej, m);
        } else if (verdict instanceof Verdict.Bounce b) {
            detail = String.join(", ", b.failedRecipients()) + ": " + b.diagnostic();
            bounces.bounce(b);
        } else if (verdict instanceof Verdict.Undelivered u) {
            detail = "not delivered to " + String.join(", ", u.recipients()) + ": " + u.diagnostic();
            bounces.undelivered(u);
        } else if (verdict instanceof Verdict.Delayed d) {
            detail = "delivery delayed to " + String.join(", ", d.recipients());
        } else if (verdict instanceof Verdict.AutoReply a) {
            interview = String.join(",", a.interviews());
            detail = a.signal() + a.returnDate().map(d -> "; back " + d).orElse("");
            if (!a.interviews().isEmpty()) {
                answers.outOfOffice(a, m);
            }
        }
        boolean isNew = mail.recordSeen(m.folder(), validity, m.uid(), m.received(), m.messageId(), m.from(),
                m.subject(), kind, interview, detail)
                || !(verdict instanceof Verdict.Unrelated) && mail.reclassify(m.messageId(), m.received(), m.from(),
                        m.subject(), kind, interview, detail);
        if (isNew && !(verdict instanceof Verdict.Own) && !(verdict instanceof Verdict.Unrelated)) {
            events.record(clock.instant(), interview, null, kind, (m.from() == null ? "" : m.from() + ": ")
                    + (m.subject() == null ? "" : m.subject()) + (detail == null ? "" : " (" + detail + ")"));
            LOG.info("Mailbox: {} from {}: {}", kind, m.from(), m.subject());
        }
    }

    /** After a successful send, a copy goes to the IMAP sent folder so the user's mail client shows it. */
    void saveCopy(MimeMessage mime) {
        if (!saveSent || sent == null) {
            return;
        }
        try {
            sent.append(mime);
        } catch (RuntimeException e) {
            copyMissing(mime, e);
        }
    }

    /**
     * Says which sent message has no copy in the sent folder, and why, in the log and among the events that
     * {@code status} shows: the user's mail program will not show it, and nothing else tells them.
     */
    private void copyMissing(MimeMessage mime, RuntimeException e) {
        Optional<StoredMessage> sm = Optional.empty();
        try {
            String id = mime.getMessageID();
            sm = id == null ? Optional.empty() : store.byMessageId(id.strip());
        } catch (MessagingException | RuntimeException unreadable) {
            // named by its subject alone
        }
        String what = sm.map(StoredMessage::key).orElse("a message");
        String why = "sent, but no copy is in the sent folder: " + e.getMessage() + " (check the folder, or set"
                + " followup.mail.imap.sent-folder to the one your mail program shows, or save-sent = false)";
        LOG.warn("{}: {}", what, why);
        try {
            events.record(clock.instant(), sm.map(StoredMessage::interviewId).orElse(null),
                    sm.map(StoredMessage::key).orElse(null), "no-sent-copy", why);
        } catch (RuntimeException stored) {
            LOG.debug("The missing copy was not recorded: {}", stored.toString());
        }
    }

    /**
     * A message left in {@code sending} with no SMTP answer: found in the sent folder means it went out; otherwise
     * {@code policy.on-uncertain} decides between sending it again and reporting it.
     */
    void settleUncertain(StoredMessage sm, String why) {
        Instant now = clock.instant();
        boolean found = false;
        String lookup;
        String lookupError = "";
        try {
            found = sent != null && sent.contains(sm.messageId());
            lookup = found ? "found in the sent folder" : "not found in the sent folder";
        } catch (RuntimeException e) {
            lookupError = String.valueOf(e.getMessage());
            lookup = "the sent folder could not be checked (" + lookupError + ")";
        }
        if (found) {
            store.markSent(sm.key(), now, "found in the sent folder after: " + why, sm.subject(),
                    "confirmed from the sent folder");
            return;
        }
        if (policy.onUncertain() == Policy.OnUncertain.RESEND) {
            store.retryLater(sm.key(), State.SENDING, now, "uncertain (" + why + "; " + lookup + "): sending again",
                    null, now);
            events.record(now, sm.interviewId(), sm.key(), "retry", "uncertain, resending: " + why);
            return;
        }
        String reason = "uncertain: " + why + "; " + lookup;
        store.settle(sm.key(), State.SENDING, State.FAILED, reason, null, now);
        events.record(now, sm.interviewId(), sm.key(), "failed", reason);
        LOG.warn("Uncertain {}: {}", sm.key(), reason);
        if (!sm.isNotice()) {
            notices.queue(sm.interviewId(), "uncertain:" + sm.key(), "uncertain", Map.of("recipient",
                    String.valueOf(sm.recipient()), "key", sm.key(), "messageId", sm.messageId(), "lookupError",
                    lookupError, "interviewId", sm.interviewId()));
        }
    }

    void close() {
        poller.close();
    }

    /**
     * The daemon stops: a poll or reply check waiting for the server is cut short, and none begins (each fails with
     * an {@link InboxStoppedException}); a copy being filed in the sent folder, or a look there, finishes. True if
     * one was cut.
     */
    boolean stopping() {
        return poller.stopReads();
    }

    /** The server took {@code s} but refused one of its copies at RCPT (the debrief's friend). */
    void copyRefused(StoredMessage s, SendResult.Refused refused) {
        bounces.copyRefused(s, refused);
    }
}
