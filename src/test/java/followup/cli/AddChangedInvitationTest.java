package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup add} of an invitation that changes one already received: a cancellation, a new time. */
class AddChangedInvitationTest {
    private static final Path INVITATIONS = AddWorkspace.INVITATIONS;

    @TempDir
    Path tmp;
    private AddWorkspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new AddWorkspace(tmp);
    }

    private Cli.Result add(String... args) {
        return ws.add(args);
    }

    private List<String> records() throws IOException {
        return ws.records().stream().filter(n -> n.endsWith(".conf")).toList();
    }

    @Test
    void anOutlookCancellationIsRefusedAndNamesTheRecordToClose() throws IOException {
        assertEquals(0, add(INVITATIONS.resolve("outlook-teams.eml").toString()).code());
        Cli.Result r = add(INVITATIONS.resolve("outlook-cancel.ics").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("cancellation"), r::toString);
        assertTrue(r.err().contains("nordlicht-data-senior-data-engineer.conf")
                && r.err().contains("followup hold nordlicht-data-senior-data-engineer"), r::toString);
        assertEquals(List.of("nordlicht-data-senior-data-engineer.conf"), records(), "nothing new written");
    }

    @Test
    void aCancellationSaidOnlyByTheMailPartIsRefusedToo() throws IOException {
        Cli.Result r = add(INVITATIONS.resolve("google-cancel.eml").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("google-cancel.eml") && r.err().contains("cancellation"), r::toString);
        assertTrue(r.err().contains("Acme Corp"), () -> "says whose interview was called off:\n" + r);
        assertEquals(List.of(), records());
    }

    @Test
    void aNewTimeForARecordedInterviewIsRefusedWithWhatToChange() throws IOException {
        assertEquals(0, add(INVITATIONS.resolve("google-calendar.eml").toString()).code());
        Cli.Result r = add("--id", "acme-moved", INVITATIONS.resolve("google-rescheduled.ics").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("this looks like a new time for")
                && r.err().contains("acme-corp-platform-engineer.conf"), r::toString);
        assertTrue(r.err().contains("from 2027-01-14T14:00 to 2027-01-15T10:00")
                && r.err().contains("from America/New_York to America/Chicago"), r::toString);
        assertEquals(List.of("acme-corp-platform-engineer.conf"), records(), "no second record");
    }

    @Test
    void anotherInvitationWithTheSameInterviewerBeforeTheFirstHappenedIsANewTimeToo() throws IOException {
        assertEquals(0, add(INVITATIONS.resolve("google-calendar.eml").toString()).code());
        Cli.Result r = add(INVITATIONS.resolve("outlook-final-round.ics").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("this looks like a new time for") && r.err().contains("2027-01-28T15:00"),
                r::toString);
        assertEquals(List.of("acme-corp-platform-engineer.conf"), records());
    }

    @Test
    void anInvitationAfterTheInterviewHappenedIsTheNextRound() throws IOException {
        assertEquals(0, add(INVITATIONS.resolve("google-calendar.eml").toString()).code());
        Cli.Result r = Cli.run(java.time.Clock.fixed(java.time.Instant.parse("2027-01-16T12:00:00Z"),
                java.time.ZoneOffset.UTC), "add", "--config", ws.config().toString(),
                INVITATIONS.resolve("outlook-final-round.ics").toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("acme-corp-platform-engineer-2.conf", "acme-corp-platform-engineer.conf"), records());
        String text = Files.readString(tmp.resolve("conf/interviews/acme-corp-platform-engineer-2.conf"));
        assertTrue(text.contains("previous = \"acme-corp-platform-engineer\""), text);
        assertTrue(r.out().contains("next round"), r::toString);
    }
}
