package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A salutation that starts with a greeting ("Dear Lisa") is refused, since the messages add their own; but a name
 * can be one of those words too: "Cher", the given name of Cher Lloyd, is also French for "dear". The person's own
 * name is no greeting, in any language: the salutation a warning advises is accepted when written.
 */
class SalutationOwnNameTest {
    @TempDir
    Path tmp;

    @Test
    void theSalutationAWarningAdvisesForAOneWordNameIsAccepted() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Path record = interviews.resolve("orbital.conf");
        Files.writeString(record, """
                company = "Orbital SA"
                position = "Ingénieur logiciel"
                at = "2027-01-14T14:00"
                zone = "Europe/Paris"
                language = fr
                interviewers = [
                  { name = "Cher", email = "cher@orbital.example", topics = ["la refonte du pipeline"] }
                ]
                """);
        Cli.Result warned = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, warned.code(), warned::toString);
        assertTrue(warned.out().contains("say how with salutation = \"Cher\""), warned::toString);

        Files.writeString(record, Files.readString(record).replace("{ name = \"Cher\",",
                "{ name = \"Cher\", salutation = \"Cher\","));
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertFalse(r.err().contains("starts with a greeting"), r::toString);
        assertFalse(r.out().contains("interviewers[0].name: warning"), r::toString);
    }

    @Test
    void aGivenNameThatIsAGreetingWordInAnotherLanguageIsNoGreeting() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("acme.conf"), """
                company = "Acme Corp"
                position = "Data Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "Cher Lloyd", salutation = "Cher", email = "cher@acme.example", topics = ["the CI"] }
                  { name = "Liebe Hansen", salutation = "Liebe Hansen", email = "lh@acme.example", topics = ["the CI"] }
                  { name = "Lisa Chen", salutation = "Dear Lisa", email = "lc@acme.example", topics = ["on-call"] }
                  { name = "Hope Dear", salutation = "Dear Hope", email = "hd@acme.example", topics = ["on-call"] }
                ]
                """);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("interviewers[0].salutation"), r::toString);
        assertFalse(r.err().contains("interviewers[1].salutation"), r::toString);
        // a greeting word before the name is still one, even when the name has that word
        assertTrue(r.err().contains("acme.conf:7: interviewers[2].salutation: \"Dear Lisa\" starts with a greeting"),
                r::toString);
        assertTrue(r.err().contains("acme.conf:8: interviewers[3].salutation: \"Dear Hope\" starts with a greeting"),
                r::toString);
    }
}
