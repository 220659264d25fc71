package followup.cli;

import followup.config.Settings;
import followup.plan.Cause;
import followup.plan.State;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.time.Clock;
import java.time.Instant;

/** Hold and resume of one interview, for the commands and the page alike; both work while the daemon runs. */
final class Steering {
    private Steering() {
    }

    /** Stops the pending messages of {@code id}; returns what happened, in words. */
    static String hold(Settings settings, Clock clock, String given, String reason, java.io.PrintWriter err) {
        String id = CandidateOption.qualified(settings, given);
        String text = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
        Instant now = clock.instant();
        try (Database db = StoreView.open(settings, err)) {
            MessageStore store = new MessageStore(db);
            new Holds(db).hold(id, text, now);
            String why = "held by you" + (text.isEmpty() ? "" : ": " + text);
            int n = 0;
            for (StoredMessage m : store.ofInterview(id)) {
                if (m.isNotice()) {
                    continue;
                }
                // held by an earlier hold: the new reason replaces the old, on the messages as on the interview
                State from = m.state() == State.HELD && m.cause() == Cause.USER_HOLD ? State.HELD : State.PLANNED;
                if (store.settle(m.key(), from, State.HELD, why, null, now, Cause.USER_HOLD)) {
                    n++;
                }
            }
            new EventLog(db).record(now, id, null, "hold", why);
            return "Held " + id + ": " + (n == 0 ? "no message of it will be sent"
                    : n + " pending message" + (n == 1 ? "" : "s") + " will not be sent")
                    + " until `followup resume " + id + "`.";
        }
    }

    /** Restarts the held messages of {@code id} (a hold by the user, a reply set aside); returns what happened. */
    static String resume(Settings settings, Clock clock, String given, java.io.PrintWriter err) {
        String id = CandidateOption.qualified(settings, given);
        Instant now = clock.instant();
        try (Database db = StoreView.open(settings, err)) {
            MessageStore store = new MessageStore(db);
            boolean wasHeld = new Holds(db).release(id);
            MailLog mail = new MailLog(db, settings.candidate());
            int replies = mail.dismissReplies(id);
            int n = 0;
            for (StoredMessage m : store.ofInterview(id)) {  // not reached is no bounce: the address may be good
                if (m.state() == State.HELD && MailLog.NOT_REACHED.equals(m.reason())) {
                    mail.forgetNotReached(m.recipient());
                }
            }
            for (String heldBy : new String[] {"held by you", "reply from", "invitation from", "rejection from",
                    "handled elsewhere", MailLog.NOT_REACHED}) {
                n += store.release(id, heldBy, now);
            }
            n += store.releaseFailed(id, now);   // refused by the server: after a fix, worth one more try
            String left = stillStopped(store, id);
            if (!wasHeld && n == 0 && replies == 0) {
                return "Nothing of " + id + " was on hold, so nothing was resumed; `followup plan " + id
                        + "` shows when each message goes out." + left;
            }
            new EventLog(db).record(now, id, null, "resume", n + " message(s) released"
                    + (replies > 0 ? ", " + replies + " reply(ies) dismissed" : ""));
            return "Resumed " + id + ": " + n + " message" + (n == 1 ? "" : "s") + " planned again"
                    + (replies > 0 ? " (the reply that held them is set aside)" : "")
                    + "; see `followup plan " + id + "` for when." + left;
        }
    }

    /** The messages a resume leaves as they are (an address that bounced, a delivery that was uncertain), one a line. */
    private static String stillStopped(MessageStore store, String id) {
        StringBuilder text = new StringBuilder();
        for (StoredMessage m : store.ofInterview(id)) {
            if (m.isNotice()) {
                continue;
            }
            if (m.state() == State.HELD && m.cause() == Cause.BOUNCE) {
                text.append("\n  ").append(m.key()).append(" stays held (").append(m.reason())
                        .append("): fix the address in the record");
            } else if (m.state() == State.FAILED && m.reason() != null && m.reason().startsWith("uncertain")) {
                text.append("\n  ").append(m.key()).append(" stays failed (").append(m.reason())
                        .append("): it may have gone out; look for it in your sent folder");
            }
        }
        return text.isEmpty() ? "" : "\nNot resumed:" + text;
    }
}
