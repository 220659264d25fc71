package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A notice template of followup's own that fails to render (a bug) must not cost the user the notice: it goes out
 * in English, or, when the English one fails too, as a plain list of what it is about, and the log says why. The
 * faulty notices are the test's own ({@code followup/notices-faulty/} on the test class path).
 */
class NoticeFallbackTest {
    private static final String FAULTY = "/followup/notices-faulty";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant RECEIVED = Instant.parse("2026-12-07T17:30:00Z");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(NoticeTexts.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
        logger.setAdditive(false);      // the expected warnings stay off the console
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
        logger.setAdditive(true);
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void a_notice_whose_translation_fails_goes_out_in_english_with_a_warning() {
        NoticeTexts.Text text = new NoticeTexts("de", NEW_YORK, FAULTY).render("reply",
                Map.of("company", "Orbital GmbH", "received", RECEIVED));

        assertEquals("Reply from Orbital GmbH", text.subject());
        assertEquals("Orbital GmbH answered on Mon 7 Dec 12:30.\n", text.body());
        assertEquals(1, warnings().size(), warnings().toString());
        assertTrue(warnings().get(0).startsWith("The notice de/reply could not be written (")
                && warnings().get(0).contains("nosuch") && warnings().get(0).endsWith("; it goes out in English"),
                warnings().get(0));
    }

    @Test
    void a_notice_whose_english_text_fails_too_goes_out_as_a_plain_list_of_its_facts() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("address", "jane@acme.example");
        values.put("received", RECEIVED);
        values.put("diagnostic", "smtp; 550 5.1.1 <jane@acme.example>: User unknown");

        NoticeTexts.Text text = new NoticeTexts("de", NEW_YORK, FAULTY).render("bounce", values);

        assertEquals("followup: bounce (notice)", text.subject());
        assertEquals("followup has a notice for you (bounce) that it could not write out in full; what it is"
                + " about:\n\n  address: jane@acme.example\n  received: 2026-12-07T12:30-05:00\n  diagnostic: smtp;"
                + " 550 5.1.1 <jane@acme.example>: User unknown\n", text.body());
        List<String> warnings = warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("The notice de/bounce could not be written (a notice template must"
                + " start with its subject line"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("The notice en/bounce could not be written (")
                && warnings.get(1).endsWith("; it goes out as a plain list of its facts"), warnings.get(1));
    }

    @Test
    void a_notice_that_renders_says_nothing_in_the_log() {
        NoticeTexts.Text text = new NoticeTexts("de", NEW_YORK).render("failed", Map.of("recipient",
                "jane@acme.example", "key", "acme/thank-you/jane@acme.example", "reason", "550 mailbox unavailable"));

        assertEquals("followup: Nachricht an jane@acme.example nicht gesendet", text.subject());
        assertEquals(List.of(), warnings());
    }
}
