package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status --events N}: the last N events; 0 for none, which never claims there were none. */
class StatusEventsTest {
    @TempDir
    Path tmp;

    @Test
    void noEventsAskedForIsNoEventsSectionNotNoneYet() throws Exception {
        Path config = Workspaces.write(tmp);
        Files.copy(Path.of("conf/interviews/acme-platform.conf"),
                Files.createDirectories(tmp.resolve("conf/interviews")).resolve("acme-platform.conf"));
        Cli.Result hold = Cli.run("hold", "acme-platform", "--reason", "offer elsewhere", "--config",
                config.toString()).assertNoStackTrace();
        assertEquals(0, hold.code(), hold::toString);

        Cli.Result one = Cli.run("status", "--events", "1", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, one.code(), one::toString);
        assertTrue(one.out().contains("hold  acme-platform: held by you: offer elsewhere"), one::toString);

        Cli.Result none = Cli.run("status", "--events", "0", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, none.code(), none::toString);
        assertTrue(none.out().contains("On hold by you: acme-platform"), none::toString);
        assertFalse(none.out().contains("none yet"), "an event was recorded:\n" + none);
        assertFalse(none.out().contains("Last events"), none::toString);
    }
}
