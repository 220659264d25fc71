package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import followup.config.RecordLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who leaves the daemon running hears what validate warns about in a record: each warning is one line of the
 * log when the record is read, and again only when the record changes, not at every look at an unchanged file.
 */
class RecordWarningsLogTest {
    @TempDir
    Path tmp;

    /** A record whose domains leave out the interviewers' own, in a zone written as an offset. */
    private static final String ACME = """
            company = "Acme Corp"
            position = "Platform Engineer"
            at = "2027-01-14T14:00"
            zone = "GMT+1"
            interviewers = [
              { name = "Jane Doe", email = "jane.doe@acme.com", topics = ["the CI pipeline"] }
            ]
            domains = ["acme.io"]
            """;

    private static final String GLOBEX = """
            company = "Globex"
            position = "Site Reliability Engineer"
            at = "2027-01-15T10:00"
            interviewers = [ { name = "Tom Berger", email = "tom.berger@globex.example", topics = ["on-call"] } ]
            """;

    @Test
    void eachWarningIsLoggedOnceWhenTheRecordIsReadAndAgainOnlyWhenItChanges() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path acme = interviews.resolve("acme.conf");
        Files.writeString(acme, ACME);
        Files.writeString(interviews.resolve("globex.conf"), GLOBEX);
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()));
        try (Listened log = Listened.to(RecordBook.WARNINGS_LOG)) {
            book.loadNow();
            List<String> first = warnings(log);
            assertTrue(first.size() >= 2, first::toString);
            assertTrue(first.stream().allMatch(l -> l.startsWith(acme + ":")), first::toString);
            assertTrue(first.contains(acme + ":4: zone: warning: \"GMT+01:00\" is a fixed offset, which never changes"
                    + " for summer time: where the clocks change, the interview's hour and the send window are an hour"
                    + " off for half the year, and the offset belongs to no country, so no public holiday is known;"
                    + " write the name of the place's zone (a valid value looks like zone = \"Europe/Berlin\" or"
                    + " \"America/New_York\"), or zone = \"UTC\" for UTC itself"), first::toString);
            assertTrue(first.stream().anyMatch(l -> l.startsWith(acme + ":8: domains: warning: the interviewers' own"
                    + " domain acme.com (Jane Doe) is not in domains")), first::toString);

            // looked at again, the same file saved again unchanged, another record changed: nothing new to say
            look(book);
            Files.writeString(acme, ACME);
            Files.setLastModifiedTime(acme, FileTime.from(Instant.now().plusSeconds(5)));
            Files.writeString(interviews.resolve("globex.conf"), GLOBEX.replace("Globex", "Globex Corp"));
            assertEquals(Set.of("globex"), look(book));
            assertEquals(first, warnings(log), "warned again about a record that did not change");

            // the record changes: its warnings are said again, once
            Files.writeString(acme, ACME.replace("Acme Corp", "Acme Inc"));
            assertEquals(Set.of("acme"), look(book));
            look(book);
            assertEquals(2 * first.size(), warnings(log).size(), () -> warnings(log).toString());

            // the domains fixed: only what is left is said
            Files.writeString(acme, ACME.replace("Acme Corp", "Acme Inc").replace("[\"acme.io\"]",
                    "[\"acme.io\", \"acme.com\"]"));
            assertEquals(Set.of("acme"), look(book));
            List<String> after = warnings(log).subList(2 * first.size(), warnings(log).size());
            assertEquals(first.stream().filter(l -> !l.contains(": domains: ")).toList(), after, after::toString);
        }
    }

    /** A year typed wrong (2026 in the January of 2027): the daemon's clock is asked, as validate's is. */
    @Test
    void aYearWrittenWrongIsWarnedAboutAsOfTheDaemonsClock() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(interviews.resolve("globex.conf"), GLOBEX.replace("2027-01-15", "2026-01-15"));
        Clock january = Clock.fixed(Instant.parse("2027-01-14T12:00:00Z"), ZoneOffset.UTC);
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()), january);
        try (Listened log = Listened.to(RecordBook.WARNINGS_LOG)) {
            book.loadNow();
            List<String> lines = warnings(log);
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).startsWith(interviews.resolve("globex.conf") + ":3: at: warning: the interview is"
                    + " on Thu 15 Jan 2026"), lines::toString);
        }
    }

    /**
     * A later round whose previous names no record (a typo, the earlier round's file named otherwise): validate and
     * plan warned that the earlier round's follow-ups would not give way, but the daemon, which sends them, said
     * nothing. It logs the same warning when it reads the record, and no more once the earlier round is there.
     */
    @Test
    void aPreviousThatNamesNoRecordIsWarnedAboutAsValidateDoes() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path onsite = interviews.resolve("globex-onsite.conf");
        Files.writeString(onsite, GLOBEX.replace("2027-01-15", "2027-01-22") + "previous = \"globex-screen\"\n");
        RecordBook book = new RecordBook(interviews, new RecordLoader(DaemonHarness.ZONE,
                Path.of("templates").toAbsolutePath()));
        try (Listened log = Listened.to(RecordBook.WARNINGS_LOG)) {
            book.loadNow();
            List<String> lines = warnings(log);
            assertEquals(List.of(onsite + ":5: previous: warning: no record has the id \"globex-screen\" (no"
                    + " globex-screen.conf among the interviews), so the follow-ups of the earlier round do not give"
                    + " way to this one; write the file name without .conf of the earlier round"), lines);

            Files.writeString(interviews.resolve("globex-screen.conf"), GLOBEX);
            assertEquals(Set.of("globex-screen"), look(book));
            assertEquals(lines, warnings(log), "said again, or said of a previous that is there now");
        }
    }

    /** Two looks in a row: a change is read once it looks the same on both. */
    private static Set<String> look(RecordBook book) {
        book.refresh();
        return book.refresh();
    }

    private static List<String> warnings(Listened log) {
        return log.events().stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .filter(l -> l.contains(": warning: ")).toList();
    }
}
