package followup.daemon;

import followup.inbox.InboxStoppedException;
import followup.inbox.InboxUnavailableException;
import followup.mail.Composer;
import followup.mail.SendResult;
import followup.mail.SmtpSender;
import followup.metrics.Meters;
import followup.plan.Cause;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.State;
import followup.plan.Step;
import followup.store.MailLog;
import followup.store.Reply;
import followup.store.StoredMessage;
import followup.template.Rendered;
import followup.template.TemplateException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One due message, decided and sent: a step of an interview's plan is looked at again against its record, its
 * holds, bounces and replies (after a reply check that began once it was due), rendered, and handed to its sender's
 * {@link SendLane}; a notice to the job seeker goes straight to the lane. What the server answered settles it
 * ({@link Settlements}). The {@link Dispatcher} decides which message, and when.
 */
final class Delivery {
    /** The dispatcher's: the lines that say what was sent keep the logger name they always had. */
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Dispatcher.Wiring w;
    private final Meters meters;
    private final Settlements settlements;
    /** The daemon is stopping: a send the server did not take is planned again for the next start. */
    private volatile boolean stopping;

    Delivery(Dispatcher.Wiring wiring, Meters meters, Settlements settlements) {
        this.w = wiring;
        this.meters = meters;
        this.settlements = settlements;
    }

    /** The daemon stops ({@link Dispatcher#stopping}). */
    void stopping() {
        stopping = true;
    }

    /** A step of an interview's plan, due: the checks that may hold it back, then its rendering and its send. */
    void step(StoredMessage sm, Instant now) {
        Optional<Interview> record = w.book().get(sm.interviewId());
        if (record.isEmpty()) {
            settlements.settle(sm, State.CANCELLED, "record removed", null);
            return;
        }
        Interview interview = record.get();
        List<PlannedMessage> plan = w.reconciler().plan(interview);
        Optional<PlannedMessage> planned = plan.stream().filter(m -> m.key().equals(sm.key())).findFirst();
        if (planned.isEmpty() || !planned.get().applies()) {
            settlements.settle(sm, State.CANCELLED, "no longer in the record", null);
            return;
        }
        PlannedMessage pm = planned.get();
        if (pm.state() == State.CANCELLED) {
            settlements.settle(sm, State.CANCELLED, pm.reason(), null);
            return;
        }
        if (now.isAfter(pm.latest())) {
            settlements.settle(sm, State.SKIPPED, "missed: its latest moment passed before it could go out", null);
            w.notices().queue(interview.id(), "missed:" + sm.key(), "late", Map.of("step", pm.step().id(),
                    "to", pm.to().name(), "company", interview.company(), "latest", pm.latest(),
                    "interviewId", interview.id()));
            return;
        }
        if (pm.due().isAfter(now.plus(Dispatcher.EARLY_TOLERANCE))) {
            w.reconciler().reconcile(interview.id());
            w.store().markScheduled(sm.key(), null);
            return;
        }
        Optional<String> hold = w.holds().reason(interview.id());
        if (hold.isPresent()) {
            settlements.settle(sm, State.HELD, "held by you" + (hold.get().isBlank() ? "" : ": " + hold.get()), null,
                    Cause.USER_HOLD);
            return;
        }
        if (pm.step().toCompany()) {
            Optional<String> twin = w.store().sentTwin(sm.interviewId(), sm.step(), sm.recipient(), pm.due());
            if (twin.isPresent()) {
                settlements.alreadySent(sm, twin.get());
                if (Planner.pacesAnother(pm.step())) {
                    // what follows it in a chain counts from when it went out under the former name
                    w.reconciler().reconcile(interview.id());
                    w.reconciler().syncTriggers();
                }
                return;
            }
        }
        if (pm.step().toCompany() || pm.step() == Step.CALL_REMINDER) {
            if (pm.step().toCompany() && w.mail().bounced(pm.to().email())) {
                settlements.settle(sm, State.HELD, w.mail().notReached(pm.to().email()) ? MailLog.NOT_REACHED
                        : "address bounced", null, Cause.BOUNCE);
                return;
            }
            if (pm.step().toCompany()) {
                try {
                    w.mailbox().checkedSince(checkFrom(sm, now), interview);
                } catch (InboxStoppedException e) {
                    settlements.stoppedDuringReplyCheck(sm);
                    return;
                } catch (InboxUnavailableException e) {
                    meters.failure("reply-check");
                    settlements.retryOrGiveUp(sm, pm.latest(), "reply check unavailable: " + e.getMessage(), interview);
                    return;
                }
            }
            Optional<Reply> reply = w.mail().replyTo(interview.id());
            if (reply.isPresent()) {
                settlements.settle(sm, State.HELD, Mailbox.heldBecause(reply.get(), w.settings().sender().zone()), null, reply.get().kind());
                return;
            }
            if (pm.step().toCompany() && movedByTheCheck(sm, now)) {
                return;
            }
        }
        Rendered rendered;
        try {
            rendered = w.templates().render(interview, w.book().earlierRounds(interview), w.sender(), pm, plan, now);
        } catch (TemplateException e) {
            settlements.settle(sm, State.FAILED, "template: " + e.problem(), null);
            w.notices().queue(interview.id(), "template:" + sm.key(), "template", Map.of("step", pm.step().id(),
                    "company", interview.company(), "problem", e.problem().toString(),
                    "validate", w.settings().command("validate"),
                    "resume", w.settings().command("resume " + interview.id())));
            return;
        }
        List<String> cc = pm.cc().stream().filter(a -> !w.mail().bounced(a)).toList(); // a friend's typo bounced
        MimeMessage mime = new Composer(w.sender()).compose(cc.size() == pm.cc().size() ? pm : pm.withCc(cc),
                rendered, now);
        SendLane.Twin twin = pm.step().toCompany()
                ? new SendLane.Twin(sm.interviewId(), sm.step(), sm.recipient(), pm.due()) : null;
        if (transmit(sm, mime, rendered.subject(), pm.latest(), true, twin)) {
            w.reconciler().afterSent(interview, sm.key(), plan);
        } else {
            w.reconciler().reconcile(interview.id());
            w.reconciler().syncTriggers();
        }
    }

    /**
     * True if the reply check just made moved this message later: it read an out-of-office answer (one that came
     * while nothing read the mailbox, a laptop asleep) whose return date is past the message's moment, and the
     * message was planned again for after it. It then waits for its new trigger instead of going out now.
     */
    private boolean movedByTheCheck(StoredMessage sm, Instant now) {
        Optional<StoredMessage> again = w.store().find(sm.key());
        if (again.isEmpty() || again.get().state() != State.PLANNED
                || !again.get().nextFire().isAfter(now.plus(Dispatcher.EARLY_TOLERANCE))) {
            return false;
        }
        LOG.info("Not sent yet {}: {}", sm.key(), again.get().reason());
        w.reconciler().syncTriggers();
        return true;
    }

    /**
     * The earliest start of a reply check this message may go out on: when it fell due (its trigger's instant), or
     * now if it fires early; never more than {@link Dispatcher#REPLY_CHECK_MAX_AGE} ago.
     */
    static Instant checkFrom(StoredMessage sm, Instant now) {
        Instant due = sm.nextFire().isBefore(now) ? sm.nextFire() : now;
        Instant oldest = now.minus(Dispatcher.REPLY_CHECK_MAX_AGE);
        return due.isBefore(oldest) ? oldest : due;
    }

    /** A notice to the job seeker, composed from what was stored when it was queued. */
    void notice(StoredMessage sm) {
        MimeMessage mime = NoticeMessages.compose(w.sender(), sm, w.clock().instant());
        transmit(sm, mime, sm.subject(), sm.latest(), false, null);
    }

    /**
     * The claim, the SMTP conversation and its outcome; true if the message went out. Over a cap, the message waits
     * (planned, with a retry instant) without being claimed; one whose twin was claimed first is skipped.
     *
     * @param twin for a message to the company, what makes another its twin; else null
     */
    private boolean transmit(StoredMessage sm, MimeMessage mime, String subject, Instant latest, boolean capped,
                             SendLane.Twin twin) {
        long start = System.nanoTime();
        SendLane.Attempt attempt = w.lane().send(sm.key(), SmtpSender.ready(mime), capped, twin);
        if (attempt instanceof SendLane.Attempt.Stopped) {
            settlements.stoppedBeforeClaim(sm);
            return false;
        }
        if (attempt instanceof SendLane.Attempt.AlreadySent a) {
            settlements.alreadySent(sm, a.twin());
            return false;
        }
        if (attempt instanceof SendLane.Attempt.Paused p) {
            settlements.pausedAfterUncertain(sm, p.until());
            return false;
        }
        if (attempt instanceof SendLane.Attempt.Capped c) {
            Instant now = w.clock().instant();
            w.store().retryLater(sm.key(), State.PLANNED, c.until().until(), c.until().why(), null, now);
            LOG.info("Postponed {}: {}", sm.key(), c.until().why());
            return false;
        }
        if (!(attempt instanceof SendLane.Attempt.Done done)) {
            return false;
        }
        SendResult result = done.result();
        Instant after = done.at();
        meters.send(result, Duration.ofNanos(System.nanoTime() - start),
                sm.due() == null ? Duration.ZERO : Duration.between(sm.due(), after));
        if (result instanceof SendResult.Accepted a) {
            if (w.store().markSent(sm.key(), after, a.reply(), subject, subject + " -> " + sm.recipient())) {
                LOG.info("Sent {} to {}: {}", sm.key(), sm.recipient(), subject);
                w.listener().sent(sm.sent(after, a.reply(), subject), mime);
            } else if (settlements.sentAfterUncertain(sm, after, a.reply(), subject)) {
                w.listener().sent(sm.sent(after, a.reply(), subject), mime);
            }
            a.refusedCopies().forEach(r -> w.mailbox().copyRefused(sm, r));
            w.copies().add(mime);
            return true;
        }
        if (stopping && result instanceof SendResult.Temporary t) {
            settlements.stoppedBeforeTaken(sm, t, after);
        } else {
            settlements.notSent(sm, result, latest, after);
        }
        return false;
    }
}
