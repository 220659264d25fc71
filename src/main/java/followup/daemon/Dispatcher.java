package followup.daemon;

import followup.config.Settings;
import followup.inbox.InboxUnavailableException;
import followup.mail.Composer;
import followup.mail.SendResult;
import followup.mail.SmtpSender;
import followup.metrics.Meters;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.State;
import followup.plan.Step;
import followup.schedule.Jobs;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import followup.store.StoredMessage;
import followup.template.Rendered;
import followup.template.TemplateException;
import followup.template.Templates;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a message's trigger fires. The stored state guards everything: only a {@code planned}
 * message is considered, it is claimed ({@code sending}, committed) before the SMTP conversation and marked
 * {@code sent} right after the 250, so a second fire, a restart or a second daemon never sends it again.
 * Messages to the company go out only after a fresh look at the mailbox found no reply.
 */
final class Dispatcher implements Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration EARLY_TOLERANCE = Duration.ofSeconds(1);

    private final Wiring w;
    private final Meters meters;

    /** Everything the dispatcher talks to, wired by the daemon. */
    record Wiring(Settings settings, Policy policy, Sender sender, Clock clock, RecordBook book, Reconciler reconciler,
                  MessageStore store, EventLog events, Holds holds, MailLog mail, Notices notices,
                  Templates templates, SmtpSender smtp, Mailbox mailbox, Retry retry, DeliveryListener listener) {
    }

    /** Back-off for retries: first wait, doubled per attempt, capped. */
    record Retry(Duration first, Duration max) {
        Duration after(int attempts) {
            Duration d = first;
            for (int i = 1; i < attempts && d.compareTo(max) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    Dispatcher(Wiring wiring, Meters meters) {
        this.w = wiring;
        this.meters = meters;
    }

    @Override
    public void poll() {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            w.mailbox().refresh();
            ok = true;
        } catch (InboxUnavailableException e) {
            LOG.warn("Mailbox check failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Mailbox check failed unexpectedly: {}", e.toString());
        } finally {
            meters.poll(Duration.ofNanos(System.nanoTime() - start), ok);
        }
    }

    @Override
    public void send(String key) {
        try (LogContext context = LogContext.of(key)) {
            dispatch(key);
        } catch (RuntimeException e) {
            meters.failure("unexpected");
            LOG.error("Sending {} failed unexpectedly: {}", key, e.toString());
            recoverFromCrashOf(key, e);
        }
    }

    /** An unexpected error must neither lose the message nor make its trigger fire again at once. */
    private void recoverFromCrashOf(String key, RuntimeException e) {
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

    private void dispatch(String key) {
        Optional<StoredMessage> found = w.store().find(key);
        if (found.isEmpty() || found.get().state() != State.PLANNED) {
            return;
        }
        StoredMessage sm = found.get();
        Instant now = w.clock().instant();
        if (sm.nextFire().isAfter(now.plus(EARLY_TOLERANCE))) {
            w.store().markScheduled(key, null);
            return;
        }
        if (sm.isNotice()) {
            deliverNotice(sm);
        } else {
            deliverStep(sm, now);
        }
    }

    private void deliverStep(StoredMessage sm, Instant now) {
        Optional<Interview> record = w.book().get(sm.interviewId());
        if (record.isEmpty()) {
            settle(sm, State.CANCELLED, "record removed", null);
            return;
        }
        Interview interview = record.get();
        List<PlannedMessage> plan = w.reconciler().plan(interview);
        Optional<PlannedMessage> planned = plan.stream().filter(m -> m.key().equals(sm.key())).findFirst();
        if (planned.isEmpty() || !planned.get().applies()) {
            settle(sm, State.CANCELLED, "no longer in the record", null);
            return;
        }
        PlannedMessage pm = planned.get();
        if (pm.state() == State.CANCELLED) {
            settle(sm, State.CANCELLED, pm.reason(), null);
            return;
        }
        if (now.isAfter(pm.latest())) {
            settle(sm, State.SKIPPED, "missed: its latest moment passed before it could go out", null);
            w.notices().queue(interview.id(), "missed:" + sm.key(), "followup: " + pm.step().id() + " to "
                    + pm.to().name() + " was not sent (too late)", "The " + pm.step().id() + " to " + pm.to().name()
                    + " for your interview with " + interview.company() + " could not go out before its latest"
                    + " moment, so it was not sent at all.\n");
            return;
        }
        if (pm.due().isAfter(now.plus(EARLY_TOLERANCE))) {
            w.reconciler().reconcile(interview.id());
            w.store().markScheduled(sm.key(), null);
            return;
        }
        Optional<String> hold = w.holds().reason(interview.id());
        if (hold.isPresent()) {
            settle(sm, State.HELD, "held by you" + (hold.get().isBlank() ? "" : ": " + hold.get()), null);
            return;
        }
        if (pm.step().toCompany() || pm.step() == Step.CALL_REMINDER) {
            if (pm.step().toCompany() && w.mail().bounced(pm.to().email())) {
                settle(sm, State.HELD, "address bounced", null);
                return;
            }
            if (pm.step().toCompany()) {
                try {
                    w.mailbox().refresh();
                } catch (InboxUnavailableException e) {
                    meters.failure("reply-check");
                    retryOrGiveUp(sm, pm.latest(), "reply check unavailable: " + e.getMessage(), interview);
                    return;
                }
            }
            Optional<Reply> reply = w.mail().replyTo(interview.id());
            if (reply.isPresent()) {
                settle(sm, State.HELD, Mailbox.heldBecause(reply.get()), null);
                return;
            }
        }
        if (overCap(sm, now)) {
            return;
        }
        Rendered rendered;
        try {
            rendered = w.templates().render(interview, w.sender(), pm, plan);
        } catch (TemplateException e) {
            settle(sm, State.FAILED, "template: " + e.problem(), null);
            w.notices().queue(interview.id(), "template:" + sm.key(), "followup: could not write the " + pm.step().id()
                    + " for " + interview.company(), "The template for this message failed, so it was not sent:\n\n  "
                    + e.problem() + "\n\nFix the template and run `followup validate`.\n");
            return;
        }
        MimeMessage mime = new Composer(w.sender()).compose(pm, rendered, now);
        transmit(sm, mime, rendered.subject(), pm.latest());
        w.reconciler().reconcile(interview.id());
        w.reconciler().syncTriggers();
    }

    private void deliverNotice(StoredMessage sm) {
        MimeMessage mime = NoticeMessages.compose(w.sender(), sm, w.clock().instant());
        transmit(sm, mime, sm.subject(), sm.latest());
    }

    /** Holds back when the hourly or daily cap is reached; true if the message was postponed. */
    private boolean overCap(StoredMessage sm, Instant now) {
        int lastHour = w.store().sentSince(now.minus(Duration.ofHours(1)));
        int lastDay = w.store().sentSince(now.minus(Duration.ofDays(1)));
        if (lastHour < w.settings().mail().maxPerHour() && lastDay < w.settings().mail().maxPerDay()) {
            return false;
        }
        Instant next = now.plus(lastDay >= w.settings().mail().maxPerDay() ? Duration.ofHours(1)
                : Duration.ofMinutes(5));
        String why = "sending cap reached (" + lastHour + " in the last hour, " + lastDay + " in the last day)";
        w.store().retryLater(sm.key(), State.PLANNED, next, why, null, now);
        LOG.info("Postponed {}: {}", sm.key(), why);
        return true;
    }

    /** The SMTP conversation, bracketed by the claim and the outcome. */
    private void transmit(StoredMessage sm, MimeMessage mime, String subject, Instant latest) {
        Instant now = w.clock().instant();
        if (!w.store().claim(sm.key(), now)) {
            return;
        }
        long start = System.nanoTime();
        SendResult result = w.smtp().send(mime);
        Instant after = w.clock().instant();
        meters.send(result, Duration.ofNanos(System.nanoTime() - start),
                sm.due() == null ? Duration.ZERO : Duration.between(sm.due(), after));
        if (result instanceof SendResult.Accepted a) {
            w.store().markSent(sm.key(), after, a.reply(), subject);
            w.events().record(after, sm.interviewId(), sm.key(), "sent", subject + " -> " + sm.recipient());
            LOG.info("Sent {} to {}: {}", sm.key(), sm.recipient(), subject);
            w.listener().sent(w.store().find(sm.key()).orElse(sm), mime);
            w.mailbox().saveCopy(mime);
        } else if (result instanceof SendResult.Temporary t) {
            retrySend(sm, latest, after, t.reply(), t.reply());
        } else if (result instanceof SendResult.Permanent p && isLoginFailure(p.reply())) {
            retrySend(sm, latest, after, "the SMTP server refused the login (check the username and the password"
                    + " in FOLLOWUP_SMTP_PASSWORD or password-file): " + p.reply(), p.reply());
        } else if (result instanceof SendResult.Permanent p) {
            fail(sm, "refused by the server: " + p.reply(), p.reply());
        } else if (result instanceof SendResult.Uncertain u) {
            w.mailbox().settleUncertain(sm, u.why());
        }
    }

    /** A login refused (535) is the user's configuration, not the message's fault: retried, never failed at once. */
    private static boolean isLoginFailure(String reply) {
        return reply != null && (reply.startsWith("535") || reply.startsWith("534") || reply.startsWith("530"));
    }

    private void retrySend(StoredMessage sm, Instant latest, Instant after, String why, String reply) {
        StoredMessage claimed = w.store().find(sm.key()).orElse(sm);
        Instant retryAt = after.plus(w.retry().after(claimed.attempts()));
        if (retryAt.isAfter(latest)) {
            fail(sm, "gave up after " + claimed.attempts() + " attempts: " + why, reply);
            return;
        }
        w.store().retryLater(sm.key(), State.SENDING, retryAt, "retrying at " + retryAt + " after: " + why, reply,
                after);
        w.events().record(after, sm.interviewId(), sm.key(), "retry", why);
        LOG.warn("Temporary failure sending {}: {}; retrying at {}", sm.key(), why, retryAt);
        w.reconciler().syncTriggers();
    }

    private void fail(StoredMessage sm, String reason, String reply) {
        Instant now = w.clock().instant();
        w.store().settle(sm.key(), State.SENDING, State.FAILED, reason, reply, now);
        w.events().record(now, sm.interviewId(), sm.key(), "failed", reason);
        LOG.error("Failed {}: {}", sm.key(), reason);
        if (!sm.isNotice()) {
            w.notices().queue(sm.interviewId(), "failed:" + sm.key(), "followup: a message to " + sm.recipient()
                    + " failed", "This message could not be sent and will not be retried:\n\n  " + sm.key()
                    + "\n  " + reason + "\n\nCheck the address and `followup status`.\n");
        }
    }

    private void retryOrGiveUp(StoredMessage sm, Instant latest, String why, Interview interview) {
        Instant now = w.clock().instant();
        Instant retryAt = now.plus(w.retry().after(sm.attempts() + 1));
        if (retryAt.isAfter(latest)) {
            settle(sm, State.SKIPPED, "reply check unavailable", null);
            w.notices().queue(interview.id(), "unchecked:" + sm.key(), "followup: " + sm.step() + " to "
                    + sm.recipient() + " was not sent", "The mailbox could not be checked for a reply from "
                    + interview.company() + " before this message's latest moment, so it was not sent (a message"
                    + " after their reply would be worse than none):\n\n  " + sm.key() + "\n  " + why + "\n");
            return;
        }
        w.store().countAttempt(sm.key());
        w.store().retryLater(sm.key(), State.PLANNED, retryAt, why, null, now);
        w.events().record(now, sm.interviewId(), sm.key(), "retry", why);
        LOG.warn("Not sending {} yet: {}; next try at {}", sm.key(), why, retryAt);
        w.reconciler().syncTriggers();
    }

    private void settle(StoredMessage sm, State to, String reason, String reply) {
        Instant now = w.clock().instant();
        if (w.store().settle(sm.key(), State.PLANNED, to, reason, reply, now)) {
            w.events().record(now, sm.interviewId(), sm.key(), to.label(), reason);
            LOG.info("{} {}: {}", to.label(), sm.key(), reason);
            w.listener().settled(sm.key(), to.label(), reason);
        }
    }
}
