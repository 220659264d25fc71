package followup.holiday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.config.Problem;
import followup.config.SettingsLoader;
import followup.plan.HolidayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy.send-window.holidays.regions}: the region whose holidays count for a recipient in that country when
 * neither the record nor the interviewer names one. A deployment in London writes {@code ["GB-ENG"]} once, and
 * England's Easter Monday and August bank holiday shut the window for every record in Europe/London.
 */
class DefaultRegionTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @TempDir
    Path tmp;

    private Path config(String holidays) throws IOException {
        Path config = Files.createDirectories(tmp.resolve("conf")).resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/London" }
                  policy.send-window.holidays {
                %s
                  }
                }
                """.formatted(holidays));
        return config;
    }

    private HolidayCalendar calendar(String holidays) throws IOException {
        return PublicHolidays.of(SettingsLoader.load(config(holidays)).holidays());
    }

    private static boolean holiday(HolidayCalendar c, String day, String country, ZoneId zone) {
        return c.isHoliday(LocalDate.parse(day), country, zone);
    }

    @Test
    void a_default_region_adds_its_holidays_for_recipients_in_that_country() throws IOException {
        HolidayCalendar none = calendar("");
        assertFalse(holiday(none, "2027-03-29", null, LONDON), "Easter Monday: England's, not Scotland's");
        HolidayCalendar england = calendar("    regions = [\"GB-ENG\", \"ca-on\"]");
        assertTrue(holiday(england, "2027-03-29", null, LONDON));
        assertTrue(holiday(england, "2027-08-30", "GB", LONDON), "the August bank holiday");
        assertTrue(holiday(england, "2027-02-15", null, TORONTO), "Family Day in Ontario");
        // a record's own region wins: Scotland has no Easter Monday, and its August holiday is the 2nd
        assertFalse(holiday(england, "2027-03-29", "GB-SCT", LONDON));
        // a recipient in another country is not concerned
        assertFalse(holiday(england, "2027-03-29", null, ZoneId.of("America/New_York")));
        assertEquals("Easter Monday, GB-ENG",
                england.name(LocalDate.parse("2027-03-29"), null, LONDON).orElseThrow());
    }

    @Test
    void a_country_alone_an_unknown_region_and_two_for_one_country_are_problems_at_their_lines()
            throws IOException {
        Path file = config("""
                    regions = [
                      "GB"
                      "CA-XX"
                      "DE-BY"
                      "DE-BW"
                    ]
                """);
        List<Problem> problems;
        try {
            SettingsLoader.load(file);
            throw new AssertionError("accepted");
        } catch (BadInputException e) {
            problems = e.problems();
        }
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.key().endsWith("holidays.regions[0]")
                && p.message().contains("GB-ENG")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 6 && p.key().endsWith("holidays.regions[1]")
                && p.message().contains("CA-ON (Ontario)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 8 && p.key().endsWith("holidays.regions[3]")
                && p.message().contains("DE-BY")), problems.toString());
    }
}
