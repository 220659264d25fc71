package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.holiday.PublicHolidays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The send window skips the recipient's public holidays (Jollyday's calendars: Thanksgiving is a holiday in the
 * United States, not in Germany), and an out-of-office return date moves the next message to that person.
 */
class HolidaysAndAbsencesTest {
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private static final String THANK_YOU = "acme/thank-you/" + JANE;
    private static final HolidayCalendar HOLIDAYS = PublicHolidays.of(true, Set.of(), Set.of());

    private final SettableClock clock = SettableClock.at("2026-11-19T08:00", NEW_YORK);

    private List<PlannedMessage> plan(Interview interview, HolidayCalendar holidays, History history) {
        return new Planner(Policy.DEFAULTS, alex(), clock, holidays).plan(interview, history);
    }

    private static Interview withCountry(Interview i, String country) {
        return new Interview(i.id(), i.company(), i.position(), i.at(), i.zone(), i.interviewers(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.status(), i.domains(),
                i.templates(), country, null);
    }

    private static History away(String address, String backOn) {
        return History.of(Map.of(), Map.of(), Map.of(address, LocalDate.parse(backOn)));
    }

    @Test
    void follow_up_due_on_thanksgiving_moves_to_the_next_working_day_in_new_york() {
        // Thursday 19 Nov + 7d = Thursday 26 Nov 2026, Thanksgiving
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        PlannedMessage followUp = message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP);
        assertDue("2026-11-27T09:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("past a public holiday"), followUp.reason());
    }

    @Test
    void without_holidays_the_same_follow_up_stays_on_thanksgiving() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        assertDue("2026-11-26T10:00", NEW_YORK, message(plan(interview, HolidayCalendar.NONE, History.NONE),
                FOLLOW_UP));
    }

    @Test
    void a_recipient_in_berlin_has_no_thanksgiving() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane().in(BERLIN)).build();
        // 10:00 in New York is 16:00 in Berlin: inside the window, and not a German holiday
        assertDue("2026-11-26T16:00", BERLIN, message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP));
    }

    @Test
    void christmas_on_a_friday_moves_a_berlin_follow_up_past_the_weekend_and_boxing_day_rules() {
        // Friday 18 Dec + 7d = Friday 25 Dec 2026; the 26th is a Saturday: next opening Monday 28 Dec
        Interview interview = acme().on("2026-12-18T10:00").in(BERLIN).with(jane()).build();
        clock.set(java.time.Instant.parse("2026-12-18T06:00:00Z"));
        assertDue("2026-12-28T09:00", BERLIN, message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP));
    }

    @Test
    void the_record_country_wins_over_the_zone() {
        Interview interview = withCountry(acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build(), "DE");
        assertDue("2026-11-26T10:00", NEW_YORK, message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP));
    }

    @Test
    void extra_dates_close_the_window_and_ignored_dates_open_it() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        HolidayCalendar custom = PublicHolidays.of(true, Set.of(LocalDate.parse("2026-11-27")),
                Set.of(LocalDate.parse("2026-11-26")));
        assertDue("2026-11-26T10:00", NEW_YORK, message(plan(interview, custom, History.NONE), FOLLOW_UP));
        Interview later = acme().on("2026-11-20T10:00").in(NEW_YORK).with(jane()).build();
        // Friday 27 Nov is an extra holiday: Monday 30 Nov
        assertDue("2026-11-30T09:00", NEW_YORK, message(plan(later, custom, History.NONE), FOLLOW_UP));
    }

    @Test
    void a_thank_you_due_in_the_evening_before_a_holiday_waits_for_the_day_after_it() {
        // Wednesday 25 Nov 15:00 + 3h = 18:00, outside the window; Thursday is Thanksgiving: Friday 09:00 (within 48h)
        Interview interview = acme().on("2026-11-25T15:00").in(NEW_YORK).with(jane()).build();
        clock.set(java.time.Instant.parse("2026-11-25T12:00:00Z"));
        assertDue("2026-11-27T09:00", NEW_YORK, message(plan(interview, HOLIDAYS, History.NONE), THANK_YOU));
    }

    @Test
    void an_out_of_office_return_date_moves_the_next_message_to_the_working_day_after_it() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        History history = History.of(Map.of(THANK_YOU, java.time.Instant.parse("2026-11-19T18:00:00Z")), Map.of(),
                Map.of(JANE, LocalDate.parse("2026-12-04")));
        PlannedMessage followUp = message(plan(interview, HOLIDAYS, history), FOLLOW_UP);
        // back on Friday 4 Dec: the first opening after it is Monday 7 Dec 09:00
        assertDue("2026-12-07T09:00", NEW_YORK, followUp);
        assertEquals("moved: out of office until 2026-12-04 (" + JANE + ")", followUp.reason());
        assertEquals(Cause.OUT_OF_OFFICE, followUp.cause());
        assertTrue(!followUp.latest().isBefore(followUp.due()));
        PlannedMessage second = message(plan(interview, HOLIDAYS, history), "acme/second-follow-up/" + JANE);
        assertDue("2026-12-10T09:00", NEW_YORK, second);
    }

    @Test
    void the_day_after_the_return_being_a_holiday_moves_it_one_day_more() {
        Interview interview = acme().on("2026-11-12T10:00").in(NEW_YORK).with(jane()).build();
        clock.set(java.time.Instant.parse("2026-11-12T12:00:00Z"));
        // back on Wednesday 25 Nov; Thursday 26 is Thanksgiving: Friday 27 Nov 09:00
        History history = History.of(Map.of(THANK_YOU, java.time.Instant.parse("2026-11-12T18:00:00Z")), Map.of(),
                Map.of(JANE, LocalDate.parse("2026-11-25")));
        assertDue("2026-11-27T09:00", NEW_YORK, message(plan(interview, HOLIDAYS, history), FOLLOW_UP));
    }

    @Test
    void a_return_more_than_thirty_days_later_leaves_the_message_where_it_was_and_says_so() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        History history = History.of(Map.of(THANK_YOU, java.time.Instant.parse("2026-11-19T18:00:00Z")), Map.of(),
                Map.of(JANE, LocalDate.parse("2027-02-01")));
        PlannedMessage followUp = message(plan(interview, HolidayCalendar.NONE, history), FOLLOW_UP);
        assertDue("2026-11-26T10:00", NEW_YORK, followUp);
        assertNull(followUp.cause());
        assertTrue(followUp.reason().contains("not moved: out of office until 2027-02-01"), followUp.reason());
    }

    @Test
    void a_return_before_the_message_is_due_changes_nothing() {
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        PlannedMessage plain = message(plan(interview, HolidayCalendar.NONE, History.NONE), FOLLOW_UP);
        PlannedMessage followUp = message(plan(interview, HolidayCalendar.NONE, away(JANE, "2026-11-20")), FOLLOW_UP);
        assertEquals(plain.due(), followUp.due());
        assertEquals(plain.reason(), followUp.reason());
    }

    @Test
    void only_the_next_pending_message_to_that_person_moves() {
        // the thank-you is still pending: it moves (with its latest bound), the follow-up keeps its own instant
        Interview interview = acme().on("2026-11-19T10:00").in(NEW_YORK).with(jane()).build();
        List<PlannedMessage> plan = plan(interview, HolidayCalendar.NONE, away(JANE, "2026-11-23"));
        assertDue("2026-11-24T09:00", NEW_YORK, message(plan, THANK_YOU));
        assertEquals(Cause.OUT_OF_OFFICE, message(plan, THANK_YOU).cause());
        assertEquals(State.PLANNED, message(plan, THANK_YOU).state());
        assertDue("2026-11-26T10:00", NEW_YORK, message(plan, FOLLOW_UP));
    }

    @Test
    void easter_monday_right_after_the_clocks_went_forward_moves_a_berlin_follow_up_to_tuesday() {
        // Monday 22 March 2027 + 7d = Monday 29 March, Easter Monday, the day after Europe moved to summer time
        Interview interview = acme().on("2027-03-22T10:00").in(BERLIN).with(jane()).build();
        clock.set(java.time.Instant.parse("2027-03-22T06:00:00Z"));
        PlannedMessage followUp = message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP);
        assertDue("2027-03-30T09:00", BERLIN, followUp);
        assertEquals(java.time.Instant.parse("2027-03-30T07:00:00Z"), followUp.due(), "09:00 summer time");
    }

    @Test
    void good_friday_is_a_holiday_in_berlin_but_not_in_new_york() {
        // Friday 19 March 2027 + 7d = Friday 26 March, Good Friday: a German holiday, a US working day
        Interview berlin = acme().on("2027-03-19T10:00").in(BERLIN).with(jane()).build();
        Interview newYork = acme().on("2027-03-19T10:00").in(NEW_YORK).with(jane()).build();
        clock.set(java.time.Instant.parse("2027-03-19T06:00:00Z"));
        assertDue("2027-03-30T09:00", BERLIN, message(plan(berlin, HOLIDAYS, History.NONE), FOLLOW_UP));
        assertDue("2027-03-26T10:00", NEW_YORK, message(plan(newYork, HOLIDAYS, History.NONE), FOLLOW_UP));
    }

    @Test
    void new_years_day_observed_on_the_friday_before_it_shuts_the_window_at_the_end_of_the_old_year() {
        // 1 January 2028 is a Saturday: the United States observe it on Friday 31 December 2027, which Jollyday
        // lists among the holidays of 2028
        assertTrue(HOLIDAYS.isHoliday(LocalDate.parse("2027-12-31"), "US", NEW_YORK));
        assertTrue(HOLIDAYS.isHoliday(LocalDate.parse("2032-12-31"), null, NEW_YORK));
        assertTrue(!HOLIDAYS.isHoliday(LocalDate.parse("2027-12-30"), "US", NEW_YORK));
        // they said they would be in touch by Thursday 30 Dec: the follow-up, due Friday 31 Dec, waits for Monday
        Interview interview = acme().on("2027-12-20T10:00").in(NEW_YORK).with(jane()).nextStepBy("2027-12-30")
                .build();
        clock.set(java.time.Instant.parse("2027-12-20T12:00:00Z"));
        PlannedMessage followUp = message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP);
        assertDue("2028-01-03T09:00", NEW_YORK, followUp);
        assertTrue(followUp.reason().contains("past a public holiday"), followUp.reason());
    }

    @Test
    void a_thank_you_due_in_office_hours_on_a_holiday_says_it_waits_for_the_holiday_not_for_the_window() {
        // an interview on Veterans Day, Wednesday 11 Nov 2026, 10:00: + 3h is 13:00, inside the window's hours
        Interview interview = acme().on("2026-11-11T10:00").in(NEW_YORK).with(jane()).build();
        clock.set(java.time.Instant.parse("2026-11-11T12:00:00Z"));
        PlannedMessage thankYou = message(plan(interview, HOLIDAYS, History.NONE), THANK_YOU);
        assertDue("2026-11-12T09:00", NEW_YORK, thankYou);
        assertTrue(thankYou.reason().contains("a public holiday"), thankYou.reason());
        assertTrue(!thankYou.reason().contains("outside the send window"), thankYou.reason());
    }

    @Test
    void a_tokyo_follow_up_due_on_respect_for_the_aged_day_skips_the_citizens_holiday_and_the_equinox_too() {
        // they said by Sunday 20 Sep 2026: + 1d is Monday 21 Sep, a holiday; so are the 22nd (between two holidays)
        // and the 23rd (the autumnal equinox)
        java.time.ZoneId tokyo = java.time.ZoneId.of("Asia/Tokyo");
        Interview interview = acme().on("2026-09-10T10:00").in(tokyo).with(jane()).nextStepBy("2026-09-20").build();
        clock.set(java.time.Instant.parse("2026-09-10T00:00:00Z"));
        PlannedMessage followUp = message(plan(interview, HOLIDAYS, History.NONE), FOLLOW_UP);
        assertDue("2026-09-24T09:00", tokyo, followUp);
        assertTrue(followUp.reason().contains("past a public holiday"), followUp.reason());
    }
}
