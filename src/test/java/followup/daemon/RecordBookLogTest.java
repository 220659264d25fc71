package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import followup.config.RecordLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the daemon's log says about the records: nothing per record at start, a line per change while it runs. */
class RecordBookLogTest {
    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger bookLog = (Logger) LoggerFactory.getLogger(RecordBook.class);
    private Level level;

    @BeforeEach
    void listen() {
        level = bookLog.getLevel();
        bookLog.setLevel(Level.INFO);
        bookLog.setAdditive(false);              // to the list only: the broken record's warnings stay off the console
        log.start();
        bookLog.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        bookLog.detachAppender(log);
        bookLog.setAdditive(true);
        bookLog.setLevel(level);
    }

    @Test
    void aStartLogsNoLinePerRecordButItsProblemsAndEachLaterChangeGetsOne() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        for (int i = 0; i < 50; i++) {
            write(interviews.resolve("r%02d.conf".formatted(i)), "Acme " + i);
        }
        Files.writeString(interviews.resolve("broken.conf"), "company = \"Acme\"\n");
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()));

        assertEquals(50, book.loadNow().size());
        assertEquals(List.of(), lines(Level.INFO), "no line per record read at start");
        assertTrue(lines(Level.WARN).stream().anyMatch(l -> l.contains("broken.conf") && l.contains("position")),
                () -> "the broken record's problems are logged at start: " + lines(Level.WARN));

        write(interviews.resolve("new.conf"), "Globex");
        write(interviews.resolve("r07.conf"), "Initech");
        Files.delete(interviews.resolve("r08.conf"));
        book.refresh();                          // a change must look the same on two scans before it is read
        Set<String> changed = book.refresh();

        assertEquals(Set.of("new", "r07", "r08"), changed);
        List<String> info = lines(Level.INFO);
        assertEquals(3, info.size(), info::toString);
        assertTrue(info.contains("Record loaded: " + interviews.resolve("new.conf")), info::toString);
        assertTrue(info.contains("Record changed: " + interviews.resolve("r07.conf")), info::toString);
        assertTrue(info.contains("Record removed: r08; its unsent messages are cancelled"), info::toString);
    }

    @Test
    void aRecordBrokenThenPutBackAsItWasIsLoggedAsFixed() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        write(interviews.resolve("acme.conf"), "Acme");
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()));
        assertEquals(1, book.loadNow().size());

        String good = Files.readString(interviews.resolve("acme.conf"));
        Files.writeString(interviews.resolve("acme.conf"), good.replace("position", "positon"));
        book.refresh();
        book.refresh();
        assertTrue(lines(Level.WARN).stream().anyMatch(l -> l.contains("Record acme has problems")),
                () -> lines(Level.WARN).toString());

        Files.writeString(interviews.resolve("acme.conf"), good);
        book.refresh();
        assertEquals(Set.of(), book.refresh(), "the same record as before: nothing to plan again");
        assertEquals(List.of("Record fixed: " + interviews.resolve("acme.conf")), lines(Level.INFO));
    }

    /** A copy beside a running record, its name differing only in case: the running one keeps its schedule. */
    @Test
    void aCopyWhoseIdDiffersOnlyInCaseNeitherReplacesNorCancelsTheRunningRecord() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        write(interviews.resolve("past.conf"), "Vandelay");
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()));
        assertEquals(1, book.loadNow().size());

        write(interviews.resolve("PAST.conf"), "Vandelay Industries");
        book.refresh();
        Set<String> changed = book.refresh();

        assertEquals(Set.of(), changed, "the running record was removed or replaced");
        assertEquals("Vandelay", book.get("past").orElseThrow().company());
        assertTrue(book.get("PAST").isEmpty(), "the copy was read");
        assertEquals(List.of(), lines(Level.INFO), "a record removed or loaded: " + lines(Level.INFO));
        assertTrue(lines(Level.WARN).stream().anyMatch(l -> l.contains("Record past has problems; keeping its last"
                + " valid version")), () -> lines(Level.WARN).toString());
    }

    private List<String> lines(Level level) {
        return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void write(Path file, String company) throws Exception {
        Files.writeString(file, """
                company = "%s"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane@acme.example", topics = ["the CI"] } ]
                """.formatted(company));
    }
}
