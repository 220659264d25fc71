package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice that a message did not arrive says why as its report does: a server that gave up after trying for some
 * time, or a full mailbox it refused at once, where "after trying for some time" would be untrue.
 */
class UndeliveredNoticeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static String body(String language, boolean full) {
        return new NoticeTexts(language, NEW_YORK).render("undelivered", Map.of("address", "jane@acme.example",
                "subject", "Thank you", "diagnostic", full ? "smtp; 552 5.2.2 <jane@acme.example>: Mailbox full"
                        : "X-Postfix; connect to mx.acme.example[203.0.113.25]:25: Connection timed out",
                "interviewId", "acme", "full", full)).body();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The person's mailbox is full|after trying for some time",
            "de|Das Postfach der Person ist voll|nach einiger Zeit aufgegeben",
            "fr|La boîte aux lettres de la personne est pleine|après avoir réessayé un certain temps",
            "es|El buzón de la persona está lleno|tras intentarlo durante un tiempo"})
    void aFullMailboxIsSaidToBeFullAndAServerThatGaveUpToHaveTried(String language, String full, String tried) {
        String fullBody = body(language, true);
        assertTrue(fullBody.contains(full), fullBody);
        assertFalse(fullBody.contains(tried), fullBody);
        assertTrue(fullBody.contains("followup resume acme"), fullBody);
        String gaveUp = body(language, false);
        assertTrue(gaveUp.contains(tried), gaveUp);
        assertFalse(gaveUp.contains(full), gaveUp);
    }

    @Test
    void aNoticeQueuedBeforeTheFlagExistedReadsAsTheServerGivingUp() {
        String body = new NoticeTexts("en", NEW_YORK).render("undelivered", Map.of("address", "jane@acme.example",
                "subject", "", "diagnostic", "Status: 4.4.7", "interviewId", "acme")).body();
        assertTrue(body.contains("after trying for some time"), body);
    }
}
