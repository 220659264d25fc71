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
 * In Canada New Year's Day, Christmas and Boxing Day on a weekend are kept on the next working day (the offices, the
 * banks and the governments are shut then): the send window stays shut on that day, not only on the Saturday or
 * Sunday itself.
 */
class ObservedHolidaysTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private static final HolidayCalendar HOLIDAYS = PublicHolidays.of(true, Set.of(), Set.of());

    private final SettableClock clock = SettableClock.at("2027-12-20T08:00", TORONTO);

    private PlannedMessage followUp(Interview interview) {
        return message(new Planner(Policy.DEFAULTS, alex(), clock, HOLIDAYS).plan(interview, History.NONE),
                FOLLOW_UP);
    }

    private static Interview withCountry(Interview i, String country) {
        return new Interview(i.id(), i.company(), i.position(), i.at(), i.zone(), i.interviewers(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.status(), i.domains(),
                i.templates(), country, null);
    }

    private static boolean holiday(String day, String country) {
        return HOLIDAYS.isHoliday(LocalDate.parse(day), country, TORONTO);
    }

    @Test
    void new_years_day_on_a_saturday_keeps_the_monday_after_it_shut_in_toronto() {
        // Monday 27 Dec 2027 + 7d = Monday 3 Jan 2028: 1 January 2028 is a Saturday, kept on that Monday
        clock.set(Instant.parse("2027-12-27T12:00:00Z"));
        Interview interview = acme().on("2027-12-27T10:00").in(TORONTO).with(jane()).build();
        PlannedMessage followUp = followUp(interview);
        assertDue("2028-01-04T09:00", TORONTO, followUp);
        assertTrue(followUp.reason().contains("New Year's Day (observed), CA"), followUp.reason());
    }

    @Test
    void christmas_on_a_saturday_and_boxing_day_on_a_sunday_shut_the_monday_and_the_tuesday_in_ontario() {
        assertTrue(holiday("2027-12-27", "CA-ON"));
        assertTrue(holiday("2027-12-28", "CA-ON"));
        assertFalse(holiday("2027-12-29", "CA-ON"));
        // Canada as a whole keeps Christmas, not Boxing Day: the Monday only
        assertTrue(holiday("2027-12-27", "CA"));
        assertFalse(holiday("2027-12-28", "CA"));
        // Monday 20 Dec + 7d = Monday 27 Dec: Wednesday 29 Dec in Ontario
        Interview interview = withCountry(acme().on("2027-12-20T10:00").in(TORONTO).with(jane()).build(), "CA-ON");
        assertDue("2027-12-29T09:00", TORONTO, followUp(interview));
    }

    @Test
    void christmas_on_a_sunday_is_kept_on_the_tuesday_after_boxing_day_in_ontario() {
        // 25 Dec 2022 a Sunday: Boxing Day Monday 26, Christmas kept Tuesday 27
        assertTrue(holiday("2022-12-26", "CA-ON"));
        assertTrue(holiday("2022-12-27", "CA-ON"));
        assertFalse(holiday("2022-12-28", "CA-ON"));
        assertTrue(holiday("2022-12-26", "CA"));
        assertFalse(holiday("2022-12-27", "CA"));
    }

    @Test
    void boxing_day_on_a_saturday_is_kept_on_the_monday_and_a_holiday_on_a_weekday_is_not_kept_again() {
        // Christmas 2026 a Friday, Boxing Day a Saturday: Monday 28 Dec in Ontario, where Boxing Day is a holiday
        assertTrue(holiday("2026-12-28", "CA-ON"));
        assertFalse(holiday("2026-12-28", "CA"));
        assertFalse(holiday("2027-01-04", "CA-ON"));   // 1 January 2027 a Friday
    }

    @Test
    void saint_jean_baptiste_on_a_sunday_is_kept_on_the_monday_in_quebec_and_on_a_saturday_is_not() {
        // the Fête nationale Act: 24 June 2029 a Sunday, so Monday 25 June is the holiday
        assertTrue(holiday("2029-06-25", "CA-QC"));
        assertFalse(holiday("2029-06-25", "CA-ON"));
        // 24 June 2028 a Saturday: no day in lieu
        assertFalse(holiday("2028-06-26", "CA-QC"));
    }
}
