package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice that a message reported uncertain went out after all, in each language: it names the message and
 * says, in the job seeker's language, not to send it themselves.
 */
class SentAfterAllNoticeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|the message to jane@acme.example did go out|Do not send it yourself",
            "de|Die Nachricht an jane@acme.example ist doch hinausgegangen|Senden Sie sie nicht selbst",
            "fr|le message à jane@acme.example est bien parti|Ne l'envoyez pas vous-même",
            "es|el mensaje a jane@acme.example sí salió|No lo envíes tú"})
    void itSaysTheMessageWentOutAndNotToSendItAgain(String language, String subject, String advice) {
        NoticeTexts.Text text = new NoticeTexts(language, ZoneId.of("Europe/Berlin")).render("sent-after-all",
                Map.of("recipient", "jane@acme.example", "key", "acme/thank-you/jane@acme.example", "messageId",
                        "<3f9a2c1b@example.com>"));
        assertTrue(text.subject().contains(subject), text.subject());
        assertTrue(text.body().contains(advice), text.body());
        assertTrue(text.body().contains("  acme/thank-you/jane@acme.example\n  Message-ID <3f9a2c1b@example.com>\n"),
                text.body());
        assertFalse(text.body().contains("${"), text.body());
    }
}
