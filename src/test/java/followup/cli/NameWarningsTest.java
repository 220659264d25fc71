package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                + " (\"Dear M. Smith,\"); say how with salutation = \"Ms. Smith\" or \"Mr. Smith\""), r::toString);
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

    @Test
    void a_name_in_capitals_is_warned_at_its_line_with_the_name_in_normal_case() throws Exception {
        Cli.Result r = validate("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "ANNE O'NEILL", email = "anne@acme.example", topics = ["the roadmap"] }
                  { name = "MS. JOAN DE LA CRUZ-MILLER", email = "joan@acme.example", topics = ["the roadmap"] }
                  { name = "Jean DUPONT", email = "jean@acme.example", topics = ["the roadmap"] }
                  { name = "Sam McDONALD", email = "sam@acme.example", topics = ["the roadmap"] }
                  { name = "J.R. Smith", email = "jr@acme.example", topics = ["the roadmap"] }
                  { name = "AJ Lee-Jones", email = "aj@acme.example", topics = ["the roadmap"] }
                  { name = "Raj Patel III", email = "raj@acme.example", topics = ["the roadmap"] }
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        for (String expected : List.of(
                "names.conf:5: interviewers[0].name: warning: the name \"ANNE O'NEILL\" is written in capitals, and"
                        + " the messages print it as written (\"Dear ANNE O'NEILL,\"); write it in normal case:"
                        + " name = \"Anne O'Neill\" (greeted \"Dear Anne,\"), or say how to address them with"
                        + " salutation = \"Ms. O'Neill\" or \"Mr. O'Neill\"",
                "names.conf:6: interviewers[1].name: warning: the name \"MS. JOAN DE LA CRUZ-MILLER\" is written in"
                        + " capitals",
                "name = \"Ms. Joan de la Cruz-Miller\" (greeted \"Dear Ms. de la Cruz-Miller,\")",
                "names.conf:7: interviewers[2].name: warning: the name \"Jean DUPONT\" is written in capitals",
                "name = \"Jean Dupont\" (greeted \"Dear Jean,\")")) {
            assertTrue(r.out().contains(expected), () -> "missing " + expected + " in\n" + r);
        }
        assertFalse(r.out().contains("salutation = \"ANNE"), r::toString);
        assertFalse(r.out().contains("interviewers[0].name: warning: how to address"), "one warning per name:\n" + r);
        for (String fine : List.of("McDONALD", "J.R. Smith", "AJ Lee-Jones", "Raj Patel III")) {
            assertFalse(r.out().contains(fine + "\" is written in capitals"), () -> fine + " is fine:\n" + r);
        }
    }

    @Test
    void a_name_in_a_script_without_capitals_is_not_said_to_be_in_capitals() throws Exception {
        Cli.Result r = validate("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "山田太郎", email = "yamada@acme.example", topics = ["the roadmap"] }
                  { name = "김민준", email = "minjun@acme.example", topics = ["the roadmap"] }
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("is written in capitals"), r::toString);
        assertFalse(r.out().contains("normal case"), r::toString);
        assertTrue(r.out().contains("names.conf:5: interviewers[0].name: warning: how to address \"山田太郎\" had to be"
                + " guessed (the name is written in a script without capitals, so its given and family names cannot"
                + " be told apart), so the messages greet with the full name (\"Dear 山田太郎,\")"), r::toString);
    }
    @Test
    void a_name_written_family_name_first_or_with_a_role_is_warned_with_the_name_to_write_instead() throws Exception {
        Cli.Result r = validate("""
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "Doe, Jane", email = "jane@acme.example", topics = ["the roadmap"] }
                  { name = "Smith, Dr. Ann", email = "ann@acme.example", topics = ["the roadmap"] }
                  { name = "Sam Rivera (Recruiter)", email = "sam@acme.example", topics = ["the roadmap"] }
                  { name = "lee@acme.example", email = "lee@acme.example", topics = ["the roadmap"] }
                  { name = "Tom Berger, Raj Patel", email = "tom@acme.example", topics = ["the roadmap"] }
                  { name = "John Smith, Jr.", email = "john@acme.example", topics = ["the roadmap"] }
                  { name = "Jane Roe, PhD", email = "roe@acme.example", topics = ["the roadmap"] }
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        for (String expected : List.of(
                "names.conf:5: interviewers[0].name: warning: the name \"Doe, Jane\" is written family name first,"
                        + " with a comma, as a directory lists people, and the messages print it so"
                        + " (\"Dear Doe, Jane,\"); write it as it is said: name = \"Jane Doe\" (greeted \"Dear Jane,\")",
                "names.conf:6: interviewers[1].name: warning: the name \"Smith, Dr. Ann\" is written family name"
                        + " first, with a comma, as a directory lists people, and the messages print it so"
                        + " (\"Dear Smith, Dr. Ann,\"); write it as it is said: name = \"Dr. Ann Smith\""
                        + " (greeted \"Dear Dr. Smith,\")",
                "names.conf:7: interviewers[2].name: warning: the name \"Sam Rivera (Recruiter)\" has"
                        + " \"(Recruiter)\" after it, and the messages print it as part of the name"
                        + " (\"Dear Sam Rivera (Recruiter),\"); write name = \"Sam Rivera\" (greeted \"Dear Sam,\"),"
                        + " and a role as title = \"Recruiter\"",
                "names.conf:8: interviewers[3].name: warning: the name \"lee@acme.example\" is an email address,",
                "names.conf:9: interviewers[4].name: warning: the name \"Tom Berger, Raj Patel\" looks like two"
                        + " people (\"Tom Berger\" and \"Raj Patel\")")) {
            assertTrue(r.out().contains(expected), () -> "expected: " + expected + "\n" + r);
        }
        assertFalse(r.out().contains("interviewers[5].name"), () -> "\", Jr.\" is a suffix:\n" + r);
        assertFalse(r.out().contains("interviewers[6].name"), () -> "\", PhD\" is a degree:\n" + r);
        assertFalse(r.out().contains("salutation = \"Doe, Jane\""), () -> "no advice to keep the comma:\n" + r);
    }
}
