package followup.plan;

import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.RAJ;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.history;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.local;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.raj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps that do not apply to a record, the policy's switches, closed records, and bounds missed while down. */
class SkipsAndCancellationsTest {
    private final SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    /** Tuesday 17 November 2026, 10:00 New York. */
    private final Interview tuesday = acme().on("2026-11-17T10:00").build();

    // ---------------------------------------------------------------- steps that do not apply

    @Test
    void with_nothing_promised_the_promise_reminder_is_skipped() {
        PlannedMessage reminder = message(planner.plan(acme().promisingNothing().build()),
                "acme/promise-reminder/self");

        assertEquals(State.SKIPPED, reminder.state());
        assertFalse(reminder.applies());
        assertTrue(reminder.reason().contains("promised-by-me is empty"), reminder.reason());
    }

    @Test
    void with_something_promised_the_promise_reminder_is_an_hour_after_the_interview() {
        PlannedMessage reminder = message(planner.plan(tuesday), "acme/promise-reminder/self");

        assertEquals(State.PLANNED, reminder.state());
        assertDue("2026-11-17T11:00", NEW_YORK, reminder);
        assertEquals("interview + 1h", reminder.reason());
    }

    @Test
    void with_the_debrief_disabled_in_the_policy_the_debrief_is_skipped() {
        Planner noDebrief = new Planner(Policy.DEFAULTS.withDebrief(false), alex(), clock);

        PlannedMessage debrief = message(noDebrief.plan(tuesday), "acme/debrief/self");

        assertEquals(State.SKIPPED, debrief.state());
        assertFalse(debrief.applies());
        assertTrue(debrief.reason().contains("policy.debrief.enabled = false"), debrief.reason());
    }

    @Test
    void a_debrief_partner_of_the_sender_is_copied_on_the_debrief_and_only_on_the_debrief() {
        Sender withFriend = Fixtures.sender().debriefingWith("friend@example.net").build();

        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, withFriend, clock).plan(tuesday);

        PlannedMessage debrief = message(plan, "acme/debrief/self");
        assertEquals(List.of("friend@example.net"), debrief.cc());
        assertEquals("alex@example.com", debrief.to().email());
        assertDue("2026-11-18T10:00", NEW_YORK, debrief);
        for (PlannedMessage m : plan) {
            if (m.step() != Step.DEBRIEF) {
                assertEquals(List.of(), m.cc(), m.key());
            }
        }
    }

    @Test
    void without_a_debrief_partner_the_debrief_has_no_copy() {
        assertEquals(List.of(), message(planner.plan(tuesday), "acme/debrief/self").cc());
    }

    // ---------------------------------------------------------------- closed records

    @Test
    void a_closed_record_cancels_every_applicable_message() {
        Interview closed = acme().on("2026-11-17T10:00").with(jane(), raj().withoutEmail()).closed().build();

        List<PlannedMessage> plan = planner.plan(closed);

        assertEquals(8, plan.size());
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                assertEquals(State.CANCELLED, m.state(), m.key());
                assertTrue(m.reason().contains("closed"), m.reason());
            } else {
                assertEquals(State.SKIPPED, m.state(), m.key());
            }
        }
        assertEquals(State.CANCELLED, message(plan, "acme/thank-you/" + JANE).state());
        assertEquals(State.CANCELLED, message(plan, "acme/follow-up/" + JANE).state());
        assertEquals(State.SKIPPED, message(plan, "acme/thank-you/no-email:raj-patel").state());
        // Raj has no email: the reminder to thank him another way applies, and is cancelled with the rest
        assertEquals(State.CANCELLED, message(plan, "acme/handwritten-note/self").state());
    }

    @Test
    void closing_a_record_keeps_what_already_went_out_as_sent() {
        Interview closed = acme().on("2026-11-17T10:00").closed().build();
        History history = history().sent("acme/thank-you/" + JANE, local("2026-11-17T13:00", NEW_YORK)).build();
        clock.set("2026-11-18T12:00");

        List<PlannedMessage> plan = planner.plan(closed, history);

        assertEquals(State.SENT, message(plan, "acme/thank-you/" + JANE).state());
        assertEquals(State.CANCELLED, message(plan, "acme/thank-you/" + RAJ).state());
        assertEquals(State.CANCELLED, message(plan, "acme/follow-up/" + JANE).state());
    }

    // ---------------------------------------------------------------- missed while down

    @Test
    void a_thank_you_not_sent_by_its_latest_bound_is_skipped_as_missed() {
        clock.set("2026-11-19T10:00:01");

        PlannedMessage jane = message(planner.plan(tuesday), "acme/thank-you/" + JANE);

        assertEquals(State.SKIPPED, jane.state());
        assertTrue(jane.reason().startsWith("missed"), jane.reason());
        assertTrue(jane.reason().contains("Thu 19 Nov 10:00"), jane.reason());
    }

    @Test
    void a_thank_you_overdue_but_not_past_its_latest_bound_is_still_planned() {
        clock.set("2026-11-19T10:00");

        PlannedMessage jane = message(planner.plan(tuesday), "acme/thank-you/" + JANE);

        assertEquals(State.PLANNED, jane.state());
        assertDue("2026-11-17T13:00", NEW_YORK, jane);
    }

    @Test
    void a_reminder_to_self_is_missed_only_after_its_due_instant_plus_the_grace() {
        clock.set("2026-11-19T11:00");
        PlannedMessage stillOn = message(planner.plan(tuesday), "acme/promise-reminder/self");
        clock.advance(java.time.Duration.ofSeconds(1));
        PlannedMessage missed = message(planner.plan(tuesday), "acme/promise-reminder/self");

        assertEquals(State.PLANNED, stillOn.state());
        assertEquals(State.SKIPPED, missed.state());
        assertTrue(missed.reason().startsWith("missed"), missed.reason());
    }

    @Test
    void a_follow_up_not_sent_by_its_due_plus_grace_is_skipped_as_missed() {
        clock.set("2026-11-26T10:00:01");

        PlannedMessage followUp = message(planner.plan(tuesday), "acme/follow-up/" + JANE);

        assertEquals(State.SKIPPED, followUp.state());
        assertTrue(followUp.reason().startsWith("missed"), followUp.reason());
    }

    @Test
    void a_sent_message_is_never_reported_missed() {
        History history = history().sent("acme/thank-you/" + JANE, local("2026-11-17T13:00", NEW_YORK)).build();
        clock.set("2026-12-31T00:00");

        assertEquals(State.SENT, message(planner.plan(tuesday, history), "acme/thank-you/" + JANE).state());
    }

    @Test
    void a_step_that_does_not_apply_keeps_its_own_reason_when_its_bound_passes_or_the_record_closes() {
        Interview nothingPromised = acme().promisingNothing().closed().build();
        clock.set("2026-12-31T00:00");

        PlannedMessage reminder = message(planner.plan(nothingPromised), "acme/promise-reminder/self");

        assertEquals(State.SKIPPED, reminder.state());
        assertTrue(reminder.reason().contains("promised-by-me is empty"), reminder.reason());
    }

    @Test
    void a_missed_thank_you_to_berlin_names_its_bound_in_berlin_time() {
        Interview remote = acme().on("2026-11-17T10:00").with(jane(), raj().in(Fixtures.BERLIN)).build();
        clock.set("2026-11-19T10:00:01");

        PlannedMessage raj = message(planner.plan(remote), "acme/thank-you/" + RAJ);

        assertEquals(State.SKIPPED, raj.state());
        assertTrue(raj.reason().startsWith("missed"), raj.reason());
        assertTrue(raj.reason().contains("Thu 19 Nov 16:00"), raj.reason());
    }
}
