package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A salutation is used as written, so one written with another language's form of address puts that word into the
 * message: "Guten Tag Ms. Chen," in a German thank-you, "Dear Frau Vogel," in an English one. validate says so at
 * the salutation's line, with the greeting the message would open with and the form the record's language uses.
 */
class SalutationLanguageTest {
    @TempDir
    Path tmp;

    private Cli.Result validate(String language, String people) throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("globex.conf"), """
                company = "Globex"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                language = %s
                interviewers = [
                %s
                ]
                """.formatted(language, people));
        return Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
    }

    @Test
    void anEnglishFormOfAddressInAGermanRecordIsWarnedWithTheGermanOne() throws Exception {
        Cli.Result r = validate("de", """
                  { name = "Lisa Chen", salutation = "Ms. Chen", email = "lisa@globex.example", topics = ["Roadmap"] }
                  { name = "Tom Berger", salutation = "Mr. Berger", email = "tom@globex.example", topics = ["Roadmap"] }
                  { name = "Lena Vogel", salutation = "Frau Dr. Vogel", email = "lena@globex.example", topics = ["Roadmap"] }
                """);

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("globex.conf:6: interviewers[0].salutation: warning: \"Ms. Chen\" is an English"
                + " form of address, and the messages of this record are in German, so they greet \"Guten Tag Ms. Chen,\";"
                + " write salutation = \"Frau Chen\""), r::toString);
        assertTrue(r.out().contains("globex.conf:7: interviewers[1].salutation: warning: \"Mr. Berger\" is an English"
                + " form of address"), r::toString);
        assertTrue(r.out().contains("write salutation = \"Herr Berger\""), r::toString);
        assertFalse(r.out().contains("interviewers[2].salutation"), r::toString);
    }

    @Test
    void aGermanOrSpanishFormOfAddressInAnEnglishOrFrenchRecordIsWarned() throws Exception {
        Cli.Result en = validate("en", """
                  { name = "Lena Vogel", salutation = "Frau Dr. Vogel", email = "lena@globex.example", topics = ["the roadmap"] }
                  { name = "Lucía García", salutation = "Sra. García", email = "lucia@globex.example", topics = ["the roadmap"] }
                  { name = "Lisa Chen", salutation = "Ms. Chen", email = "lisa@globex.example", topics = ["the roadmap"] }
                """);
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().contains("interviewers[0].salutation: warning: \"Frau Dr. Vogel\" is a German form of"
                + " address, and the messages of this record are in English, so they greet \"Dear Frau Dr. Vogel,\"; write"
                + " salutation = \"Dr. Vogel\""), en::toString);
        assertTrue(en.out().contains("interviewers[1].salutation: warning: \"Sra. García\" is a Spanish form of"
                + " address"), en::toString);
        assertTrue(en.out().contains("write salutation = \"Ms. García\""), en::toString);
        assertFalse(en.out().contains("interviewers[2].salutation"), en::toString);

        Cli.Result fr = validate("fr", """
                  { name = "Jonas Weiß", salutation = "Herr Weiß", email = "jonas@globex.example", topics = ["la feuille de route"] }
                  { name = "Claire Martin", salutation = "Madame Martin", email = "claire@globex.example", topics = ["la feuille de route"] }
                """);
        assertTrue(fr.out().contains("interviewers[0].salutation: warning: \"Herr Weiß\" is a German form of address,"
                + " and the messages of this record are in French, so they greet \"Bonjour Herr Weiß,\"; write salutation ="
                + " \"Monsieur Weiß\""), fr::toString);
        assertFalse(fr.out().contains("interviewers[1].salutation"), fr::toString);
    }

    /** "Hr. Weiß", as a German invitation writes it, is German too: outside German it is warned with the form to write. */
    @Test
    void anAbbreviatedHerrInAnotherLanguagesRecordIsWarned() throws Exception {
        Cli.Result en = validate("en", """
                  { name = "Jonas Weiß", salutation = "Hr. Weiß", email = "jonas@globex.example", topics = ["the roadmap"] }
                """);
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().contains("interviewers[0].salutation: warning: \"Hr. Weiß\" is a German form of address,"
                + " and the messages of this record are in English, so they greet \"Dear Hr. Weiß,\"; write salutation ="
                + " \"Mr. Weiß\""), en::toString);
        Cli.Result de = validate("de", """
                  { name = "Jonas Weiß", salutation = "Hr. Weiß", email = "jonas@globex.example", topics = ["Roadmap"] }
                """);
        assertFalse(de.out().contains("interviewers[0].salutation"), de::toString);
    }
}
