package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.NEW_YORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test clock itself: it stands still, and moves only when told to. */
class SettableClockTest {

    @Test
    void a_clock_set_to_a_local_time_shows_that_instant_until_it_is_moved() {
        SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);

        assertEquals(Instant.parse("2026-11-17T13:00:00Z"), clock.instant());
        assertEquals(Instant.parse("2026-11-17T13:00:00Z"), clock.instant());
        assertEquals(NEW_YORK, clock.getZone());
    }

    @Test
    void setting_and_advancing_move_the_clock() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-17T13:00:00Z"));

        clock.advance(Duration.ofHours(49));
        assertEquals(Instant.parse("2026-11-19T14:00:00Z"), clock.instant());
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), clock.instant());
    }

    @Test
    void a_clock_in_another_zone_shares_the_instant() {
        SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);
        Clock inBerlin = clock.withZone(BERLIN);

        clock.advance(Duration.ofMinutes(5));

        assertEquals(BERLIN, inBerlin.getZone());
        assertEquals(clock.instant(), inBerlin.instant());
    }
}
