package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.RAJ;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.raj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Daylight-saving changes: whole-day waits keep the local time of day, hour waits are elapsed time, and the window
 * opens at 09:00 local on both sides of the change. Changes in 2026: New York springs forward on 8 March and falls
 * back on 1 November; Berlin on 29 March and 25 October (all Sundays).
 */
class DaylightSavingTest {
    private final SettableClock clock = SettableClock.at("2026-01-01T00:00", NEW_YORK);
    /** Reminders at any hour, so that the night-time arithmetic of the waits is what these tests see. */
    private static final Policy NIGHT_OWL = Policy.DEFAULTS.withSelfWindow(new SendWindow(false,
            SendWindow.WAKING_HOURS.days(), SendWindow.WAKING_HOURS.from(), SendWindow.WAKING_HOURS.until()));
    private final Planner newYork = new Planner(NIGHT_OWL, alex(), clock);
    private final Planner berlin = new Planner(NIGHT_OWL, Fixtures.sender().in(BERLIN).build(), clock);

    private static Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    // ---------------------------------------------------------------- New York, spring forward (8 March 2026)

    @Test
    void new_york_saturday_before_spring_forward_debrief_is_at_the_same_local_time_23_hours_later() {
        Interview saturday = acme().on("2026-03-07T10:00").build();

        List<PlannedMessage> plan = newYork.plan(saturday);
        PlannedMessage debrief = message(plan, "acme/debrief/self");

        assertDue("2026-03-08T10:00", NEW_YORK, debrief);
        assertEquals(Duration.ofHours(23), between(saturday.start().toInstant(), debrief.due()));
        assertDue("2026-03-07T11:00", NEW_YORK, message(plan, "acme/promise-reminder/self"));
    }

    @Test
    void new_york_saturday_before_spring_forward_thank_you_waits_for_monday_09_00_daylight_time() {
        PlannedMessage jane = message(newYork.plan(acme().on("2026-03-07T10:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-03-09T09:00", NEW_YORK, jane);
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), jane.due(), "09:00 EDT is 13:00 UTC");
    }

    @Test
    void new_york_follow_up_a_week_after_a_saturday_interview_crossing_spring_forward_is_the_next_monday_09_00() {
        List<PlannedMessage> plan = newYork.plan(acme().on("2026-03-07T10:00").build());

        assertDue("2026-03-16T09:00", NEW_YORK, message(plan, "acme/follow-up/" + JANE));
        assertDue("2026-03-19T09:00", NEW_YORK, message(plan, "acme/second-follow-up/" + JANE));
        assertDue("2026-03-23T09:00", NEW_YORK, message(plan, "acme/call-reminder/self")); // Saturday 21st: Monday
    }

    @Test
    void new_york_follow_up_a_week_after_a_friday_interview_keeps_the_time_of_day_across_spring_forward() {
        Interview friday = acme().on("2026-03-06T14:00").build();

        PlannedMessage followUp = message(newYork.plan(friday), "acme/follow-up/" + JANE);

        assertDue("2026-03-13T14:00", NEW_YORK, followUp);
        assertEquals(Duration.ofDays(7).minusHours(1), between(friday.start().toInstant(), followUp.due()));
    }

    @Test
    void new_york_hour_waits_on_the_night_of_spring_forward_are_elapsed_time() {
        // 01:30 EST; one hour later the clocks read 03:30 EDT (02:30 does not exist that night).
        Interview night = acme().on("2026-03-08T01:30").build();

        List<PlannedMessage> plan = newYork.plan(night);

        assertDue("2026-03-08T03:30", NEW_YORK, message(plan, "acme/promise-reminder/self"));
        assertEquals(Duration.ofHours(1),
                between(night.start().toInstant(), message(plan, "acme/promise-reminder/self").due()));
        assertDue("2026-03-09T01:30", NEW_YORK, message(plan, "acme/debrief/self"));
        assertDue("2026-03-09T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
    }

    @Test
    void new_york_an_interview_at_a_time_that_does_not_exist_is_planned_from_the_first_valid_instant_after_it() {
        // 02:30 on 8 March does not exist in New York; java.time moves it forward by the gap, to 03:30 EDT.
        Interview inTheGap = acme().on("2026-03-08T02:30").build();

        List<PlannedMessage> plan = newYork.plan(inTheGap);

        assertEquals(8, plan.size());
        assertEquals(Fixtures.zoned("2026-03-08T03:30", NEW_YORK), inTheGap.start());
        assertDue("2026-03-08T04:30", NEW_YORK, message(plan, "acme/promise-reminder/self"));
        assertDue("2026-03-09T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
    }

    @Test
    void new_york_a_monday_window_opening_after_a_friday_evening_is_09_00_daylight_time() {
        Planner patient = new Planner(Policy.DEFAULTS.withThankYouLatest(Duration.ofHours(72)), alex(), clock);

        PlannedMessage jane = message(patient.plan(acme().on("2026-03-06T18:00").build()), "acme/thank-you/" + JANE);

        assertDue("2026-03-09T09:00", NEW_YORK, jane);
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), jane.due());
    }

    @Test
    void a_whole_day_thank_you_wait_keeps_the_time_of_day_across_spring_forward() {
        // A policy that waits a whole day before the thank-you, with no window: the same rule as every "1d".
        SendWindow always = new SendWindow(false, SendWindow.OFFICE_HOURS.days(), SendWindow.OFFICE_HOURS.from(),
                SendWindow.OFFICE_HOURS.until());
        Policy aDayLater = new Policy(Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(1),
                Duration.ofHours(48), true, Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(1),
                Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(2), always, Policy.OnUncertain.HOLD);

        PlannedMessage jane = message(new Planner(aDayLater, alex(), clock).plan(acme().on("2026-03-07T10:00").build()),
                "acme/thank-you/" + JANE);

        assertDue("2026-03-08T10:00", NEW_YORK, jane);
    }

    // ---------------------------------------------------------------- New York, fall back (1 November 2026)

    @Test
    void new_york_saturday_before_fall_back_debrief_is_at_the_same_local_time_25_hours_later() {
        Interview saturday = acme().on("2026-10-31T10:00").build();

        List<PlannedMessage> plan = newYork.plan(saturday);
        PlannedMessage debrief = message(plan, "acme/debrief/self");

        assertDue("2026-11-01T10:00", NEW_YORK, debrief);
        assertEquals(Duration.ofHours(25), between(saturday.start().toInstant(), debrief.due()));
        assertDue("2026-11-02T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), message(plan, "acme/thank-you/" + JANE).due(),
                "09:00 EST is 14:00 UTC");
        assertDue("2026-11-09T09:00", NEW_YORK, message(plan, "acme/follow-up/" + JANE));
    }

    @Test
    void new_york_hour_waits_on_the_night_of_fall_back_are_elapsed_time() {
        // 00:30 EDT plus three hours is 02:30 EST: the wall clock moved only two hours.
        Interview night = acme().on("2026-11-01T00:30").build();

        List<PlannedMessage> plan = newYork.plan(night);

        assertEquals(Instant.parse("2026-11-01T07:30:00Z"),
                night.start().toInstant().plus(Duration.ofHours(3)));
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), message(plan, "acme/promise-reminder/self").due());
        assertDue("2026-11-01T01:30", NEW_YORK, message(plan, "acme/promise-reminder/self"));
    }

    @Test
    void new_york_an_interview_in_the_repeated_hour_of_fall_back_is_read_as_the_first_01_30_and_planned_sensibly() {
        Interview overlap = acme().on("2026-11-01T01:30").build();

        List<PlannedMessage> plan = newYork.plan(overlap);

        assertEquals(8, plan.size());
        assertEquals(ZoneOffset.ofHours(-4), overlap.start().getOffset(), "the earlier of the two 01:30s (EDT)");
        // one hour later is the second 01:30 (EST)
        assertEquals(Instant.parse("2026-11-01T06:30:00Z"), message(plan, "acme/promise-reminder/self").due());
        assertDue("2026-11-02T09:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
        assertDue("2026-11-02T01:30", NEW_YORK, message(plan, "acme/debrief/self"));
        assertDue("2026-11-09T09:00", NEW_YORK, message(plan, "acme/follow-up/" + JANE));
        for (PlannedMessage m : plan) {
            assertTrue(!m.due().isBefore(overlap.start().toInstant()), m.key() + " before the interview");
        }
    }

    // ---------------------------------------------------------------- Berlin, spring forward (29 March 2026)

    @Test
    void berlin_saturday_before_spring_forward_keeps_whole_days_local_and_opens_monday_at_09_00_summer_time() {
        Interview saturday = acme().in(BERLIN).on("2026-03-28T14:00").build();

        List<PlannedMessage> plan = berlin.plan(saturday);

        assertDue("2026-03-28T15:00", BERLIN, message(plan, "acme/promise-reminder/self"));
        assertDue("2026-03-29T14:00", BERLIN, message(plan, "acme/debrief/self"));
        assertEquals(Duration.ofHours(23),
                between(saturday.start().toInstant(), message(plan, "acme/debrief/self").due()));
        assertDue("2026-03-30T09:00", BERLIN, message(plan, "acme/thank-you/" + JANE));
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), message(plan, "acme/thank-you/" + JANE).due());
        assertDue("2026-04-06T09:00", BERLIN, message(plan, "acme/follow-up/" + JANE));
    }

    @Test
    void berlin_hour_waits_on_the_night_of_spring_forward_are_elapsed_time() {
        // 01:30 CET plus one hour is 03:30 CEST.
        Interview night = acme().in(BERLIN).on("2026-03-29T01:30").build();

        List<PlannedMessage> plan = berlin.plan(night);

        assertDue("2026-03-29T03:30", BERLIN, message(plan, "acme/promise-reminder/self"));
        assertDue("2026-03-30T01:30", BERLIN, message(plan, "acme/debrief/self"));
    }

    // ---------------------------------------------------------------- Berlin, fall back (25 October 2026)

    @Test
    void berlin_saturday_before_fall_back_keeps_whole_days_local_and_opens_monday_at_09_00_winter_time() {
        Interview saturday = acme().in(BERLIN).on("2026-10-24T14:00").build();

        List<PlannedMessage> plan = berlin.plan(saturday);

        assertDue("2026-10-25T14:00", BERLIN, message(plan, "acme/debrief/self"));
        assertEquals(Duration.ofHours(25),
                between(saturday.start().toInstant(), message(plan, "acme/debrief/self").due()));
        assertDue("2026-10-26T09:00", BERLIN, message(plan, "acme/thank-you/" + JANE));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), message(plan, "acme/thank-you/" + JANE).due());
        assertDue("2026-11-02T09:00", BERLIN, message(plan, "acme/follow-up/" + JANE));
    }

    @Test
    void berlin_an_interview_in_the_repeated_hour_of_fall_back_does_not_crash() {
        Interview overlap = acme().in(BERLIN).on("2026-10-25T02:30").build();

        List<PlannedMessage> plan = berlin.plan(overlap);

        assertEquals(8, plan.size());
        assertEquals(ZoneOffset.ofHours(2), overlap.start().getOffset(), "the earlier of the two 02:30s (CEST)");
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), message(plan, "acme/promise-reminder/self").due());
        assertDue("2026-10-26T09:00", BERLIN, message(plan, "acme/thank-you/" + JANE));
        assertDue("2026-10-26T02:30", BERLIN, message(plan, "acme/debrief/self"));
    }

    // ---------------------------------------------------------------- zones that change on different dates

    @Test
    void between_the_two_spring_changes_new_york_and_berlin_are_five_hours_apart_and_berlin_still_opens_at_09_00() {
        // 17 March: New York is on EDT already, Berlin still on CET. 10:00 EDT is 15:00 CET.
        Interview remote = acme().on("2026-03-17T10:00").with(jane(), raj().in(BERLIN)).build();

        List<PlannedMessage> plan = newYork.plan(remote);
        PlannedMessage raj = message(plan, "acme/thank-you/" + RAJ);

        // 13:00 EDT is 18:00 CET, closed; Berlin opens Wednesday 09:00 CET, 04:00 EDT.
        assertDue("2026-03-18T09:00", BERLIN, raj);
        assertDue("2026-03-18T04:00", NEW_YORK, raj);
        assertDue("2026-03-17T13:00", NEW_YORK, message(plan, "acme/thank-you/" + JANE));
    }
}
