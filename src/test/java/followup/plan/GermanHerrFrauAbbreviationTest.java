package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A German job ad or invitation names its contact "Fr. Anna Berg" or "Hr. Jens Hansen": in a German record these
 * are Frau and Herr, and the greeting is the one "Frau"/"Herr" get. Elsewhere "Fr." stays a priest's title
 * (Father), greeted with the full name as before.
 */
class GermanHerrFrauAbbreviationTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "de; Fr. Anna Berg; Sehr geehrte Frau Berg,",
            "de; Hr. Jens Hansen; Sehr geehrter Herr Hansen,",
            "de; Hrn. Jens Hansen; Sehr geehrter Herr Hansen,",
            "de; Fr. Dr. Anna Berg; Sehr geehrte Frau Dr. Berg,",
            "de; Hr. Prof. Dr. Jens Hansen; Sehr geehrter Herr Prof. Hansen,",
            "de; Frau Anna Berg; Sehr geehrte Frau Berg,",
            // "Fr." is Father outside German
            "en; Fr. John Smith; Dear Fr. John Smith,",
    })
    void abbreviatedHerrAndFrauAreTheWordsInGerman(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Fr. Anna Berg; Anna Berg", "Hr. Jens Hansen; Jens Hansen"})
    void theAbbreviationIsNoPartOfTheNameTheColleaguesRead(String name, String full) {
        assertEquals(full, PersonName.parse(name, "de").full());
    }
}
