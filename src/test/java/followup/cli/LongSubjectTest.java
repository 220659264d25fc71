package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject that comes out too long because of what a record holds (a long company and position) is a problem that
 * names the record and what to shorten, not only the template's first line, which is the same for every record.
 */
class LongSubjectTest {
    @TempDir
    Path tmp;

    @Test
    void a_subject_made_too_long_by_a_record_names_the_record_and_position_title() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("widgets.conf"), """
                company = "The International Consolidated Widgets and Sprockets Manufacturing Company of North America"
                position = "Senior Principal Staff Software Engineering Architect, Platform Reliability and Developer Experience"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "Jane Doe", email = "jane@widgets.example", topics = ["the roadmap"] }
                ]
                """);
        Files.writeString(interviews.resolve("acme.conf"), """
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "Jane Doe", email = "jane@acme.example", topics = ["the roadmap"] }
                ]
                """);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("call-reminder.ftl:1: Subject: the subject came out "), r::toString);
        assertTrue(r.err().contains(" characters long for interview widgets; keep it under 200 (a shorter"
                + " position-title or company in the record, or a shorter subject here): Call Jane Doe at The"
                + " International Consolidated Widgets"), r::toString);
        assertTrue(!r.err().contains("interview acme"), r::toString);
    }
}
