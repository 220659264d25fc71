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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Jollyday keeps as an observance or a bank holiday rather than a public holiday (Massachusetts' Patriots' Day,
 * Ontario's Civic Holiday) does not shut the send window, as the README says: many offices are open then. The plan
 * says when a message is due on one, and which kind of day it is, with the date to add to {@code extra} to keep the
 * window shut; and once added, which day the message moved past, not only that it is an extra date.
 */
class ObservancesTest {
    private static final ZoneId BOSTON = ZoneId.of("America/New_York");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;

    private final SettableClock clock = SettableClock.at("2027-04-12T08:00", BOSTON);

    private PlannedMessage followUp(Interview interview, Set<LocalDate> extra) {
        HolidayCalendar holidays = PublicHolidays.of(true, extra, Set.of());
        return message(new Planner(Policy.DEFAULTS, alex(), clock, holidays).plan(interview, History.NONE),
                FOLLOW_UP);
    }

    private static Interview withCountry(Interview i, String country) {
        return new Interview(i.id(), i.company(), i.position(), i.at(), i.zone(), i.interviewers(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.status(), i.domains(),
                i.templates(), country, null);
    }

    @Test
    void a_follow_up_due_on_patriots_day_goes_out_and_the_plan_says_it_is_an_observance_and_how_to_skip_it() {
        // Monday 12 April 2027 + 7d = Monday 19 April, Patriots' Day in Massachusetts
        Interview interview = withCountry(acme().on("2027-04-12T10:00").in(BOSTON).with(jane()).build(), "US-MA");
        PlannedMessage followUp = followUp(interview, Set.of());
        assertDue("2027-04-19T10:00", BOSTON, followUp);
        assertTrue(followUp.reason().contains("Patriots' Day, an observance in US-MA"), followUp.reason());
        assertTrue(followUp.reason().contains("add 2027-04-19 to policy.send-window.holidays.extra"),
                followUp.reason());
    }

    @Test
    void added_to_extra_the_plan_names_the_observance_it_moved_past() {
        Interview interview = withCountry(acme().on("2027-04-12T10:00").in(BOSTON).with(jane()).build(), "US-MA");
        PlannedMessage followUp = followUp(interview, Set.of(LocalDate.parse("2027-04-19")));
        assertDue("2027-04-20T09:00", BOSTON, followUp);
        assertTrue(followUp.reason().contains("past a public holiday (Patriots' Day, an observance in US-MA, in"
                + " policy.send-window.holidays.extra)"), followUp.reason());
    }

    @Test
    void the_civic_holiday_in_ontario_is_named_a_bank_holiday_and_a_plain_day_says_nothing() {
        // Monday 26 July 2027 + 7d = Monday 2 August, the Civic Holiday
        Interview interview = withCountry(acme().on("2027-07-26T10:00").in(TORONTO).with(jane()).build(), "CA-ON");
        PlannedMessage followUp = followUp(interview, Set.of());
        assertDue("2027-08-02T10:00", TORONTO, followUp);
        assertTrue(followUp.reason().contains("Civic day, a bank holiday in CA-ON"), followUp.reason());
        // in Massachusetts the same Monday is an ordinary day
        Interview boston = withCountry(acme().on("2027-07-26T10:00").in(BOSTON).with(jane()).build(), "US-MA");
        assertFalse(followUp(boston, Set.of()).reason().contains("holiday"), followUp(boston, Set.of()).reason());
    }
}
