package followup.plan;

import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.holiday.PublicHolidays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In Ireland New Year's Day, St Patrick's Day, Christmas and St Stephen's Day on a weekend are kept on the next
 * working day (the civil service, the banks and most offices are shut then): the send window to a Dublin office
 * stays shut on that day too, not only on the Saturday or Sunday itself.
 */
class IrishInLieuDaysTest {
    private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private static final HolidayCalendar HOLIDAYS = PublicHolidays.of(true, Set.of(), Set.of());

    private final SettableClock clock = SettableClock.at("2027-12-20T08:00", DUBLIN);

    private PlannedMessage followUp(Interview interview) {
        return message(new Planner(Policy.DEFAULTS, alex(), clock, HOLIDAYS).plan(interview, History.NONE),
                FOLLOW_UP);
    }

    private static boolean holiday(String day) {
        return HOLIDAYS.isHoliday(LocalDate.parse(day), null, DUBLIN);
    }

    @Test
    void christmas_on_a_saturday_and_st_stephens_day_on_a_sunday_shut_the_monday_and_the_tuesday() {
        assertTrue(holiday("2027-12-27"));
        assertTrue(holiday("2027-12-28"));
        assertFalse(holiday("2027-12-29"));
        // Monday 20 Dec 2027 + 7d = Monday 27 Dec: Wednesday 29 Dec in Dublin
        clock.set(Instant.parse("2027-12-20T12:00:00Z"));
        PlannedMessage followUp = followUp(acme().on("2027-12-20T10:00").in(DUBLIN).with(jane()).build());
        assertDue("2027-12-29T09:00", DUBLIN, followUp);
        assertTrue(followUp.reason().contains("(observed), IE"), followUp.reason());
    }

    @Test
    void new_years_day_on_a_saturday_keeps_the_monday_after_it_shut() {
        assertTrue(holiday("2028-01-03"));
        // Monday 27 Dec 2027 + 7d = Monday 3 Jan 2028
        clock.set(Instant.parse("2027-12-27T12:00:00Z"));
        PlannedMessage followUp = followUp(acme().on("2027-12-27T10:00").in(DUBLIN).with(jane()).build());
        assertDue("2028-01-04T09:00", DUBLIN, followUp);
        assertTrue(followUp.reason().contains("New Year's Day (observed), IE"), followUp.reason());
    }

    @Test
    void st_patricks_day_on_a_sunday_is_kept_on_the_monday() {
        // 17 March 2030 a Sunday
        assertTrue(holiday("2030-03-18"));
        assertFalse(holiday("2030-03-19"));
        // 17 March 2029 a Saturday: Monday 19 March
        assertTrue(holiday("2029-03-19"));
    }

    @Test
    void st_stephens_day_on_a_saturday_is_kept_on_the_monday_and_a_weekday_holiday_is_not_kept_again() {
        // Christmas 2026 a Friday, St Stephen's Day a Saturday: Monday 28 December
        assertTrue(holiday("2026-12-28"));
        assertFalse(holiday("2026-12-29"));
        assertFalse(holiday("2027-01-04"));   // 1 January 2027 a Friday
        assertFalse(holiday("2027-03-18"));   // 17 March 2027 a Wednesday
    }
}
