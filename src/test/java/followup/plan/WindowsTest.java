package followup.plan;

import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.history;
import static followup.plan.Fixtures.local;
import static followup.plan.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages that go out late (a catch-up after downtime, a retry) still go out inside their window; reminders to
 * self arrive in the sender's waking hours; the call reminder comes when the company can be called.
 */
class WindowsTest {
    private static final String THANK_YOU = "acme/thank-you/" + JANE;
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private final SettableClock clock = SettableClock.at("2026-11-19T08:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    @Test
    void a_thank_you_caught_up_before_dawn_waits_for_the_window_to_open() {
        // Thursday 10:00; due 13:00; the daemon was down until Friday 04:48
        clock.set("2026-11-20T04:48");
        PlannedMessage m = message(planner.plan(acme().on("2026-11-19T10:00").build()), THANK_YOU);

        assertEquals(State.PLANNED, m.state(), m.reason());
        assertDue("2026-11-20T09:00", NEW_YORK, m);
        assertTrue(m.reason().contains("late, so moved to the next opening of the send window"), m.reason());
    }

    @Test
    void a_late_message_inside_the_window_goes_out_now() {
        clock.set("2026-11-20T10:30");
        PlannedMessage m = message(planner.plan(acme().on("2026-11-19T10:00").build()), THANK_YOU);

        assertDue("2026-11-19T13:00", NEW_YORK, m);
        assertEquals(State.PLANNED, m.state());
    }

    @Test
    void a_follow_up_retried_after_the_window_closed_moves_to_the_next_morning() {
        // the follow-up is due Thursday 26th 10:00; a retry comes round at 17:30
        clock.set("2026-11-26T17:30");
        PlannedMessage m = message(planner.plan(acme().on("2026-11-19T10:00").build()), FOLLOW_UP);

        assertDue("2026-11-27T09:00", NEW_YORK, m);
    }

    @Test
    void a_prompt_evening_thank_you_keeps_its_leave_for_a_quarter_of_an_hour_and_not_into_the_next_day() {
        // Friday 14:00: + 3h is 17:00, the window's next opening is Monday, past the 48h bound: a prompt note at 17:00
        PlannedMessage planned = message(planner.plan(acme().on("2026-11-20T14:00").build()), THANK_YOU);
        assertDue("2026-11-20T17:00", NEW_YORK, planned);

        clock.set("2026-11-20T17:10");
        assertDue("2026-11-20T17:00", NEW_YORK, message(planner.plan(acme().on("2026-11-20T14:00").build()),
                THANK_YOU));

        clock.set("2026-11-21T04:48");
        PlannedMessage caughtUp = message(planner.plan(acme().on("2026-11-20T14:00").build()), THANK_YOU);
        assertEquals(State.SKIPPED, caughtUp.state(), "a Saturday 04:48 note is not sent; Monday is too late");
        assertTrue(caughtUp.reason().startsWith("missed: it is late"), caughtUp.reason());
    }

    @Test
    void a_prompt_evening_thank_you_caught_up_later_the_same_evening_still_goes_out() {
        // Friday 14:00: a prompt note at 17:00; the laptop was closed on the way home and the daemon is back at 17:40,
        // still the recipient's Friday evening: the note goes now (Monday's opening is past the 48h bound)
        Interview interview = acme().on("2026-11-20T14:00").build();
        clock.set("2026-11-20T17:40");
        PlannedMessage caughtUp = message(planner.plan(interview), THANK_YOU);
        assertEquals(State.PLANNED, caughtUp.state(), caughtUp.reason());
        assertDue("2026-11-20T17:00", NEW_YORK, caughtUp);

        clock.set("2026-11-20T20:45");
        assertEquals(State.PLANNED, message(planner.plan(interview), THANK_YOU).state());

        // their night has begun: no note at 21:30, and Monday is too late
        clock.set("2026-11-20T21:30");
        PlannedMessage night = message(planner.plan(interview), THANK_YOU);
        assertEquals(State.SKIPPED, night.state(), night.reason());
    }

    @Test
    void reminders_to_self_arrive_in_the_senders_waking_hours() {
        // an evening interview at 20:30: + 1h is 21:30, past the default self-window (08:00 to 21:00)
        List<PlannedMessage> plan = planner.plan(acme().on("2026-11-19T20:30").promising("a writing sample").build());

        PlannedMessage promise = message(plan, "acme/promise-reminder/self");
        assertDue("2026-11-20T08:00", NEW_YORK, promise);
        assertTrue(promise.reason().contains("waking hours"), promise.reason());
        assertDue("2026-11-20T20:30", NEW_YORK, message(plan, "acme/debrief/self"));
    }

    @Test
    void a_late_reminder_to_self_waits_for_the_morning() {
        clock.set("2026-11-21T02:00");
        PlannedMessage debrief = message(planner.plan(acme().on("2026-11-19T20:30").build()), "acme/debrief/self");

        assertDue("2026-11-21T08:00", NEW_YORK, debrief);
    }

    @Test
    void the_self_window_can_be_changed_and_switched_off() {
        SendWindow late = new SendWindow(true, SendWindow.WAKING_HOURS.days(), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(23, 0));
        Planner owl = new Planner(Policy.DEFAULTS.withSelfWindow(late), alex(), clock);
        List<PlannedMessage> plan = owl.plan(acme().on("2026-11-19T20:30").promising("a writing sample").build());
        assertDue("2026-11-19T21:30", NEW_YORK, message(plan, "acme/promise-reminder/self"));

        Planner early = new Planner(Policy.DEFAULTS.withSelfWindow(late), alex(), clock);
        List<PlannedMessage> morning = early.plan(acme().on("2026-11-19T07:00").promising("a sample").build());
        assertDue("2026-11-19T10:00", NEW_YORK, message(morning, "acme/promise-reminder/self"));
    }

    @Test
    void the_call_reminder_comes_on_a_business_day_in_the_companys_hours_and_the_senders_waking_hours() {
        // the second follow-up went out on Friday 16:30: + 2d is Sunday; the contact is in Berlin
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Interview remote = acme().on("2026-11-10T10:00").with(Fixtures.jane().in(berlin)).build();
        History sent = history().sent(FOLLOW_UP, local("2026-11-24T10:00", berlin))
                .sent("acme/second-follow-up/" + JANE, local("2026-11-27T16:30", berlin)).build();
        clock.set("2026-11-27T12:00");

        PlannedMessage call = message(planner.plan(remote, sent), "acme/call-reminder/self");

        // Monday 09:00 Berlin is 03:00 in New York: the sender is asleep; 08:00 New York is 14:00 Berlin
        assertDue("2026-11-30T08:00", NEW_YORK, call);
        assertTrue(call.reason().contains("can be called"), call.reason());
    }
}
