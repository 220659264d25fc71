package followup.plan;

import static followup.plan.Fixtures.BERLIN;
import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.assertDue;
import static followup.plan.Fixtures.interviewer;
import static followup.plan.Fixtures.message;
import static followup.plan.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The prompt evening thank-you (a Friday evening note when Monday is past the 48-hour bound) is for the recipient's
 * evening only: in their night (21:00 to 07:00 in their zone) or on a day their send window is shut (a weekend)
 * it waits for the window's next opening instead. Zones on both sides and daylight-saving changes in between:
 * in 2027 New York springs forward on 14 March and falls back on 7 November, Berlin on 28 March and 31 October.
 */
class ThankYouNightTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String MONICA = "monica@acme.example";
    private final SettableClock clock = SettableClock.at("2027-01-01T00:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);

    private PlannedMessage thankYou(String interviewAt, ZoneId interviewZone, ZoneId recipientZone) {
        Interview interview = acme().in(interviewZone).on(interviewAt)
                .with(interviewer("Monica Hall").email(MONICA).in(recipientZone).talkedAbout("fundraising"))
                .build();
        return message(planner.plan(interview), "acme/thank-you/" + MONICA);
    }

    @ParameterizedTest(name = "{0} in {1}, recipient in {2}: {3}")
    @CsvSource({
            // Friday 16:30 EST + 3h is Saturday 01:30 CET in Berlin, the weekend New York springs forward
            "2027-03-12T16:30, America/New_York, Europe/Berlin,    2027-03-15T09:00",
            // the same interview, a recipient in New York: a prompt Friday evening note, 19:30
            "2027-03-12T16:30, America/New_York, America/New_York, 2027-03-12T19:30",
            // Friday 19:00 EDT + 3h is 22:00 in New York itself, the weekend it falls back: Monday 09:00 EST
            "2027-11-05T19:00, America/New_York, America/New_York, 2027-11-08T09:00",
            // Friday 16:00 CEST in Berlin + 3h is Saturday 02:00 in Tokyo, the weekend Berlin falls back
            "2027-10-29T16:00, Europe/Berlin,    Asia/Tokyo,       2027-11-01T09:00",
            // Saturday 18:00 CET + 3h is Saturday 21:00, the night Berlin springs forward: Monday 09:00 CEST
            "2027-03-27T18:00, Europe/Berlin,    Europe/Berlin,    2027-03-29T09:00",
            // Saturday 14:00 + 3h is Saturday 17:00: an evening, but on the recipient's weekend
            "2027-03-20T14:00, Europe/Berlin,    Europe/Berlin,    2027-03-22T09:00",
            // Friday 13:30 EST in New York + 3h is Saturday 06:30 in Tokyo
            "2027-03-12T13:30, America/New_York, Asia/Tokyo,       2027-03-15T09:00",
    })
    void a_thank_you_never_goes_out_in_the_recipients_night_or_weekend(String at, String interviewZone,
                                                                       String recipientZone, String expected) {
        ZoneId zone = ZoneId.of(recipientZone);
        PlannedMessage m = thankYou(at, ZoneId.of(interviewZone), zone);

        assertDue(expected, zone, m);
        assertEquals(State.PLANNED, m.state());
        assertFalse(m.due().isAfter(m.latest()), "planned after its latest bound " + m.latest());
    }

    @Test
    void the_moved_thank_you_says_why_it_waits() {
        PlannedMessage m = thankYou("2027-03-12T16:30", NEW_YORK, BERLIN);

        assertTrue(m.reason().contains("Sat 13 Mar 01:30 CET"), m.reason());
        assertTrue(m.reason().contains("the recipient's night"), m.reason());
        assertTrue(m.reason().contains("Mon 15 Mar 09:00 CET"), m.reason());
        assertFalse(m.reason().contains("a prompt note beats a late one"), m.reason());
    }

    @Test
    void at_no_time_of_any_day_of_a_year_is_a_thank_you_planned_between_21_00_and_07_00_or_on_a_weekend() {
        for (ZoneId interviewZone : List.of(NEW_YORK, BERLIN, TOKYO)) {
            for (ZoneId recipientZone : List.of(NEW_YORK, BERLIN, TOKYO)) {
                ZonedDateTime at = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, interviewZone);
                for (int h = 0; h < 366 * 24; h += 7) {
                    ZonedDateTime start = at.plusHours(h);
                    PlannedMessage m = thankYou(start.toLocalDateTime().toString(), interviewZone, recipientZone);
                    ZonedDateTime local = m.due().atZone(recipientZone);
                    LocalTime time = local.toLocalTime();
                    String what = start + " to " + recipientZone + ": " + local + " (" + m.reason() + ")";
                    assertTrue(!time.isBefore(LocalTime.of(7, 0)) && time.isBefore(LocalTime.of(21, 0)), what);
                    assertFalse(local.getDayOfWeek() == DayOfWeek.SATURDAY
                            || local.getDayOfWeek() == DayOfWeek.SUNDAY, what);
                    assertFalse(m.due().isAfter(m.latest()), what);
                }
            }
        }
    }

    @Test
    void every_thank_you_of_the_record_keeps_its_own_recipients_zone() {
        Interview interview = acme().in(NEW_YORK).on("2027-03-12T16:30")
                .with(interviewer("Richard Hendricks").email("richard@acme.example").talkedAbout("compression"),
                        interviewer("Monica Hall").email(MONICA).in(BERLIN).talkedAbout("fundraising"))
                .build();

        List<PlannedMessage> thankYous = messages(planner.plan(interview), Step.THANK_YOU);

        assertDue("2027-03-12T19:30", NEW_YORK, message(thankYous, "acme/thank-you/richard@acme.example"));
        assertDue("2027-03-15T09:00", BERLIN, message(thankYous, "acme/thank-you/" + MONICA));
    }

    @Test
    void a_window_open_at_night_has_no_night_and_a_holiday_evening_keeps_its_prompt_note() {
        // a window every day from 00:00 to 23:59 (no night), Saturday 13 March a holiday in Berlin: with a bound of
        // 4h the next opening (Sunday 00:00) is too late, and the prompt note goes at Saturday 01:30
        SendWindow always = new SendWindow(true, java.util.EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        HolidayCalendar saturday = (date, country, zone) -> date.equals(java.time.LocalDate.of(2027, 3, 13));
        Planner nightOwl = new Planner(Policy.DEFAULTS.withWindow(always)
                .withThankYouLatest(java.time.Duration.ofHours(4)), alex(), clock, saturday);
        Interview interview = acme().in(NEW_YORK).on("2027-03-12T16:30")
                .with(interviewer("Monica Hall").email(MONICA).in(BERLIN).talkedAbout("fundraising")).build();

        PlannedMessage m = message(nightOwl.plan(interview), "acme/thank-you/" + MONICA);

        assertDue("2027-03-13T01:30", BERLIN, m);
        assertTrue(m.reason().contains("a prompt note beats a late one"), m.reason());
    }
}
