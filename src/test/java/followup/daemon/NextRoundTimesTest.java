package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Problem;
import followup.config.RecordLoader;
import followup.inbox.Invite;
import followup.inbox.InviteParser;
import followup.plan.Interview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next round's record the daemon writes from an invitation in the mailbox says the hour the invitation says, as
 * {@code followup add} reads it: a time without a zone (floating) and a day (an all-day event) are on the earlier
 * round's clock, not UTC moved onto it; a time in UTC is the same moment there.
 */
class NextRoundTimesTest {
    @TempDir
    Path tmp;

    private Interview previous() throws IOException {
        Path file = tmp.resolve("interviews/acme-screen.conf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "company = \"Acme Corp\"\nposition = \"Platform Engineer\"\nat = \"2027-01-14T14:00\"\n"
                + "zone = \"America/Chicago\"\ninterviewers = [ { name = \"Jane Doe\", email = \"jane.doe@acme.example\" } ]\n");
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(ZoneId.of("America/New_York"), tmp.resolve("templates")).load(file, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return iv;
    }

    private static Invite invite(String dtstart) {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                + "UID:next@acme.example\r\nDTSTAMP:20270120T000000Z\r\n" + dtstart + "\r\n"
                + "SUMMARY:Acme Corp - Platform Engineer - Onsite\r\n"
                + "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.example\r\n"
                + "ATTENDEE;CN=Raj Patel:mailto:raj.patel@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return InviteParser.read(ics.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private static String record(Invite invite, Interview previous) {
        return NextRound.record(invite, previous, Set.of("alex@example.com"));
    }

    @Test
    void aFloatingTimeIsTheSameHourOnTheEarlierRoundsClock() throws IOException {
        Interview previous = previous();
        String r = record(invite("DTSTART:20270216T140000"), previous);
        assertTrue(r.contains("at       = \"2027-02-16T14:00\"") && r.contains("zone     = \"America/Chicago\""), r);
        assertTrue(NextRound.fileName(invite("DTSTART:20270216T140000"), previous).endsWith("2027-02-16.conf"));
    }

    @Test
    void anAllDayEventStaysOnItsDay() throws IOException {
        String r = record(invite("DTSTART;VALUE=DATE:20270217"), previous());
        assertTrue(r.contains("at       = \"2027-02-17T"), r);
    }

    @Test
    void aTimeInUtcIsTheSameMomentOnTheEarlierRoundsClock() throws IOException {
        String r = record(invite("DTSTART:20270216T200000Z"), previous());
        assertTrue(r.contains("at       = \"2027-02-16T14:00\""), r);
    }

    @Test
    void aTimeWhoseTzidIsUtcOrGmtIsTheSameMomentOnTheEarlierRoundsClock() throws IOException {
        Interview previous = previous();
        for (String tzid : List.of("GMT", "Etc/UTC", "UTC", "Coordinated Universal Time")) {
            String r = record(invite("DTSTART;TZID=" + tzid + ":20270216T200000"), previous);
            assertTrue(r.contains("at       = \"2027-02-16T14:00\"") && r.contains("zone     = \"America/Chicago\""),
                    tzid + ": " + r);
        }
    }
}
