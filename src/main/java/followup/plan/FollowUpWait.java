package followup.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When the wait before a follow-up ends, before the send window moves it, and why, as {@code plan} says it: the
 * stated timeline ({@code next-step-by}) and {@code follow-up.after-stated-date}, else the interview and
 * {@code follow-up.after}; and with a stated timeline, never sooner than a day after the contact's thank-you.
 *
 * @param base   the end of the wait
 * @param reason the plan's reason for it
 */
record FollowUpWait(Instant base, String reason) {
    /**
     * The least time from the contact's thank-you to a follow-up set by a stated timeline, which may otherwise bring
     * it close (a timeline ending on the interview's day); a policy whose {@code follow-up.after} is shorter has that
     * instead, as the user chose it (the demo's seconds).
     */
    static final Duration AFTER_THANK_YOU = Duration.ofDays(1);

    /**
     * @param start    the interview's start
     * @param thankYou when the contact's thank-you is planned, or null (none to them)
     * @param contact  the contact's name, as the reason names them
     * @param zone     the contact's zone
     */
    static FollowUpWait of(Interview interview, Policy policy, Instant start, Instant thankYou, String contact,
                           ZoneId zone) {
        if (interview.nextStepBy() == null) {
            return new FollowUpWait(Waits.after(start, policy.followUpAfter(), interview.zone()),
                    "no stated timeline: interview + " + Waits.describe(policy.followUpAfter()));
        }
        Instant stated = interview.nextStepBy().atTime(interview.at().toLocalTime()).atZone(interview.zone())
                .toInstant();
        Instant base = Waits.after(stated, policy.followUpAfterStatedDate(), interview.zone());
        String reason = "the stated timeline (next-step-by " + interview.nextStepBy() + ") + "
                + Waits.describe(policy.followUpAfterStatedDate());
        Duration gap = policy.followUpAfter().compareTo(AFTER_THANK_YOU) < 0 ? policy.followUpAfter()
                : AFTER_THANK_YOU;
        if (thankYou != null && Waits.after(thankYou, gap, zone).isAfter(base)) {
            return new FollowUpWait(Waits.after(thankYou, gap, zone), reason + "; not sooner than "
                    + Waits.describe(gap) + " after the thank-you to " + contact + " ("
                    + Planner.format(thankYou, zone) + ")");
        }
        return new FollowUpWait(base, reason);
    }
}
