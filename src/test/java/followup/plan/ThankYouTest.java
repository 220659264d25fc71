package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.RAJ;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.interviewer;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.local;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.messages;
import static followup.plan.Fixtures.raj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thank-you: at + 3h, moved into the recipient's window unless that is later than at + latest. */
class ThankYouTest {
    private final SettableClock clock = SettableClock.at("2026-11-01T00:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    private List<PlannedMessage> plan(Interview interview) {
        return planner.plan(interview);
    }

    // ---------------------------------------------------------------- the window and the 48-hour clamp

    @Test
    void thank_you_after_a_friday_afternoon_interview_is_sent_friday_evening_when_monday_is_past_the_latest_bound() {
        Interview friday = acme().on("2026-11-20T14:00").build();

        PlannedMessage jane = message(plan(friday), "acme/thank-you/" + JANE);

        // 17:00 is closed (until is exclusive); the next opening, Monday 09:00, is at + 67h > at + 48h.
        assertDue("2026-11-20T17:00", NEW_YORK, jane);
        assertEquals(State.PLANNED, jane.state());
        assertTrue(jane.reason().contains("a prompt note beats a late one"), jane.reason());
        assertEquals(local("2026-11-22T14:00", NEW_YORK), jane.latest());
    }

    @Test
    void every_interviewer_of_a_friday_afternoon_interview_gets_the_friday_evening_thank_you() {
        List<PlannedMessage> thankYous = messages(plan(acme().on("2026-11-20T14:00").build()), Step.THANK_YOU);

        assertEquals(2, thankYous.size());
        for (PlannedMessage m : thankYous) {
            assertDue("2026-11-20T17:00", NEW_YORK, m);
        }
    }

    @Test
    void with_a_latest_bound_of_72_hours_the_friday_afternoon_thank_you_waits_for_monday_morning() {
        Planner patient = new Planner(Policy.DEFAULTS.withThankYouLatest(Duration.ofHours(72)), alex(), clock);

        PlannedMessage jane = message(patient.plan(acme().on("2026-11-20T14:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-11-23T09:00", NEW_YORK, jane);
        assertTrue(jane.reason().contains("moved to its next opening"), jane.reason());
        assertEquals(local("2026-11-23T14:00", NEW_YORK), jane.latest());
    }

    @Test
    void an_opening_exactly_at_the_latest_bound_is_still_taken() {
        // Friday 14:00 + 67h is Monday 09:00: with latest = 67h the opening is "no later than" the bound.
        Planner exact = new Planner(Policy.DEFAULTS.withThankYouLatest(Duration.ofHours(67)), alex(), clock);

        PlannedMessage jane = message(exact.plan(acme().on("2026-11-20T14:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-11-23T09:00", NEW_YORK, jane);
    }

    @Test
    void a_friday_interview_ending_a_minute_earlier_gets_its_thank_you_at_16_59_inside_the_window() {
        PlannedMessage jane = message(plan(acme().on("2026-11-20T13:59").build()), "acme/thank-you/" + JANE);

        assertDue("2026-11-20T16:59", NEW_YORK, jane);
        assertEquals("interview + 3h", jane.reason());
    }

    @Test
    void thank_you_after_a_wednesday_evening_interview_waits_for_thursday_morning() {
        PlannedMessage jane = message(plan(acme().on("2026-11-18T18:00").build()), "acme/thank-you/" + JANE);

        // 21:00 is closed; Thursday 09:00 is at + 15h, inside the 48h bound.
        assertDue("2026-11-19T09:00", NEW_YORK, jane);
        assertTrue(jane.reason().contains("moved to its next opening"), jane.reason());
    }

    @Test
    void thank_you_after_an_early_morning_interview_waits_for_the_window_to_open_the_same_day() {
        PlannedMessage jane = message(plan(acme().on("2026-11-17T05:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-11-17T09:00", NEW_YORK, jane);
    }

    @Test
    void thank_you_after_a_saturday_interview_waits_for_monday_when_that_is_within_48_hours() {
        PlannedMessage jane = message(plan(acme().on("2026-11-21T11:00").build()), "acme/thank-you/" + JANE);

        // Saturday 14:00 is closed; Monday 09:00 is at + 46h.
        assertDue("2026-11-23T09:00", NEW_YORK, jane);
    }

    @Test
    void with_the_send_window_disabled_the_thank_you_goes_out_at_plus_three_hours_whenever_that_is() {
        SendWindow always = new SendWindow(false, SendWindow.OFFICE_HOURS.days(), SendWindow.OFFICE_HOURS.from(),
                SendWindow.OFFICE_HOURS.until());
        Planner anytime = new Planner(Policy.DEFAULTS.withWindow(always), alex(), clock);

        PlannedMessage jane = message(anytime.plan(acme().on("2026-11-18T18:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-11-18T21:00", NEW_YORK, jane);
        assertEquals("interview + 3h", jane.reason());
    }

    // ---------------------------------------------------------------- the recipient's zone

    @Test
    void the_thank_you_to_an_interviewer_in_berlin_follows_the_berlin_send_window() {
        Interview remote = acme().on("2026-11-17T10:00")
                .with(jane(), raj().in(BERLIN))
                .build();

        List<PlannedMessage> plan = plan(remote);
        PlannedMessage raj = message(plan, "acme/thank-you/" + RAJ);
        PlannedMessage jane = message(plan, "acme/thank-you/" + JANE);

        // 13:00 in New York is 19:00 in Berlin: closed there; Berlin opens Wednesday 09:00 (03:00 in New York).
        assertEquals(BERLIN, raj.to().zone());
        assertDue("2026-11-18T09:00", BERLIN, raj);
        assertDue("2026-11-18T03:00", NEW_YORK, raj);
        assertEquals(NEW_YORK, jane.to().zone());
        assertDue("2026-11-17T13:00", NEW_YORK, jane);
    }

    @Test
    void a_thank_you_that_is_inside_the_berlin_window_but_outside_the_new_york_one_is_not_moved() {
        // 03:00 in New York is 09:00 in Berlin; the thank-you at 06:00 New York is 12:00 Berlin.
        Interview early = acme().on("2026-11-17T03:00").with(jane(), raj().in(BERLIN)).build();

        List<PlannedMessage> plan = plan(early);

        assertDue("2026-11-17T12:00", BERLIN, message(plan, "acme/thank-you/" + RAJ));
        assertDue("2026-11-17T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
    }

    @Test
    void an_interviewer_without_a_zone_of_their_own_is_in_the_records_zone_not_the_senders() {
        Interview inBerlin = acme().in(BERLIN).on("2026-11-17T10:00").build();
        Sender newYorker = Fixtures.sender().in(NEW_YORK).build();

        PlannedMessage jane = message(new Planner(Policy.DEFAULTS, newYorker, clock).plan(inBerlin),
                "acme/thank-you/" + JANE);

        assertEquals(BERLIN, jane.to().zone());
        assertDue("2026-11-17T13:00", BERLIN, jane);
    }

    // ---------------------------------------------------------------- who gets one

    @Test
    void an_interviewer_without_an_email_is_skipped_by_name_and_the_others_still_get_their_thank_you() {
        Interview interview = acme().on("2026-11-17T10:00").with(jane(), raj().withoutEmail()).build();

        List<PlannedMessage> plan = plan(interview);
        PlannedMessage raj = message(plan, "acme/thank-you/no-email:raj-patel");
        PlannedMessage jane = message(plan, "acme/thank-you/" + JANE);

        assertEquals(State.SKIPPED, raj.state());
        assertFalse(raj.applies());
        assertTrue(raj.reason().contains("Raj Patel"), raj.reason());
        assertTrue(raj.reason().contains("no email"), raj.reason());
        assertEquals(State.PLANNED, jane.state());
        assertTrue(jane.applies());
        assertDue("2026-11-17T13:00", NEW_YORK, jane);
        assertEquals(2, messages(plan, Step.THANK_YOU).size());
    }

    @Test
    void an_interviewer_who_wants_a_handwritten_card_gets_no_email_and_the_card_reminder_is_planned() {
        Interview interview = acme().on("2026-11-17T10:00").with(jane(), raj().wantsHandwrittenCard()).build();

        List<PlannedMessage> plan = plan(interview);
        PlannedMessage raj = message(plan, "acme/thank-you/" + RAJ);
        PlannedMessage card = message(plan, "acme/handwritten-note/self");

        assertEquals(State.SKIPPED, raj.state());
        assertFalse(raj.applies());
        assertTrue(raj.reason().contains("Raj Patel"), raj.reason());
        assertTrue(raj.reason().contains("handwritten"), raj.reason());
        assertEquals(State.PLANNED, card.state());
        assertTrue(card.applies());
        assertDue("2026-11-17T11:00", NEW_YORK, card);
        assertEquals(State.PLANNED, message(plan, "acme/thank-you/" + JANE).state());
    }

    @Test
    void a_handwritten_card_for_an_interviewer_without_email_is_still_planned() {
        Interview interview = acme().with(jane(), raj().withoutEmail().wantsHandwrittenCard()).build();

        List<PlannedMessage> plan = plan(interview);

        assertEquals(State.PLANNED, message(plan, "acme/handwritten-note/self").state());
        assertFalse(message(plan, "acme/thank-you/no-email:raj-patel").applies());
    }

    @Test
    void without_a_card_wanted_the_handwritten_note_is_skipped() {
        PlannedMessage card = message(plan(acme().build()), "acme/handwritten-note/self");

        assertEquals(State.SKIPPED, card.state());
        assertFalse(card.applies());
        assertTrue(card.reason().contains("no interviewer wants a handwritten card"), card.reason());
    }

    @Test
    void two_interviewers_without_email_get_distinct_keys() {
        Interview interview = acme().with(jane(), interviewer("Sam Lee"), interviewer("Kim O'Neil")).build();

        List<PlannedMessage> plan = plan(interview);

        assertEquals(State.SKIPPED, message(plan, "acme/thank-you/no-email:sam-lee").state());
        assertEquals(State.SKIPPED, message(plan, "acme/thank-you/no-email:kim-o-neil").state());
    }
}
