package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate says about names the messages would get wrong: an initial "M.", a name in capitals. */
class NameWarningsTest {
    @TempDir
    Path tmp;

    private Cli.Result validate(String record) throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("names.conf"), record);
        return Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
    }

    @Test
    void an_initial_m_in_an_english_record_is_a_guess_and_greets_with_the_name_as_written() throws Exception {
        Cli.Result r = validate("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "M. Smith", email = "smith@acme.example", topics = ["the roadmap"] }
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("names.conf:5: interviewers[0].name: warning: how to address \"M. Smith\" had to"
                + " be guessed (the given name is only an initial), so the messages greet with the full name"
                + " (\"Dear M. Smith,\")"), r::toString);
        assertFalse(r.out().contains("Mr. Smith,"), r::toString);
    }

    @Test
    void an_m_in_a_french_record_is_monsieur_and_no_guess() throws Exception {
        Cli.Result r = validate("""
                company = "Exemple SA"
                position = "Ingénieur"
                at = "2027-01-14T14:00"
                language = fr
                interviewers = [
                  { name = "M. Dupont", email = "dupont@exemple.fr", topics = ["la feuille de route"] }
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("interviewers[0].name"), r::toString);
    }
}
