package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish writes "Doña" and "Don" before the given name, and as often abbreviated: "Dña.", "Dña", "D.ª", "Dª"
 * and "D.". A Spanish greeting takes the abbreviation for the word: "Estimada" for every form of Doña, "Estimado"
 * for Don; no language takes "Dña." for a given name ("Dear Dña.,").
 */
class SpanishDonDonaTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "es; Doña María García; Estimada Doña María García:",
            "es; Dña. María García; Estimada Dña. María García:",
            "es; Dña María García; Estimada Dña María García:",
            "es; D.ª María García; Estimada D.ª María García:",
            "es; Dª María García; Estimada Dª María García:",
            "es; Dña. García; Estimada Dña. García:",
            "es; Sra. Dña. Ana López; Estimada Sra. Dña. Ana López:",
            "es; Don José Martín; Estimado Don José Martín:",
            "es; D. José Martín; Estimado D. José Martín:",
            "es; Sr. D. José Martín; Estimado Sr. D. José Martín:",
            "en; Dña. García; Dear Dña. García,",
            "en; Doña María García; Dear Doña María García,",
            "de; Dña. María García; Guten Tag Dña. María García,",
            "fr; Dña. García; Bonjour Dña. García,",
            // outside Spanish "D." is an initial, as before
            "en; D. Smith; Dear D. Smith,",
            "en; Don Draper; Dear Don,",
    })
    void everyFormOfDonAndDonaIsTheWord(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @Test
    void aSalutationWithAnAbbreviationIsGreetedAsWithTheWord() {
        assertEquals("Estimada Doña Ana:", Greeting.line("es", "Doña Ana", "Ana Ruiz"));
        assertEquals("Estimada Dña. Ana:", Greeting.line("es", "Dña. Ana", "Ana Ruiz"));
        assertEquals("Estimada D.ª Ana:", Greeting.line("es", "D.ª Ana", "Ana Ruiz"));
        assertEquals("Estimado D. José:", Greeting.line("es", "D. José", "José Martín"));
        assertEquals("Estimado Don José:", Greeting.line("es", "Don José", "José Martín"));
    }

    @Test
    void anAbbreviationAloneIsOnlyATitle() {
        for (String t : new String[] {"Dña.", "Dña", "D.ª", "Dª", "Doña"}) {
            assertTrue(PersonName.onlyTitles(t), t);
        }
        assertFalse(PersonName.onlyTitles("Dña. Ana"));
        PersonName n = PersonName.parse("Dña. García", "es");
        assertFalse(n.certain(), n::toString);
    }
}
