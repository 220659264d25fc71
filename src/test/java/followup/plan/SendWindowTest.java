package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.assertAt;
import static followup.plan.Fixtures.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Monday to Friday, 09:00 (inclusive) to 17:00 (exclusive), in the recipient's zone. */
class SendWindowTest {
    private final SendWindow office = SendWindow.OFFICE_HOURS;

    private boolean open(String localDateTime) {
        return office.contains(local(localDateTime, NEW_YORK), NEW_YORK);
    }

    private Instant next(String localDateTime) {
        return office.nextOpening(local(localDateTime, NEW_YORK), NEW_YORK);
    }

    // ---------------------------------------------------------------- contains

    @Test
    void nine_oclock_on_a_weekday_is_inside_the_window() {
        assertTrue(open("2026-11-17T09:00"));
    }

    @Test
    void a_second_before_nine_is_outside_the_window() {
        assertFalse(open("2026-11-17T08:59:59"));
    }

    @Test
    void a_second_before_five_is_inside_the_window() {
        assertTrue(open("2026-11-17T16:59:59"));
    }

    @Test
    void five_oclock_itself_is_outside_the_window() {
        assertFalse(open("2026-11-17T17:00"));
    }

    @Test
    void saturday_and_sunday_noon_are_outside_the_window() {
        assertFalse(open("2026-11-21T12:00"));
        assertFalse(open("2026-11-22T12:00"));
    }

    @Test
    void monday_and_friday_noon_are_inside_the_window() {
        assertTrue(open("2026-11-16T12:00"));
        assertTrue(open("2026-11-20T12:00"));
    }

    @Test
    void the_same_instant_can_be_inside_the_window_in_berlin_and_outside_it_in_new_york() {
        Instant berlinMorning = local("2026-11-17T09:00", BERLIN); // 03:00 in New York

        assertTrue(office.contains(berlinMorning, BERLIN));
        assertFalse(office.contains(berlinMorning, NEW_YORK));
    }

    @Test
    void a_disabled_window_contains_every_instant_and_opens_at_once() {
        SendWindow off = new SendWindow(false, office.days(), office.from(), office.until());
        Instant saturdayNight = local("2026-11-21T23:00", NEW_YORK);

        assertTrue(off.contains(saturdayNight, NEW_YORK));
        assertEquals(saturdayNight, off.nextOpening(saturdayNight, NEW_YORK));
    }

    // ---------------------------------------------------------------- nextOpening

    @Test
    void an_instant_inside_the_window_is_its_own_next_opening() {
        assertAt("2026-11-17T10:15:30", NEW_YORK, next("2026-11-17T10:15:30"));
    }

    @Test
    void from_saturday_the_next_opening_is_monday_09_00() {
        assertAt("2026-11-23T09:00", NEW_YORK, next("2026-11-21T10:00"));
    }

    @Test
    void from_late_sunday_the_next_opening_is_monday_09_00() {
        assertAt("2026-11-23T09:00", NEW_YORK, next("2026-11-22T23:59"));
    }

    @Test
    void from_friday_17_00_the_next_opening_is_monday_09_00() {
        assertAt("2026-11-23T09:00", NEW_YORK, next("2026-11-20T17:00"));
    }

    @Test
    void from_a_weekday_before_opening_the_next_opening_is_09_00_the_same_day() {
        assertAt("2026-11-17T09:00", NEW_YORK, next("2026-11-17T07:00"));
        assertAt("2026-11-17T09:00", NEW_YORK, next("2026-11-17T00:00"));
    }

    @Test
    void from_a_weekday_evening_the_next_opening_is_09_00_the_next_day() {
        assertAt("2026-11-18T09:00", NEW_YORK, next("2026-11-17T17:30"));
    }

    @Test
    void from_friday_evening_before_spring_forward_the_next_opening_is_monday_09_00_daylight_time() {
        Instant opening = next("2026-03-06T17:00");

        assertAt("2026-03-09T09:00", NEW_YORK, opening);
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), opening);
    }

    @Test
    void from_the_night_of_spring_forward_the_next_opening_is_monday_09_00_daylight_time() {
        assertAt("2026-03-09T09:00", NEW_YORK, next("2026-03-08T01:59"));
        assertAt("2026-03-09T09:00", NEW_YORK, next("2026-03-08T03:00"));
    }

    @Test
    void from_saturday_before_fall_back_the_next_opening_is_monday_09_00_standard_time() {
        Instant opening = next("2026-10-31T12:00");

        assertAt("2026-11-02T09:00", NEW_YORK, opening);
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), opening);
    }

    @Test
    void in_berlin_the_window_opens_at_09_00_local_on_both_sides_of_each_change() {
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"),
                office.nextOpening(local("2026-03-27T17:00", BERLIN), BERLIN));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"),
                office.nextOpening(local("2026-10-23T17:00", BERLIN), BERLIN));
    }

    @Test
    void a_saturday_only_window_opens_on_saturday() {
        SendWindow saturdays = new SendWindow(true, Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));

        assertTrue(saturdays.contains(local("2026-11-21T10:00", NEW_YORK), NEW_YORK));
        assertFalse(saturdays.contains(local("2026-11-23T10:00", NEW_YORK), NEW_YORK));
        assertAt("2026-11-21T09:00", NEW_YORK, saturdays.nextOpening(local("2026-11-20T12:00", NEW_YORK), NEW_YORK));
        assertAt("2026-11-21T09:00", NEW_YORK, saturdays.nextOpening(local("2026-11-21T08:00", NEW_YORK), NEW_YORK));
        assertAt("2026-11-28T09:00", NEW_YORK, saturdays.nextOpening(local("2026-11-21T17:00", NEW_YORK), NEW_YORK));
        assertAt("2026-11-28T09:00", NEW_YORK, saturdays.nextOpening(local("2026-11-22T09:00", NEW_YORK), NEW_YORK));
    }

    @Test
    void a_window_with_custom_hours_opens_and_closes_at_them() {
        SendWindow mornings = new SendWindow(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(12, 0));

        assertTrue(mornings.contains(local("2026-11-17T08:30", NEW_YORK), NEW_YORK));
        assertFalse(mornings.contains(local("2026-11-17T12:00", NEW_YORK), NEW_YORK));
        assertAt("2026-11-18T08:30", NEW_YORK, mornings.nextOpening(local("2026-11-17T12:00", NEW_YORK), NEW_YORK));
    }

    @Test
    void an_opening_that_falls_into_the_spring_forward_gap_moves_to_the_first_valid_instant_after_it() {
        SendWindow night = new SendWindow(true, EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30),
                LocalTime.of(5, 0));

        Instant opening = night.nextOpening(local("2026-03-08T00:00", NEW_YORK), NEW_YORK);

        assertAt("2026-03-08T03:30", NEW_YORK, opening);
        assertTrue(night.contains(opening, NEW_YORK));
    }

    @Test
    void an_opening_in_the_repeated_hour_of_fall_back_is_its_second_occurrence_once_the_first_has_passed() {
        SendWindow night = new SendWindow(true, EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 30),
                LocalTime.of(5, 0));
        // 06:20Z is 01:20 EST, after 01:30 EDT (05:30Z) but before 01:30 EST (06:30Z)
        Instant secondPass = Instant.parse("2026-11-01T06:20:00Z");

        assertEquals(Instant.parse("2026-11-01T05:30:00Z"),
                night.nextOpening(Instant.parse("2026-11-01T04:00:00Z"), NEW_YORK));
        assertEquals(Instant.parse("2026-11-01T06:30:00Z"), night.nextOpening(secondPass, NEW_YORK));
    }

    // ---------------------------------------------------------------- construction

    @Test
    void an_enabled_window_needs_a_day() {
        assertThrows(IllegalArgumentException.class,
                () -> new SendWindow(true, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void a_window_must_open_before_it_closes() {
        assertThrows(IllegalArgumentException.class,
                () -> new SendWindow(true, Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new SendWindow(true, Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(9, 0)));
    }

    @Test
    void a_disabled_window_may_list_no_day() {
        SendWindow off = new SendWindow(false, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0));

        assertTrue(off.contains(local("2026-11-21T23:00", NEW_YORK), NEW_YORK));
    }
}
