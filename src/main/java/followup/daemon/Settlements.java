package followup.daemon;

import followup.mail.SendResult;
import followup.plan.Cause;
import followup.plan.Interview;
import followup.plan.State;
import followup.store.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a message that did not go out is left: settled (cancelled, skipped, held, failed), planned again for a retry
 * with its back-off, or, claimed and then lost track of, looked for in the sent folder. Each is recorded as an event,
 * logged, and told to the candidate by a notice where the message will not go at all.
 */
final class Settlements {
    private static final Logger LOG = LoggerFactory.getLogger(Settlements.class);
    /** How long before its latest moment a message's last try comes, at most. */
    private static final Duration LAST_TRY_MARGIN = Duration.ofMinutes(1);
    /** How the messages a refused login failed go out once it is fixed. */
    private static final String AGAIN = "once fixed, the failed messages still in their time go at the next start of"
            + " followup, or with `followup resume ID`";
    private final Dispatcher.Wiring w;

    Settlements(Dispatcher.Wiring wiring) {
        this.w = wiring;
    }

    /**
     * A claimed message the server did not take: a 4xx is retried with its back-off until its latest moment, a 5xx
     * fails (a refused login says what to check), an answer that never came is looked for in the sent folder.
     */
    void notSent(StoredMessage sm, SendResult result, Instant latest, Instant after) {
        if (result instanceof SendResult.Temporary t) {
            retrySend(sm, latest, after, t.reply(), t.reply());
        } else if (result instanceof SendResult.Permanent p && p.mechanismNotOffered()) {
            failUnannounced(sm, p.reply() + " (check the SMTP host and port set at "
                    + w.settings().where("mail.smtp.host") + ": OAuth2 sign-in is offered by the provider's own"
                    + " servers, such as smtp.gmail.com and smtp.office365.com; for another server set auth ="
                    + " password; then `" + w.settings().command("check") + "`; " + AGAIN + ")", p.reply());
        } else if (result instanceof SendResult.Permanent p && p.noPasswordSignIn()) {
            failUnannounced(sm, p.reply() + " (set " + w.settings().key("mail.smtp.port") + ", at "
                    + w.settings().where("mail.smtp.port")
                    + ", to the server's port for mail programs, 587 with security = starttls or 465 with ssl, where"
                    + " it offers PLAIN or LOGIN, or ask its administrator to offer one of them; then `"
                    + w.settings().command("check") + "`; " + AGAIN + ")", p.reply());
        } else if (result instanceof SendResult.Permanent p && p.loginRefused()) {
            failUnannounced(sm, p.reply() + " (check the user name and the password in "
                    + w.settings().mail().smtp().passwordSource("smtp") + ", set at " + w.settings().where("mail.smtp.username") + ": with two-step"
                    + " verification, an app password; with auth = oauth2, run `" + w.settings().command("login")
                    + "`; then `" + w.settings().command("check") + "`; " + AGAIN + ")", p.reply());
        } else if (result instanceof SendResult.Permanent p) {
            fail(sm, "refused by the server: " + p.reply(), p.reply());
        } else if (result instanceof SendResult.Uncertain u) {
            w.mailbox().settleUncertain(sm, u.why());
        }
    }

    /**
     * The server's 250 came, but the message was no longer this daemon's to mark: another daemon of the cluster took
     * this one for dead while it was paused (longer than the check-in grace) and settled the message as uncertain.
     * It went out, so it stands as sent, and the log says so, and so does a notice to the candidate when the one that
     * asked them to check whether it went out was queued; true if it was uncertain.
     */
    boolean sentAfterUncertain(StoredMessage sm, Instant after, String reply, String subject) {
        String reason = "sent: the server's 250 came after another followup daemon had taken this one for dead and"
                + " reported the message uncertain";
        // failed (uncertain): the candidate was told to check whether it went out, and to send it if not
        boolean told = w.store().find(sm.key()).map(m -> m.state() == State.FAILED).orElse(false);
        if (!w.store().markSentAfterUncertain(sm.key(), after, reply, subject, reason)) {
            return false;
        }
        if (told && !sm.isNotice()) {
            w.notices().queue(sm.interviewId(), "sent-after-all:" + sm.key(), "sent-after-all", Map.of("recipient",
                    String.valueOf(sm.recipient()), "key", sm.key(), "messageId", sm.messageId()));
        }
        LOG.warn("Sent {} to {} after all: the server answered 250 after another followup daemon had taken this one"
                + " for dead (it did not check in for longer than the cluster's grace: a long pause, a stopped"
                + " process) and reported the message uncertain; it stands as sent and is not sent again", sm.key(),
                sm.recipient());
        return true;
    }

    /**
     * Not delivered while the daemon stops (the stop cut the conversation short, or it failed meanwhile): no retry of
     * this run will come, so it is due again at once, for the next start, without counting as a failed attempt
     * against its latest moment.
     */
    void stoppedBeforeTaken(StoredMessage sm, SendResult.Temporary t, Instant after) {
        String why = "not sent: followup stopped before the server took it (" + t.reply() + "); it goes at the next"
                + " start";
        dueAtNextStart(sm, State.SENDING, why, t.reply(), after);
        LOG.warn("{} {}", sm.key(), why);
    }

    /**
     * The daemon stopped while the message waited for its reply check (cut short, {@link Mailbox#stopping}): planned
     * again, due at once, without counting an attempt; it goes at the next start, after a reply check then.
     */
    void stoppedDuringReplyCheck(StoredMessage sm) {
        Instant now = w.clock().instant();
        String why = "not sent: followup stopped during its reply check; it goes at the next start";
        dueAtNextStart(sm, State.PLANNED, why, null, now);
        LOG.info("{} {}", sm.key(), why);
    }

    /**
     * The daemon stopped before the message was claimed (its trigger had fired, or a drain had picked it): planned
     * again, due at once, so that the next start sets its trigger; nothing was sent and no attempt is counted.
     */
    void stoppedBeforeClaim(StoredMessage sm) {
        Instant now = w.clock().instant();
        String why = "not sent: followup stopped before it was taken up; it goes at the next start";
        dueAtNextStart(sm, State.PLANNED, why, null, now);
        LOG.info("{} {}", sm.key(), why);
    }

    /** Planned again from {@code from}, due at {@code at} (the next start), with no attempt counted. */
    private void dueAtNextStart(StoredMessage sm, State from, String why, String reply, Instant at) {
        w.store().retryLater(sm.key(), from, at, why, reply, at);
        w.events().record(at, sm.interviewId(), sm.key(), "retry", why);
    }

    /**
     * Claimed, and then not begun: the sender's last message ended without the server's answer
     * ({@link UncertainPause}). Planned again for when the pause is over; the server is not tried with it meanwhile.
     */
    void pausedAfterUncertain(StoredMessage sm, UncertainPause.Until until) {
        Instant now = w.clock().instant();
        w.store().unclaim(sm.key(), until.until(), until.why(), now);
        w.events().record(now, sm.interviewId(), sm.key(), "retry", until.why());
        LOG.info("Postponed {}: {}", sm.key(), until.why());
    }

    /**
     * Skipped: the same message went out (or is going out) as {@code twin}, another id of the same interview (a
     * record renamed or copied). What follows it in a chain counts from when it went out there, once the interview is
     * planned again.
     */
    void alreadySent(StoredMessage sm, String twin) {
        if (w.store().find(twin).map(StoredMessage::state).orElse(null) == State.FAILED) {
            // its send was interrupted, and it is reported failed (uncertain): never sent again, under any name
            settle(sm, State.SKIPPED, "not sent: the same " + sm.step() + " to the same person, due at the same"
                    + " moment, is " + twin + ", whose send was interrupted and is failed (uncertain): it may have"
                    + " gone out (this record is that interview's, renamed or copied)", null);
            return;
        }
        settle(sm, State.SKIPPED, "already sent as " + twin + ": the same " + sm.step() + " to the same person, due"
                + " at the same moment (this record is that interview's, renamed or copied)", null,
                Cause.ALREADY_SENT);
    }

    /**
     * A worker's unexpected error: the message must neither be lost nor have its trigger fire again at once. One it
     * had claimed is looked for in the sent folder; one still planned is tried again after its back-off.
     */
    void crashed(String key, RuntimeException e) {
        try {
            Optional<StoredMessage> now = w.store().find(key);
            if (now.isEmpty()) {
                return;
            }
            StoredMessage sm = now.get();
            Instant at = w.clock().instant();
            if (sm.state() == State.SENDING) {
                w.mailbox().settleUncertain(sm, "unexpected error while sending: " + e);
            } else if (sm.state() == State.PLANNED) {
                w.store().countAttempt(key);
                w.store().retryLater(key, State.PLANNED, at.plus(w.retry().after(sm.attempts() + 1)),
                        "retrying after an unexpected error: " + e, null, at);
            }
        } catch (RuntimeException again) {
            LOG.error("Could not record the failure of {}: {}", key, again.toString());
        }
    }

    /** When a retry is due, as {@code plan} shows it in the reason: in the sender's zone, to the second. */
    static final followup.config.Display.Moment RETRY_AT = followup.config.Display.moment("EEE d MMM yyyy HH:mm:ss");

    private void retrySend(StoredMessage sm, Instant latest, Instant after, String why, String reply) {
        StoredMessage claimed = w.store().find(sm.key()).orElse(sm);
        Optional<Instant> next = nextTry(after, claimed.attempts(), latest);
        if (next.isEmpty()) {
            fail(sm, "gave up after " + claimed.attempts() + " attempts: " + why, reply);
            return;
        }
        Instant retryAt = next.get();
        w.store().retryLater(sm.key(), State.SENDING, retryAt, "retrying at "
                + RETRY_AT.format(retryAt.atZone(w.settings().sender().zone())) + " after: " + why, reply, after);
        w.events().record(after, sm.interviewId(), sm.key(), "retry", why);
        LOG.warn("Temporary failure sending {}: {}; retrying at {}", sm.key(), why, retryAt);
        w.reconciler().syncTriggers();
    }

    private void fail(StoredMessage sm, String reason, String reply) {
        failUnannounced(sm, reason, reply);
        if (!sm.isNotice()) {
            w.notices().queue(sm.interviewId(), "failed:" + sm.key(), "failed", Map.of("recipient",
                    String.valueOf(sm.recipient()), "key", sm.key(), "reason", String.valueOf(reason)));
        }
    }

    /**
     * Failed, without a notice to the user: for a refused login, which the notice would meet too (it goes through
     * the same server and login); the log and {@code status} say it.
     */
    private void failUnannounced(StoredMessage sm, String reason, String reply) {
        Instant now = w.clock().instant();
        w.store().settle(sm.key(), State.SENDING, State.FAILED, reason, reply, now);
        w.events().record(now, sm.interviewId(), sm.key(), "failed", reason);
        LOG.error("Failed {}: {}", sm.key(), reason);
    }

    void retryOrGiveUp(StoredMessage sm, Instant latest, String why, Interview interview) {
        Instant now = w.clock().instant();
        Optional<Instant> next = nextTry(now, sm.attempts() + 1, latest);
        if (next.isEmpty()) {
            settle(sm, State.SKIPPED, "reply check unavailable", null);
            w.notices().queue(interview.id(), "unchecked:" + sm.key(), "unchecked", Map.of("step", sm.step(),
                    "recipient", String.valueOf(sm.recipient()), "company", interview.company(), "latest", latest,
                    "key", sm.key(), "why", why, "interviewId", interview.id()));
            return;
        }
        Instant retryAt = next.get();
        w.store().countAttempt(sm.key());
        w.store().retryLater(sm.key(), State.PLANNED, retryAt, why, null, now);
        w.events().record(now, sm.interviewId(), sm.key(), "retry", why);
        LOG.warn("Not sending {} yet: {}; next try at {}", sm.key(), why, retryAt);
        w.reconciler().syncTriggers();
    }

    /**
     * When to try again after {@code attempts}: after the back-off, or, when that would come after the message's
     * latest moment, once more a little before it (the back-off's first wait, at most a minute, so that the try is
     * not late); empty when even that moment has come.
     */
    private Optional<Instant> nextTry(Instant after, int attempts, Instant latest) {
        Instant at = after.plus(w.retry().after(attempts));
        if (!at.isAfter(latest)) {
            return Optional.of(at);
        }
        Duration margin = w.retry().first().compareTo(LAST_TRY_MARGIN) < 0 ? w.retry().first() : LAST_TRY_MARGIN;
        Instant lastTry = latest.minus(margin);
        return after.isBefore(lastTry) ? Optional.of(lastTry) : Optional.empty();
    }

    void settle(StoredMessage sm, State to, String reason, String reply) {
        settle(sm, to, reason, reply, null);
    }

    void settle(StoredMessage sm, State to, String reason, String reply, Cause cause) {
        Instant now = w.clock().instant();
        if (w.store().settle(sm.key(), State.PLANNED, to, reason, reply, now, cause)) {
            w.events().record(now, sm.interviewId(), sm.key(), to.label(), reason);
            LOG.info("{} {}: {}", to.label(), sm.key(), reason);
            w.listener().settled(sm.key(), to.label(), reason);
        }
    }
}
