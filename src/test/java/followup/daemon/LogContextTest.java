package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The MDC fields of the lines logged while a message is handled, as the JSON log shows them. */
class LogContextTest {
    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aJobSeekersMessageNamesItsInterviewAndStep() {
        try (LogContext c = LogContext.of("", "acme/thank-you/jane@acme.example")) {
            assertEquals(Map.of("key", "acme/thank-you/jane@acme.example", "interview", "acme", "step", "thank-you"),
                    MDC.getCopyOfContextMap());
        }
        assertEquals(Map.of(), MDC.getCopyOfContextMap() == null ? Map.of() : MDC.getCopyOfContextMap());
    }

    @Test
    void aCandidatesMessageNamesTheCandidateAndTheWholeInterviewId() {
        try (LogContext c = LogContext.of("alice", "alice/acme/thank-you/jane@acme.example")) {
            assertEquals(Map.of("key", "alice/acme/thank-you/jane@acme.example", "candidate", "alice",
                    "interview", "alice/acme", "step", "thank-you"), MDC.getCopyOfContextMap());
        }
        try (LogContext c = LogContext.of("alice", "alice/acme/notice/failed:alice/acme/thank-you/jane@acme.example")) {
            assertEquals("alice/acme", MDC.get("interview"));
            assertEquals("notice", MDC.get("step"));
        }
        assertNull(MDC.get("candidate"));
        assertNull(MDC.get("interview"));
    }
}
