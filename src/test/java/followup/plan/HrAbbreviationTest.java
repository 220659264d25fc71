package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Hr." before a name, as a German (or Danish, Norwegian) invitation names its contact, is Herr, Mr., in a record
 * of any language: "Hr. Jonas Weiß" in an English record is greeted "Dear Mr. Weiß,", not "Dear Hr. Jonas Weiß,"
 * as if "Hr" were the HR department. "Fr." stays Father outside German.
 */
class HrAbbreviationTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "en; Hr. Jonas Weiß; Dear Mr. Weiß,",
            "en; Hrn. Jonas Weiß; Dear Mr. Weiß,",
            "fr; Hr. Jonas Weiß; Bonjour Monsieur Weiß,",
            "es; Hr. Jonas Weiß; Estimado Sr. Weiß:",
            "de; Hr. Jonas Weiß; Sehr geehrter Herr Weiß,",
            "en; Fr. John Smith; Dear Fr. John Smith,",
            // the HR department is still no person
            "en; HR Team; Dear HR Team,",
    })
    void hrIsHerrInEveryLanguage(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"en", "fr", "es"})
    void theNameIsCertainAndReadWithoutTheAbbreviation(String language) {
        PersonName n = PersonName.parse("Hr. Jonas Weiß", language);
        assertTrue(n.certain(), n::toString);
        assertEquals("Jonas Weiß", n.full());
        assertEquals(PersonName.Courtesy.MAN, n.courtesy());
    }
}
