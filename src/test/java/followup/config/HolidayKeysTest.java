package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of public holidays and of rounds: {@code policy.send-window.holidays}, a record's and an interviewer's
 * {@code country}, a record's {@code previous}. Bad values are problems naming file, line and key.
 */
class HolidayKeysTest {
    @TempDir
    Path tmp;

    private Path config(String policy) throws IOException {
        Path config = Files.createDirectories(tmp.resolve("conf")).resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  policy {
                %s
                  }
                }
                """.formatted(policy));
        return config;
    }

    private List<Problem> refused(Path config) {
        try {
            SettingsLoader.load(config);
        } catch (BadInputException e) {
            return e.problems();
        }
        throw new AssertionError(config + " was accepted");
    }

    @Test
    void holidays_are_on_by_default_with_no_extra_or_ignored_dates() throws IOException {
        Settings.Holidays h = SettingsLoader.load(config("")).holidays();
        assertTrue(h.enabled());
        assertEquals(Set.of(), h.extra());
        assertEquals(Set.of(), h.ignore());
    }

    @Test
    void extra_and_ignored_dates_are_read() throws IOException {
        Settings.Holidays h = SettingsLoader.load(config("""
                    send-window.holidays { enabled = false, extra = ["2027-12-24", "2027-12-31"], ignore = ["2027-11-25"] }
                """)).holidays();
        assertFalse(h.enabled());
        assertEquals(Set.of(LocalDate.parse("2027-12-24"), LocalDate.parse("2027-12-31")), h.extra());
        assertEquals(Set.of(LocalDate.parse("2027-11-25")), h.ignore());
    }

    @Test
    void a_date_that_is_not_one_is_a_problem_at_its_line_and_key() throws IOException {
        List<Problem> problems = refused(config("""
                    send-window.holidays {
                      extra = ["2027-12-24", "24.12.2027"]
                      colour = red
                    }
                """));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.key().endsWith("holidays.extra[1]")
                && p.message().contains("\"24.12.2027\" is not a date") && p.message().contains("2027-12-24")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.key().endsWith("holidays.colour")), problems.toString());
    }

    private Path record(String text) throws IOException {
        Path file = Files.createDirectories(tmp.resolve("interviews")).resolve("acme-onsite.conf");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void country_is_an_iso_code_on_the_record_and_on_an_interviewer_and_previous_names_another_record()
            throws IOException {
        Path file = record("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-19T10:00"
                country = "de"
                previous = "acme-platform"
                interviewers = [ { name = "Jane Doe", email = "jane@acme.example", country = "US" } ]
                """);
        List<Problem> problems = new ArrayList<>();
        var interview = new RecordLoader(ZoneId.of("Europe/Berlin"), tmp).load(file, problems);
        assertEquals(List.of(), problems);
        assertEquals("DE", interview.country());
        assertEquals("US", interview.interviewers().get(0).country());
        assertEquals("acme-platform", interview.previous());
    }

    @Test
    void an_unknown_country_and_a_previous_naming_itself_are_problems_at_their_lines() throws IOException {
        Path file = record("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-19T10:00"
                country = "Germany"
                previous = "acme-onsite"
                interviewers = [ { name = "Jane Doe", country = "XX" } ]
                """);
        List<Problem> problems = new ArrayList<>();
        new RecordLoader(ZoneId.of("Europe/Berlin"), tmp).load(file, problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.key().equals("country")
                && p.message().contains("\"DE\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.key().equals("previous")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 6 && p.key().equals("interviewers[0].country")),
                problems.toString());
    }
    @Test
    void country_may_name_a_region_by_its_iso_3166_2_code_on_the_record_and_on_an_interviewer() throws IOException {
        Path file = record("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-19T10:00"
                country = "ca-on"
                interviewers = [ { name = "Jane Doe", email = "jane@acme.example", country = "DE-BY" } ]
                """);
        List<Problem> problems = new ArrayList<>();
        var interview = new RecordLoader(ZoneId.of("America/Toronto"), tmp).load(file, problems);
        assertEquals(List.of(), problems);
        assertEquals("CA-ON", interview.country());
        assertEquals("DE-BY", interview.interviewers().get(0).country());
    }

    @Test
    void an_unknown_region_is_a_problem_at_its_line_naming_the_regions_of_that_country() throws IOException {
        Path file = record("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-19T10:00"
                country = "CA-XX"
                interviewers = [ { name = "Jane Doe", country = "DE-ZZ" }, { name = "Raj Patel", country = "NL-NH" } ]
                """);
        List<Problem> problems = new ArrayList<>();
        new RecordLoader(ZoneId.of("America/Toronto"), tmp).load(file, problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.key().equals("country")
                && p.message().contains("\"CA-XX\"") && p.message().contains("CA-ON")
                && p.message().contains("CA-QC") && p.message().contains("Ontario")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.key().equals("interviewers[0].country")
                && p.message().contains("DE-BY (Bavaria)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.key().equals("interviewers[1].country")
                && p.message().contains("country = \"NL\"")), problems.toString());
    }
}
