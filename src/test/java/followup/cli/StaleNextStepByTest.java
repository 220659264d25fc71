package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Problem;
import followup.config.RecordLoader;
import followup.plan.Interview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interview put off to a later day whose record keeps the next-step-by of the first date: the record still
 * loads (a refused edit would keep the old date running, and its thank-you would go out before the interview), the
 * date is not used, and validate warns at its line.
 */
class StaleNextStepByTest {
    private static final String POSTPONED = """
            company = "Acme Corp"
            position = "Platform Engineer"
            at = "2027-01-20T14:00"
            zone = "America/New_York"
            interviewers = [
              { name = "Jane Doe", email = "jane@acme.example", topics = ["the CI pipeline"] }
            ]
            next-step-by = "2027-01-15"
            """;

    @TempDir
    Path tmp;

    @Test
    void a_next_step_by_before_the_interview_is_not_used_and_the_record_still_loads() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("interviews")).resolve("acme.conf"),
                POSTPONED);
        List<Problem> problems = new ArrayList<>();
        Interview interview = new RecordLoader(ZoneId.of("America/New_York"), Path.of("templates")).load(file,
                problems);

        assertEquals(List.of(), problems);
        assertNotNull(interview, "the record was refused");
        assertEquals(LocalDate.parse("2027-01-20"), interview.at().toLocalDate());
        assertNull(interview.nextStepBy());
    }

    @Test
    void validate_warns_about_it_at_its_line() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("acme.conf"), POSTPONED);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("acme.conf:8: next-step-by: warning: 2027-01-15 is before the interview"
                + " (2027-01-20), so it is not used: the follow-up is planned as for an interview without a stated"
                + " timeline; if they gave a new date, write it: next-step-by = \"2027-01-27\""), r::toString);
    }
}
