package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.RAJ;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertAt;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.history;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.local;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.raj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up, the second follow-up and the call reminder, from the record, the history and the clock. */
class FollowUpTest {
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private static final String SECOND = "acme/second-follow-up/" + JANE;
    private static final String CALL = "acme/call-reminder/self";

    private final SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    /** Tuesday 17 November 2026, 10:00 New York. */
    private final Interview tuesday = acme().on("2026-11-17T10:00").build();

    // ---------------------------------------------------------------- when the follow-up is due

    @Test
    void without_a_stated_timeline_the_follow_up_is_a_week_after_the_interview() {
        PlannedMessage followUp = message(planner.plan(tuesday), FOLLOW_UP);

        assertDue("2026-11-24T10:00", NEW_YORK, followUp);
        assertEquals("no stated timeline: interview + 7d", followUp.reason());
    }

    @Test
    void a_follow_up_a_week_after_a_wednesday_evening_interview_moves_to_thursday_09_00() {
        PlannedMessage followUp = message(planner.plan(acme().on("2026-11-18T18:00").build()), FOLLOW_UP);

        assertDue("2026-11-26T09:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("moved into the send window"), followUp.reason());
    }

    @Test
    void a_follow_up_a_week_after_a_saturday_interview_moves_to_monday_09_00() {
        PlannedMessage followUp = message(planner.plan(acme().on("2026-11-21T11:00").build()), FOLLOW_UP);

        assertDue("2026-11-30T09:00", NEW_YORK, followUp);
    }

    @Test
    void with_a_stated_timeline_the_follow_up_is_the_day_after_it_at_the_interviews_time_of_day() {
        Interview stated = acme().on("2026-11-17T10:00").nextStepBy("2026-11-25").build();

        PlannedMessage followUp = message(planner.plan(stated), FOLLOW_UP);

        assertDue("2026-11-26T10:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("next-step-by 2026-11-25"), followUp.reason());
        assertTrue(followUp.reason().contains("+ 1d"), followUp.reason());
    }

    @Test
    void a_stated_timeline_keeps_an_afternoon_interviews_time_of_day() {
        Interview stated = acme().on("2026-11-17T15:30").nextStepBy("2026-11-25").build();

        assertDue("2026-11-26T15:30", NEW_YORK, message(planner.plan(stated), FOLLOW_UP));
    }

    @Test
    void a_stated_timeline_ending_on_a_friday_moves_the_follow_up_to_monday_09_00() {
        Interview stated = acme().on("2026-11-17T10:00").nextStepBy("2026-11-27").build();

        PlannedMessage followUp = message(planner.plan(stated), FOLLOW_UP);

        // Friday 27th + 1d is Saturday 28th 10:00: closed; next opening Monday 30th 09:00.
        assertDue("2026-11-30T09:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("moved into the send window"), followUp.reason());
        assertDue("2026-12-03T09:00", NEW_YORK, message(planner.plan(stated), SECOND));
    }

    @Test
    void a_stated_timeline_after_an_evening_interview_moves_the_follow_up_to_the_next_morning() {
        Interview stated = acme().on("2026-11-18T18:00").nextStepBy("2026-11-24").build();

        // Wednesday 25th 18:00 is closed: Thursday 26th 09:00.
        assertDue("2026-11-26T09:00", NEW_YORK, message(planner.plan(stated), FOLLOW_UP));
    }

    @Test
    void a_stated_timeline_sooner_than_a_week_brings_the_follow_up_forward() {
        Interview stated = acme().on("2026-11-17T10:00").nextStepBy("2026-11-19").build();

        assertDue("2026-11-20T10:00", NEW_YORK, message(planner.plan(stated), FOLLOW_UP));
    }

    @Test
    void a_stated_timeline_ending_on_the_interviews_day_leaves_a_day_between_the_thank_you_and_the_follow_up() {
        // "we will decide by the end of today": Tuesday 14:00 + 3h is 17:00, so Jane's thank-you goes on Wednesday
        // 09:00; the stated timeline + 1d is Wednesday 14:00, five hours later and with the debrief that prepares it
        Interview stated = acme().on("2026-11-17T14:00").nextStepBy("2026-11-17").build();

        List<PlannedMessage> plan = planner.plan(stated);

        assertDue("2026-11-18T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
        PlannedMessage followUp = message(plan, FOLLOW_UP);
        assertDue("2026-11-19T09:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("not sooner than 1d after the thank-you to Jane Doe"),
                followUp.reason());
        assertDue("2026-11-23T09:00", NEW_YORK, message(plan, SECOND));
    }

    @Test
    void a_friday_evening_interview_with_a_berlin_contact_does_not_send_the_thank_you_and_follow_up_together() {
        // Friday 15:00 New York + 3h is midnight in Berlin: Jane's thank-you waits for Monday 09:00 there; the
        // stated timeline (Friday) + 1d is Saturday, whose next opening is the same Monday 09:00
        Interview stated = acme().on("2026-11-20T15:00").with(jane().in(BERLIN)).nextStepBy("2026-11-20").build();

        List<PlannedMessage> plan = planner.plan(stated);

        assertDue("2026-11-23T09:00", BERLIN, message(plan, "acme/thank-you/" + JANE));
        assertDue("2026-11-24T09:00", BERLIN, message(plan, FOLLOW_UP));
    }

    // ---------------------------------------------------------------- who it goes to

    @Test
    void the_follow_up_sequence_goes_to_the_named_contact() {
        Interview toRaj = acme().contact(RAJ).build();

        List<PlannedMessage> plan = planner.plan(toRaj);

        assertEquals(RAJ, message(plan, "acme/follow-up/" + RAJ).to().email());
        assertEquals(RAJ, message(plan, "acme/second-follow-up/" + RAJ).to().email());
        assertTrue(plan.stream().noneMatch(m -> m.key().equals(FOLLOW_UP)));
    }

    @Test
    void a_contact_in_berlin_gets_the_follow_ups_inside_the_berlin_window_and_the_call_reminder_stays_in_new_york() {
        Interview remote = acme().on("2026-11-17T12:00").with(jane().in(BERLIN), raj()).build();

        List<PlannedMessage> plan = planner.plan(remote);
        PlannedMessage followUp = message(plan, FOLLOW_UP);
        PlannedMessage second = message(plan, SECOND);
        PlannedMessage call = message(plan, CALL);

        // Tuesday 24th 12:00 New York is 18:00 Berlin: closed; Wednesday 09:00 Berlin.
        assertEquals(BERLIN, followUp.to().zone());
        assertDue("2026-11-25T09:00", BERLIN, followUp);
        // + 3d is Saturday: Monday 09:00 Berlin.
        assertDue("2026-11-30T09:00", BERLIN, second);
        // the reminder to self stays in New York
        assertEquals(NEW_YORK, call.to().zone());
        // two days after it is 03:00 in New York, 09:00 in Berlin: the reminder waits for the sender's waking hours
        // (08:00 New York, 14:00 Berlin, still inside Berlin's business hours)
        assertDue("2026-12-02T08:00", NEW_YORK, call);
    }

    @Test
    void without_any_interviewer_email_there_is_no_one_to_follow_up_with() {
        Interview noAddresses = acme().with(jane().withoutEmail(), raj().withoutEmail()).build();

        List<PlannedMessage> plan = planner.plan(noAddresses);

        for (String key : List.of("acme/follow-up/no-email:acme-corp", "acme/second-follow-up/no-email:acme-corp",
                CALL)) {
            PlannedMessage m = message(plan, key);
            assertEquals(State.SKIPPED, m.state(), key);
            assertFalse(m.applies(), key);
            assertTrue(m.reason().contains("no contact address"), m.reason());
        }
    }

    // ---------------------------------------------------------------- threading

    @Test
    void the_second_follow_up_replies_to_the_follow_ups_message_id() {
        List<PlannedMessage> plan = planner.plan(tuesday);

        assertEquals(message(plan, FOLLOW_UP).messageId(), message(plan, SECOND).inReplyTo());
        assertTrue(message(plan, SECOND).threadParent().isPresent());
        assertNull(message(plan, FOLLOW_UP).inReplyTo());
    }

    @Test
    void a_message_id_stored_in_the_history_is_kept_and_the_second_follow_up_replies_to_it() {
        History stored = history().messageId(FOLLOW_UP, "<stored-follow-up@example.com>")
                .messageId(SECOND, "<stored-second@example.com>").build();

        List<PlannedMessage> plan = planner.plan(tuesday, stored);

        assertEquals("<stored-follow-up@example.com>", message(plan, FOLLOW_UP).messageId());
        assertEquals("<stored-second@example.com>", message(plan, SECOND).messageId());
        assertEquals("<stored-follow-up@example.com>", message(plan, SECOND).inReplyTo());
    }

    // ---------------------------------------------------------------- counting from what actually went out

    @Test
    void once_the_follow_up_went_out_the_second_is_counted_from_the_instant_it_actually_did() {
        History history = history().sent(FOLLOW_UP, local("2026-11-24T11:17", NEW_YORK)).build();
        clock.set("2026-11-24T11:20");

        List<PlannedMessage> plan = planner.plan(tuesday, history);
        PlannedMessage followUp = message(plan, FOLLOW_UP);
        PlannedMessage second = message(plan, SECOND);
        PlannedMessage call = message(plan, CALL);

        assertEquals(State.SENT, followUp.state());
        assertDue("2026-11-24T11:17", NEW_YORK, followUp);
        assertEquals(State.PLANNED, second.state());
        assertDue("2026-11-27T11:17", NEW_YORK, second);
        assertFalse(second.estimated());
        assertTrue(second.reason().contains("went out"), second.reason());
        assertDue("2026-11-30T09:00", NEW_YORK, call); // Sunday 29th 11:17: Monday
        assertTrue(call.estimated(), "the call reminder waits for the second follow-up");
    }

    @Test
    void a_follow_up_that_went_out_late_on_a_thursday_puts_the_second_on_monday_09_00() {
        History history = history().sent(FOLLOW_UP, local("2026-11-26T16:00", NEW_YORK)).build();
        clock.set("2026-11-26T16:05");

        PlannedMessage second = message(planner.plan(tuesday, history), SECOND);

        assertDue("2026-11-30T09:00", NEW_YORK, second);
        assertFalse(second.estimated());
    }

    @Test
    void once_the_second_follow_up_went_out_the_call_reminder_is_two_days_after_the_instant_it_did() {
        History history = history()
                .sent(FOLLOW_UP, local("2026-11-24T11:17", NEW_YORK))
                .sent(SECOND, local("2026-11-27T11:20:05", NEW_YORK)).build();
        clock.set("2026-11-27T12:00");

        List<PlannedMessage> plan = planner.plan(tuesday, history);
        PlannedMessage second = message(plan, SECOND);
        PlannedMessage call = message(plan, CALL);

        assertEquals(State.SENT, second.state());
        assertAt("2026-11-27T11:20:05", NEW_YORK, second.due());
        assertFalse(second.estimated());
        // two days later is Sunday 29th 11:20:05: the call waits for the company's next business hours
        assertAt("2026-11-30T09:00", NEW_YORK, call.due());
        assertFalse(call.estimated());
        assertTrue(call.reason().contains("went out"), call.reason());
        assertEquals(State.PLANNED, call.state());
    }

    @Test
    void a_message_with_a_sent_instant_is_sent_and_keeps_that_instant_as_its_due() {
        History history = history().sent("acme/thank-you/" + JANE, local("2026-11-17T13:00:02", NEW_YORK)).build();
        clock.set("2026-11-17T13:01");

        List<PlannedMessage> plan = planner.plan(tuesday, history);

        assertEquals(State.SENT, message(plan, "acme/thank-you/" + JANE).state());
        assertAt("2026-11-17T13:00:02", NEW_YORK, message(plan, "acme/thank-you/" + JANE).due());
        assertEquals(State.PLANNED, message(plan, "acme/thank-you/" + RAJ).state());
    }

    // ---------------------------------------------------------------- estimating from the clock

    @Test
    void a_second_follow_up_whose_follow_up_is_overdue_but_unsent_is_estimated_from_now() {
        clock.set("2026-11-24T12:30");

        List<PlannedMessage> plan = planner.plan(tuesday);
        PlannedMessage followUp = message(plan, FOLLOW_UP);
        PlannedMessage second = message(plan, SECOND);

        assertEquals(State.PLANNED, followUp.state(), "still inside its missed-grace");
        assertDue("2026-11-24T10:00", NEW_YORK, followUp);
        assertDue("2026-11-27T12:30", NEW_YORK, second);
        assertTrue(second.estimated());
        assertDue("2026-11-30T09:00", NEW_YORK, message(plan, CALL)); // Sunday 29th 12:30: Monday
    }

    @Test
    void the_estimate_moves_on_with_the_clock_while_the_follow_up_stays_unsent() {
        clock.set("2026-11-24T12:30");
        PlannedMessage before = message(planner.plan(tuesday), SECOND);

        clock.advance(java.time.Duration.ofHours(2));
        PlannedMessage after = message(planner.plan(tuesday), SECOND);

        assertDue("2026-11-27T12:30", NEW_YORK, before);
        assertDue("2026-11-27T14:30", NEW_YORK, after);
        assertEquals(before.messageId(), after.messageId());
    }

    @Test
    void before_the_follow_up_is_due_the_second_is_estimated_from_its_planned_instant_not_from_now() {
        clock.set("2026-11-24T09:59");

        assertDue("2026-11-27T10:00", NEW_YORK, message(planner.plan(tuesday), SECOND));
    }
}
