package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name of three words ("Ana García López": two family names, or a middle name) is greeted with the full name,
 * and validate says how to address the person instead. That advice keeps the courtesy title written in the name
 * and the formal register of German, French and Spanish: following it never turns "Estimada Sra. Ana García
 * López:" into "Hola, Ana:", nor "Guten Tag Juan García López," into "Guten Tag Juan,".
 */
class FormalSalutationAdviceTest {
    @TempDir
    Path tmp;

    private Cli.Result validate(String language, String name) throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("names.conf"), """
                company = "Acme S.L."
                position = "Data Engineer"
                at = "2027-01-14T14:00"
                language = %s
                interviewers = [
                  { name = "%s", email = "ana@acme.example", topics = ["the roadmap"] }
                ]
                """.formatted(language, name));
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    @Test
    void aCourtesyTitleInTheNameIsKeptInTheAdvice() throws Exception {
        Cli.Result es = validate("es", "Sra. Ana García López");
        assertTrue(es.out().contains("(\"Estimada Sra. Ana García López:\"); say how with salutation ="
                + " \"Sra. García López\" or \"Sra. López\""), es::toString);
        assertFalse(es.out().contains("salutation = \"Ana\""), es::toString);

        Cli.Result en = validate("en", "Dr. Jane Marie Doe");
        assertTrue(en.out().contains("say how with salutation = \"Dr. Marie Doe\" or \"Dr. Doe\""), en::toString);
        assertFalse(en.out().contains("salutation = \"Jane\""), en::toString);
    }

    @Test
    void theFormalLanguagesAreNotAdvisedAGivenNameAlone() throws Exception {
        Cli.Result de = validate("de", "Juan García López");
        assertTrue(de.out().contains("say how with salutation = \"Frau García López\" or \"Herr García López\""),
                de::toString);
        Cli.Result fr = validate("fr", "Juan García López");
        assertTrue(fr.out().contains("say how with salutation = \"Madame García López\" or \"Monsieur García"
                + " López\""), fr::toString);
        Cli.Result es = validate("es", "Juan García López");
        assertTrue(es.out().contains("say how with salutation = \"Sra. García López\" or \"Sr. García López\""),
                es::toString);
        // English greets by the given name
        Cli.Result en = validate("en", "Juan García López");
        assertTrue(en.out().contains("say how with salutation = \"Juan\""), en::toString);
    }

    /**
     * A knight or a dame is addressed by the title and the given name, "Dear Sir Patrick," in every language; where
     * the given name is not certain, the greeting is the full name and the advice that form.
     */
    @Test
    void aKnightOrADameIsAdvisedTheTitleWithTheGivenName() throws Exception {
        Cli.Result en = validate("en", "Sir Ian Murray McKellen");
        assertTrue(en.out().contains("(\"Dear Sir Ian Murray McKellen,\"); say how with salutation = \"Sir Ian\""),
                en::toString);
        Cli.Result de = validate("de", "Dame Judith Olivia Dench");
        assertTrue(de.out().contains("say how with salutation = \"Dame Judith\""), de::toString);
        Cli.Result certain = validate("en", "Sir Patrick Stewart");
        assertTrue(!certain.out().contains("had to be guessed"), certain::toString);
    }
}
