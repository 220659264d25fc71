package followup.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice that someone is out of office, when the next message to them goes out after their return anyway, says
 * when in one pair of brackets, as the other languages do: never "(Tue 26 Jan 10:00 (America/New_York))".
 */
class AwayNoticeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The follow-up to them goes out after that anyway (Tue 26 Jan 10:00, America/New_York).",
            "de|geht ohnehin erst danach hinaus (am Dienstag, 26. Januar, um 10:00 Uhr, America/New_York).",
            "fr|partira de toute façon après cette date (le mardi 26 janvier à 10h00, America/New_York).",
            "es|saldrá de todos modos después de esa fecha (el martes 26 de enero a las 10:00, America/New_York)."})
    void theMomentOfAMessageThatGoesOutAfterTheReturnAnywayIsInOnePairOfBrackets(String language, String sentence) {
        String body = new NoticeTexts(language, NEW_YORK).render("away", Map.of("address", "jane@acme.example",
                "returnDate", LocalDate.of(2027, 1, 25), "received", Instant.parse("2027-01-20T15:00:00Z"),
                "step", "follow-up", "due", Instant.parse("2027-01-26T15:00:00Z"), "zone", "America/New_York",
                "outcome", "anyway")).body();
        assertTrue(body.contains(sentence), body);
    }
}
