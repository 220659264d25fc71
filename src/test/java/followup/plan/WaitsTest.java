package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.assertAt;
import static followup.plan.Fixtures.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Whole days are calendar days in the zone; anything else is elapsed time. */
class WaitsTest {

    @Test
    void a_day_after_the_saturday_before_spring_forward_is_the_same_local_time_23_hours_later() {
        Instant start = local("2026-03-07T14:00", NEW_YORK);

        Instant after = Waits.after(start, Duration.ofDays(1), NEW_YORK);

        assertAt("2026-03-08T14:00", NEW_YORK, after);
        assertEquals(Duration.ofHours(23), Duration.between(start, after));
    }

    @Test
    void a_day_after_the_saturday_before_fall_back_is_the_same_local_time_25_hours_later() {
        Instant start = local("2026-10-24T14:00", BERLIN);

        Instant after = Waits.after(start, Duration.ofDays(1), BERLIN);

        assertAt("2026-10-25T14:00", BERLIN, after);
        assertEquals(Duration.ofHours(25), Duration.between(start, after));
    }

    @Test
    void a_week_after_keeps_the_time_of_day_across_a_change() {
        assertAt("2026-11-07T10:00", NEW_YORK, Waits.after(local("2026-10-31T10:00", NEW_YORK), Duration.ofDays(7),
                NEW_YORK));
    }

    @Test
    void whole_days_are_counted_in_the_zone_given_not_in_utc() {
        // 14:00 in New York on 7 March is 20:00 in Berlin; one Berlin day later is 20:00 Berlin on 8 March,
        // which is 15:00 in New York (daylight time there already).
        Instant after = Waits.after(local("2026-03-07T14:00", NEW_YORK), Duration.ofDays(1), BERLIN);

        assertAt("2026-03-08T20:00", BERLIN, after);
        assertAt("2026-03-08T15:00", NEW_YORK, after);
    }

    @Test
    void hours_are_elapsed_time_across_spring_forward() {
        Instant after = Waits.after(local("2026-03-08T00:30", NEW_YORK), Duration.ofHours(3), NEW_YORK);

        assertAt("2026-03-08T04:30", NEW_YORK, after);
    }

    @Test
    void hours_are_elapsed_time_across_fall_back() {
        Instant after = Waits.after(local("2026-10-25T01:00", BERLIN), Duration.ofHours(3), BERLIN);

        assertAt("2026-10-25T03:00", BERLIN, after);
    }

    @Test
    void minutes_are_elapsed_time() {
        Instant start = local("2026-11-01T00:45", NEW_YORK);

        assertEquals(start.plusSeconds(90 * 60), Waits.after(start, Duration.ofMinutes(90), NEW_YORK));
    }

    @Test
    void a_day_landing_in_the_spring_forward_gap_moves_forward_by_the_gap() {
        assertAt("2026-03-08T03:30", NEW_YORK, Waits.after(local("2026-03-07T02:30", NEW_YORK), Duration.ofDays(1),
                NEW_YORK));
    }

    @Test
    void no_wait_is_no_wait() {
        Instant start = local("2026-11-17T10:00", NEW_YORK);

        assertEquals(start, Waits.after(start, Duration.ZERO, NEW_YORK));
    }

    @Test
    void waits_are_described_the_way_the_config_writes_them() {
        assertEquals("3h", Waits.describe(Duration.ofHours(3)));
        assertEquals("2d", Waits.describe(Duration.ofDays(2)));
        assertEquals("90m", Waits.describe(Duration.ofMinutes(90)));
        assertEquals("45s", Waits.describe(Duration.ofSeconds(45)));
        assertEquals("0s", Waits.describe(Duration.ZERO));
    }
}
