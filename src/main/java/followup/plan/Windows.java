package followup.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When each kind of message may go out: messages to the company in the recipient's send window, reminders to self
 * in the sender's waking hours ({@code policy.self-window}), the call reminder when the company can be called.
 */
final class Windows {
    /**
     * How long after its planned instant a message planned outside its window on purpose may still go out in any
     * case; a prompt thank-you also for the rest of that day outside the recipient's night ({@link Openings#awake}).
     */
    static final Duration PROMPT_GRACE = Duration.ofMinutes(15);

    private final Policy policy;
    private final Sender sender;
    private final Openings openings;

    /** @param openings the company's send window with its public holidays taken out */
    Windows(Policy policy, Sender sender, Openings openings) {
        this.policy = policy;
        this.sender = sender;
        this.openings = openings;
    }

    /**
     * A message still to go out after its planned instant (a catch-up after downtime, a retry) goes out inside its
     * window: now if the window is open, else at its next opening, or not at all when that is past its latest bound.
     * A thank-you planned outside the window on purpose (a prompt evening note) keeps that leave for
     * {@link #PROMPT_GRACE} after its planned instant, and for the rest of that day until the recipient's night: a
     * daemon back at 17:40 sends the Friday note planned for 17:00, which Monday would be too late for.
     */
    PlannedMessage late(PlannedMessage m, Instant now, ZoneId companyZone, String country) {
        if (!now.isAfter(m.due())) {
            return m;
        }
        ZoneId zone = companyZone;
        boolean plannedOutside = !opening(m.step(), m.due(), zone, country).equals(m.due());
        if (plannedOutside && promptLeave(m, now, zone) || opening(m.step(), now, zone, country).equals(now)) {
            return m;
        }
        Instant opening = opening(m.step(), now, zone, country);
        String where = Missed.Window.of(m.step()).words();
        if (opening.isAfter(m.latest())) {
            return m.withState(State.SKIPPED, "missed: it is late, and the next opening of " + where + " ("
                    + Planner.format(opening, zone) + ") is after its latest bound " + Planner.format(m.latest(), zone));
        }
        return new PlannedMessage(m.key(), m.interviewId(), m.step(), m.to(), m.cc(), m.interviewer(), opening,
                m.latest(), m.estimated(), m.applies(), m.state(), m.reason() + "; late, so moved to the next opening"
                + " of " + where + ", " + Planner.format(opening, zone), m.messageId(), m.inReplyTo());
    }

    /** Whether a message planned outside its window on purpose may still go out at {@code now}, late. */
    private boolean promptLeave(PlannedMessage m, Instant now, ZoneId zone) {
        if (!now.isAfter(m.due().plus(PROMPT_GRACE))) {
            return true;
        }
        return m.step() == Step.THANK_YOU && now.atZone(zone).toLocalDate().equals(m.due().atZone(zone).toLocalDate())
                && openings.awake(now, zone);
    }

    /**
     * The first instant at or after {@code t} when a message of this step may go out: messages to the company in
     * the send window in the recipient's zone, reminders to self in the sender's waking hours, and the call
     * reminder when both the company's business hours and the sender's waking hours are open (if they never are
     * at once, in the company's hours). The company's hours skip its public holidays ({@code country}, or the
     * zone's country when null).
     */
    Instant opening(Step step, Instant t, ZoneId companyZone, String country) {
        if (step.toCompany()) {
            return openings.next(t, companyZone, country);
        }
        if (step != Step.CALL_REMINDER) {
            return policy.selfWindow().nextOpening(t, sender.zone());
        }
        Instant at = t;
        for (int i = 0; i < 16; i++) {
            Instant company = openings.next(at, companyZone, country);
            Instant both = policy.selfWindow().nextOpening(company, sender.zone());
            if (both.equals(company)) {
                return company;
            }
            at = both;
        }
        return openings.next(t, companyZone, country);
    }
}
