package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Greeting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Hr." and "Fr.", as a German job ad names its contact, are Herr and Frau in a German record's salutation as in its
 * names: "Hr. Weiß" greets "Sehr geehrter Herr Weiß,", never "Guten Tag Hr. Weiß,". Written alone, "Hr." or "Hrn."
 * is only a title and refused as "Dr." is, with the greeting it would give in the record's language.
 */
class GermanSalutationAbbreviationTest {
    @TempDir
    Path tmp;

    @Test
    void abbreviatedHerrAndFrauInAGermanSalutationAreTheWords() {
        assertEquals("Sehr geehrter Herr Weiß,", Greeting.line("de", "Hr. Weiß", "Jonas Weiß"));
        assertEquals("Sehr geehrter Herr Weiß,", Greeting.line("de", "Hrn. Weiß", "Jonas Weiß"));
        assertEquals("Sehr geehrte Frau Dr. Berg,", Greeting.line("de", "Fr. Dr. Berg", "Anna Berg"));
        assertEquals("Frau Berg", Greeting.address("de", "Fr. Berg", "Anna Berg"));
        // outside German "Fr." is Father, and a salutation stays as written
        assertEquals("Dear Fr. Kelly,", Greeting.line("en", "Fr. Kelly", "Michael Kelly"));
        assertEquals("Sehr geehrter Herr Frank,", Greeting.line("de", "Herr Frank", "Jonas Frank"));
    }

    @Test
    void aSalutationThatIsOnlyHrOrFrIsRefusedWithTheGreetingOfTheRecordsLanguage() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("nordlicht.conf"), """
                company = "Nordlicht GmbH"
                position = "Data Engineer"
                at = "2027-01-14T14:00"
                language = de
                interviewers = [
                  { name = "Jonas Weiß", salutation = "Hr.", email = "jonas@nordlicht.example", topics = ["Roadmap"] }
                  { name = "Jens Hansen", salutation = "Hrn.", email = "jens@nordlicht.example", topics = ["Roadmap"] }
                  { name = "Anna Berg", salutation = "Fr.", email = "anna@nordlicht.example", topics = ["Roadmap"] }
                  { name = "Lena Vogel", salutation = "Fr. Vogel", email = "lena@nordlicht.example", topics = ["Roadmap"] }
                ]
                """);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("nordlicht.conf:6: interviewers[0].salutation: \"Hr.\" is only a title, so the"
                + " greeting would read \"Guten Tag Herr,\""), r::toString);
        assertTrue(r.err().contains("nordlicht.conf:7: interviewers[1].salutation: \"Hrn.\" is only a title"),
                r::toString);
        assertTrue(r.err().contains("nordlicht.conf:8: interviewers[2].salutation: \"Fr.\" is only a title, so the"
                + " greeting would read \"Guten Tag Frau,\""), r::toString);
        assertFalse(r.err().contains("interviewers[3]"), r::toString);
    }
}
