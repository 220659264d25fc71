package followup.holiday;

import static org.junit.jupiter.api.Assertions.assertEquals;

import followup.plan.HolidayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Japan's public holidays as the Cabinet Office publishes them. Jollyday's calendar for Japan still kept the
 * Emperor's Birthday on 23 December (it is 23 February since 2020), and had no equinox days, no substitute holiday
 * (a holiday on a Sunday is kept on the next working day) and no citizens' holiday (a day between two holidays): a
 * follow-up to Tokyo went out on 23 February or on Golden Week's substitute day, and waited a day for nothing after
 * 23 December. Canada's national days, for comparison, come from Jollyday as they are.
 */
class JapanHolidaysTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final HolidayCalendar HOLIDAYS = PublicHolidays.of(true, Set.of(), Set.of());

    private static Set<LocalDate> holidaysOf(int year, ZoneId zone) {
        Set<LocalDate> out = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (HOLIDAYS.isHoliday(d, null, zone)) {
                out.add(d);
            }
        }
        return out;
    }

    private static Set<LocalDate> dates(String... days) {
        return List.of(days).stream().map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void japan_2026_with_the_golden_week_substitute_and_the_citizens_holiday_in_september() {
        assertEquals(dates("2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29",
                "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21",
                "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23"), holidaysOf(2026, TOKYO));
    }

    @Test
    void japan_2027_with_coming_of_age_day_and_the_vernal_equinox_on_a_sunday() {
        assertEquals(dates("2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22",
                "2027-04-29", "2027-05-03", "2027-05-04", "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20",
                "2027-09-23", "2027-10-11", "2027-11-03", "2027-11-23"), holidaysOf(2027, TOKYO));
    }

    @Test
    void japan_2029_with_three_holidays_on_a_sunday_kept_on_the_monday() {
        // Foundation Day, Showa Day and the autumnal equinox fall on a Sunday; Children's Day on a Saturday has none
        assertEquals(dates("2029-01-01", "2029-01-08", "2029-02-11", "2029-02-12", "2029-02-23", "2029-03-20", "2029-04-29",
                "2029-04-30", "2029-05-03", "2029-05-04", "2029-05-05", "2029-07-16", "2029-08-11", "2029-09-17",
                "2029-09-23", "2029-09-24", "2029-10-08", "2029-11-03", "2029-11-23"), holidaysOf(2029, TOKYO));
    }

    @Test
    void canada_keeps_its_national_days() {
        // Christmas 2027 on a Saturday is also kept on Monday 27 December
        assertEquals(dates("2027-01-01", "2027-03-26", "2027-07-01", "2027-09-06", "2027-12-25", "2027-12-27"),
                holidaysOf(2027, TORONTO));
        // Canada Day on a Sunday is kept on the Monday
        assertEquals(Set.of(LocalDate.parse("2029-07-02")), holidaysOf(2029, TORONTO).stream()
                .filter(d -> d.getMonthValue() == 7).collect(Collectors.toSet()));
    }
}
