package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The README's first command: the demo runs the daemon on a compressed policy, and every message it plans goes. */
class DemoCommandTest {
    @Test
    void theDemoSendsEveryMessageAndHoldsTheRestAfterTheReplyWithNothingFailed() {
        Cli.Result r = Cli.run(java.time.Clock.systemUTC(), "demo").assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("7 sent, 2 held back after the company replied."), r::toString);
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("  failed")), () -> "a message failed:\n" + r);
        assertTrue(r.out().contains("sent handwritten-note"), () -> "the card's reminder:\n" + r);
    }
}
