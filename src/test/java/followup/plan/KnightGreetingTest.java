package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A knight or a dame goes by the title and the given name: "Dear Sir Patrick,", "Dear Dame Judi,", in every language
 * (the form is the person's, not the language's); "Dear Sir Patrick Stewart," or "Dear Sir Stewart," is the mistake a
 * careful writer avoids. Where the given name is not certain (a middle name or two surnames, an initial), the full
 * name as before.
 */
class KnightGreetingTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "en; Sir Patrick Stewart; Dear Sir Patrick,",
            "en; Dame Judi Dench; Dear Dame Judi,",
            "en; Sir Tim Berners-Lee; Dear Sir Tim,",
            "de; Sir Patrick Stewart; Guten Tag Sir Patrick,",
            "fr; Dame Judi Dench; Bonjour Dame Judi,",
            "es; Sir Patrick Stewart; Hola, Sir Patrick:",
            // not certain: the full name, as for anyone else
            "en; Sir Ian Murray McKellen; Dear Sir Ian Murray McKellen,",
            "en; Sir J. Smith; Dear Sir J. Smith,",
            "en; Sir Stewart; Dear Sir Stewart,",
    })
    void aKnightOrADameIsGreetedByTheTitleAndTheGivenName(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @Test
    void theNameIsCertainAndTheColleaguesReadItWhole() {
        PersonName n = PersonName.parse("Sir Patrick Stewart");
        assertTrue(n.certain(), n::toString);
        assertEquals("Sir Patrick Stewart", n.full());
        assertEquals("Stewart", n.family());
    }
}
