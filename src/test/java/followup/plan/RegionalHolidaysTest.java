package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.JANE;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.jane;
import static followup.plan.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.holiday.PublicHolidays;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A {@code country} with an ISO 3166-2 subdivision ({@code "CA-ON"}, {@code "CA-QC"}, {@code "DE-BY"}) shuts the
 * send window on that region's public holidays besides the national ones; the country alone does not.
 */
class RegionalHolidaysTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final String FOLLOW_UP = "acme/follow-up/" + JANE;
    private static final HolidayCalendar HOLIDAYS = PublicHolidays.of(true, Set.of(), Set.of());

    private final SettableClock clock = SettableClock.at("2027-02-08T08:00", TORONTO);

    private PlannedMessage followUp(Interview interview) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, alex(), clock, HOLIDAYS).plan(interview,
                History.NONE);
        return message(plan, FOLLOW_UP);
    }

    private static Interview withCountry(Interview i, String country) {
        return new Interview(i.id(), i.company(), i.position(), i.at(), i.zone(), i.interviewers(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.status(), i.domains(),
                i.templates(), country, null);
    }

    @Test
    void a_follow_up_due_on_family_day_in_toronto_moves_to_the_next_working_day_and_says_which_holiday() {
        // Monday 8 Feb 2027 + 7d = Monday 15 Feb, Family Day in Ontario (the third Monday of February)
        Interview interview = withCountry(acme().on("2027-02-08T10:00").in(TORONTO).with(jane()).build(), "CA-ON");
        PlannedMessage followUp = followUp(interview);
        assertDue("2027-02-16T09:00", TORONTO, followUp);
        assertTrue(followUp.reason().contains("past a public holiday (Family day, CA-ON)"), followUp.reason());
    }

    @Test
    void the_same_record_with_the_country_alone_does_not_move() {
        Interview interview = withCountry(acme().on("2027-02-08T10:00").in(TORONTO).with(jane()).build(), "CA");
        assertDue("2027-02-15T10:00", TORONTO, followUp(interview));
        Interview byZone = acme().on("2027-02-08T10:00").in(TORONTO).with(jane()).build();
        assertDue("2027-02-15T10:00", TORONTO, followUp(byZone));
    }

    @Test
    void an_interviewer_in_ontario_of_a_record_in_canada_gets_their_region_s_holiday() {
        Interview interview = withCountry(acme().on("2027-02-08T10:00").in(TORONTO).with(jane()).build(), "CA");
        Interviewer j = interview.interviewers().get(0);
        Interviewer inOntario = new Interviewer(j.name(), j.title(), j.email(), j.zone(), j.topics(),
                j.handwritten(), j.address(), j.salutation(), "CA-ON");
        Interview withHer = new Interview(interview.id(), interview.company(), interview.position(), interview.at(),
                interview.zone(), List.of(inOntario), interview.contact(), interview.phone(), interview.nextStepBy(),
                interview.promisedByMe(), interview.promisedToMe(), interview.notes(), interview.status(),
                interview.domains(), interview.templates(), "CA", null);
        assertDue("2027-02-16T09:00", TORONTO, followUp(withHer));
    }

    @Test
    void saint_jean_baptiste_shuts_the_window_in_quebec_but_not_in_ontario() {
        // Thursday 17 June 2027 + 7d = Thursday 24 June, the Fête nationale in Quebec
        clock.set(Instant.parse("2027-06-17T12:00:00Z"));
        Interview quebec = withCountry(acme().on("2027-06-17T10:00").in(TORONTO).with(jane()).build(), "CA-QC");
        PlannedMessage followUp = followUp(quebec);
        assertDue("2027-06-25T09:00", TORONTO, followUp);
        assertTrue(followUp.reason().contains("Saint-Jean-Baptiste Day, CA-QC"), followUp.reason());
        Interview ontario = withCountry(acme().on("2027-06-17T10:00").in(TORONTO).with(jane()).build(), "CA-ON");
        assertDue("2027-06-24T10:00", TORONTO, followUp(ontario));
    }

    @Test
    void epiphany_shuts_the_window_in_bavaria_but_not_in_germany_as_a_whole() {
        // Wednesday 30 Dec 2026 + 7d = Wednesday 6 Jan 2027, Epiphany in Bavaria (1 January in between is national)
        clock.set(Instant.parse("2026-12-30T06:00:00Z"));
        Interview bavaria = withCountry(acme().on("2026-12-30T10:00").in(BERLIN).with(jane()).build(), "DE-BY");
        PlannedMessage followUp = followUp(bavaria);
        assertDue("2027-01-07T09:00", BERLIN, followUp);
        assertTrue(followUp.reason().contains("Epiphany, DE-BY"), followUp.reason());
        Interview germany = withCountry(acme().on("2026-12-30T10:00").in(BERLIN).with(jane()).build(), "DE");
        assertDue("2027-01-06T10:00", BERLIN, followUp(germany));
    }

    @Test
    void a_national_holiday_is_named_with_the_country() {
        // Thursday 24 June 2027 + 7d = Thursday 1 July, Canada Day: a national holiday, named with the country
        clock.set(Instant.parse("2027-06-24T12:00:00Z"));
        Interview ontario = withCountry(acme().on("2027-06-24T10:00").in(TORONTO).with(jane()).build(), "CA-ON");
        PlannedMessage followUp = followUp(ontario);
        assertDue("2027-07-02T09:00", TORONTO, followUp);
        assertTrue(followUp.reason().contains("past a public holiday (Canada Day, CA)"), followUp.reason());
    }
}
