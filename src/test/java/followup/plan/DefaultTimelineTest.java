package followup.plan;

import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.RAJ;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.interviewer;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.keys;
import static followup.plan.Fixtures.local;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.raj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole default timeline of a Tuesday 10:00 interview in New York (PRODUCT.md section 3, every default). */
class DefaultTimelineTest {
    private static final String MARIA = "maria@acme.example";

    private final SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    /** Tuesday 17 November 2026, 10:00 in New York; Maria asked for a handwritten card. */
    private final Interview tuesday = acme().on("2026-11-17T10:00")
            .with(jane(), raj(), interviewer("Maria Garcia").titled("Recruiter").email(MARIA).wantsHandwrittenCard()
                    .livingAt("1 Main St, Springfield"))
            .build();

    @Test
    void a_tuesday_morning_interview_plans_every_step_in_order_at_its_default_instant() {
        List<PlannedMessage> plan = planner.plan(tuesday);

        assertEquals(List.of(
                "acme/promise-reminder/self",
                "acme/handwritten-note/self",
                "acme/thank-you/" + JANE,
                "acme/thank-you/" + MARIA,
                "acme/thank-you/" + RAJ,
                "acme/debrief/self",
                "acme/follow-up/" + JANE,
                "acme/second-follow-up/" + JANE,
                "acme/call-reminder/self"), keys(plan));

        assertDue("2026-11-17T11:00", NEW_YORK, message(plan, "acme/promise-reminder/self"));
        assertDue("2026-11-17T11:00", NEW_YORK, message(plan, "acme/handwritten-note/self"));
        assertDue("2026-11-17T13:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
        assertDue("2026-11-17T13:00", NEW_YORK, message(plan, "acme/thank-you/" + RAJ));
        assertDue("2026-11-18T10:00", NEW_YORK, message(plan, "acme/debrief/self"));
        assertDue("2026-11-24T10:00", NEW_YORK, message(plan, "acme/follow-up/" + JANE));
        assertDue("2026-11-27T10:00", NEW_YORK, message(plan, "acme/second-follow-up/" + JANE));
        // two days after the second follow-up is a Sunday: the call waits for Monday, when the company can be called
        assertDue("2026-11-30T09:00", NEW_YORK, message(plan, "acme/call-reminder/self"));
    }

    @Test
    void every_applicable_message_of_a_fresh_interview_is_planned() {
        List<PlannedMessage> plan = planner.plan(tuesday);

        for (PlannedMessage m : plan) {
            if (m.key().equals("acme/thank-you/" + MARIA)) {
                continue;
            }
            assertTrue(m.applies(), m.key());
            assertEquals(State.PLANNED, m.state(), m.key() + ": " + m.reason());
            assertEquals("acme", m.interviewId());
        }
    }

    @Test
    void the_thank_you_inside_the_window_is_due_three_hours_after_the_interview_and_says_so() {
        PlannedMessage jane = message(planner.plan(tuesday), "acme/thank-you/" + JANE);

        assertEquals(local("2026-11-17T13:00", NEW_YORK), jane.due());
        assertEquals("interview + 3h", jane.reason());
        assertEquals(local("2026-11-19T10:00", NEW_YORK), jane.latest(), "thank-you latest is at + 48h");
        assertFalse(jane.estimated());
        assertEquals(JANE, jane.to().email());
        assertEquals("Jane Doe", jane.to().name());
        assertEquals(NEW_YORK, jane.to().zone());
        assertEquals("Jane Doe", jane.interviewer().name());
        assertNull(jane.inReplyTo());
    }

    @Test
    void messages_to_self_go_to_the_senders_notify_address_in_the_senders_zone() {
        Sender sender = Fixtures.sender().notifying("alerts@example.com").build();
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, clock).plan(tuesday);

        for (String key : List.of("acme/promise-reminder/self", "acme/handwritten-note/self", "acme/debrief/self",
                "acme/call-reminder/self")) {
            PlannedMessage m = message(plan, key);
            assertEquals("alerts@example.com", m.to().email(), key);
            assertEquals("Alex Morgan", m.to().name(), key);
            assertEquals(NEW_YORK, m.to().zone(), key);
        }
    }

    @Test
    void notify_defaults_to_the_senders_own_address() {
        PlannedMessage reminder = message(planner.plan(tuesday), "acme/promise-reminder/self");

        assertEquals("alex@example.com", reminder.to().email());
    }

    @Test
    void the_follow_up_sequence_goes_to_the_contact_and_the_second_one_is_estimated_until_the_first_goes_out() {
        List<PlannedMessage> plan = planner.plan(tuesday);
        PlannedMessage followUp = message(plan, "acme/follow-up/" + JANE);
        PlannedMessage second = message(plan, "acme/second-follow-up/" + JANE);
        PlannedMessage call = message(plan, "acme/call-reminder/self");

        assertEquals(JANE, followUp.to().email());
        assertFalse(followUp.estimated());
        assertNull(followUp.inReplyTo());
        assertEquals(JANE, second.to().email());
        assertTrue(second.estimated());
        assertEquals(followUp.messageId(), second.inReplyTo());
        assertTrue(call.estimated());
        assertNull(call.inReplyTo());
    }

    @Test
    void missed_bounds_are_the_due_instant_plus_the_two_day_grace_for_every_step_but_the_thank_you() {
        List<PlannedMessage> plan = planner.plan(tuesday);

        for (PlannedMessage m : plan) {
            if (m.step() == Step.THANK_YOU) {
                assertEquals(local("2026-11-19T10:00", NEW_YORK), m.latest(), m.key());
            } else {
                assertEquals(m.due().plus(Policy.DEFAULTS.missedGrace()), m.latest(), m.key());
            }
        }
    }

    @Test
    void keys_and_message_ids_are_the_same_on_every_plan() {
        List<PlannedMessage> first = planner.plan(tuesday);
        clock.advance(java.time.Duration.ofMinutes(30));
        List<PlannedMessage> second = new Planner(Policy.DEFAULTS, alex(), clock).plan(tuesday);

        assertEquals(keys(first), keys(second));
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).messageId(), second.get(i).messageId(), first.get(i).key());
            assertEquals(first.get(i).due(), second.get(i).due(), first.get(i).key());
        }
    }

    @Test
    void every_key_and_every_message_id_is_distinct() {
        List<PlannedMessage> plan = planner.plan(tuesday);
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();

        for (PlannedMessage m : plan) {
            assertTrue(keys.add(m.key()), "duplicate key " + m.key());
            assertNotNull(m.messageId(), m.key());
            assertTrue(ids.add(m.messageId()), "duplicate Message-ID " + m.messageId());
        }
    }

    @Test
    void a_message_id_is_an_opaque_hash_on_the_senders_domain_naming_neither_step_nor_record() {
        for (PlannedMessage m : planner.plan(tuesday)) {
            assertTrue(m.messageId().matches("<[0-9a-f]{32}@example\\.com>"), m.messageId());
            assertFalse(m.messageId().contains(m.step().id()) || m.messageId().contains("acme"), m.messageId());
        }
    }

    @Test
    void a_message_id_is_the_same_in_every_plan_and_a_stored_one_is_kept() {
        String first = message(planner.plan(tuesday), "acme/thank-you/" + JANE).messageId();
        clock.set("2026-11-20T12:00");
        assertEquals(first, message(planner.plan(tuesday), "acme/thank-you/" + JANE).messageId());
        History stored = History.of(java.util.Map.of(), java.util.Map.of("acme/thank-you/" + JANE,
                "<thank-you.acme.0123456789ab@example.com>"));
        assertEquals("<thank-you.acme.0123456789ab@example.com>",
                message(planner.plan(tuesday, stored), "acme/thank-you/" + JANE).messageId(),
                "a message stored with an ID of the earlier form keeps it");
    }

    @Test
    void another_sender_gets_other_message_ids_for_the_same_interview() {
        Sender other = Fixtures.sender().email("sam@example.org").build();
        PlannedMessage mine = message(planner.plan(tuesday), "acme/thank-you/" + JANE);
        PlannedMessage theirs = message(new Planner(Policy.DEFAULTS, other, clock).plan(tuesday),
                "acme/thank-you/" + JANE);

        assertFalse(mine.messageId().equals(theirs.messageId()));
    }

    @Test
    void an_interview_time_with_seconds_is_kept_to_the_second() {
        Interview withSeconds = acme().on("2026-11-17T10:00:30").build();

        PlannedMessage jane = message(planner.plan(withSeconds), "acme/thank-you/" + JANE);

        assertEquals(local("2026-11-17T13:00:30", NEW_YORK), jane.due());
    }
}
