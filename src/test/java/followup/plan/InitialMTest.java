package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * "M." is Monsieur only in a French record; elsewhere it is an initial, so the name's given name is unknown and
 * the greeting uses the name as written.
 */
class InitialMTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "en; M. Smith; Dear M. Smith,",
            "en; M. John Smith; Dear M. John Smith,",
            "en; M Smith; Dear M Smith,",
            "de; M. Schmidt; Guten Tag M. Schmidt,",
            "es; M. García; Hola, M. García:",
            "fr; M. Dupont; Bonjour Monsieur Dupont,",
            "fr; M. Jean Dupont; Bonjour Monsieur Dupont,",
            "fr; M. de Gaulle; Bonjour Monsieur de Gaulle,",
            "en; Mr. Smith; Dear Mr. Smith,",
    })
    void m_is_monsieur_only_in_french(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @Test
    void an_initial_m_is_a_guess_outside_french_and_keeps_the_name_whole() {
        PersonName english = PersonName.parse("M. Smith", "en");
        assertFalse(english.certain(), english::toString);
        assertEquals(PersonName.Courtesy.NONE, english.courtesy());
        assertEquals("M. Smith", english.full());

        PersonName french = PersonName.parse("M. Smith", "fr");
        assertTrue(french.certain(), french::toString);
        assertEquals(PersonName.Courtesy.MAN, french.courtesy());
        assertEquals("Smith", french.full());
    }
}
