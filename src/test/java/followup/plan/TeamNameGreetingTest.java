package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A team, a department or a company is no person with a given name: "Hiring Team" or the display name of a
 * careers address ("Acme Careers", "Talent Acquisition"), which the answer to a rejection greets, is greeted with
 * the whole name, never "Dear Hiring," or "Dear Acme,". A person whose family name is such a word (Steve Jobs) is
 * greeted as before.
 */
class TeamNameGreetingTest {

    @ParameterizedTest(name = "{0}: {1} gives \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "en; Hiring Team; Dear Hiring Team,",
            "en; Recruiting Team; Dear Recruiting Team,",
            "en; Talent Acquisition; Dear Talent Acquisition,",
            "en; Acme Careers; Dear Acme Careers,",
            "en; Acme HR; Dear Acme HR,",
            "en; Acme Recruitment; Dear Acme Recruitment,",
            "en; Acme Inc.; Dear Acme Inc.,",
            "en; Nordlicht GmbH; Dear Nordlicht GmbH,",
            "es; Equipo Talento; Hola, Equipo Talento:",
            "fr; Équipe Recrutement; Bonjour Équipe Recrutement,",
            "de; Team Recruiting; Guten Tag Team Recruiting,",
            // people
            "en; Steve Jobs; Dear Steve,",
            "en; Jane Doe; Dear Jane,",
    })
    void aTeamIsGreetedWithItsWholeName(String language, String name, String greeting) {
        assertEquals(greeting, Greeting.line(language, null, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Hiring Team", "Acme Careers", "Talent Acquisition"})
    void aTeamIsNoCertainName(String name) {
        assertFalse(PersonName.parse(name).certain(), () -> PersonName.parse(name).toString());
    }
}
