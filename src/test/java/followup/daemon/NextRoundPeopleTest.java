package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The next round's record the daemon drafts from an invitation in the mailbox lists as interviewers whom
 * {@code followup add} would: not the room Google Calendar books as a guest, someone who declined, the scheduling
 * service that sent it, a team's shared mailbox or the user's own tagged address, whom a thank-you would greet
 * "Dear Conf Room 4B (8),"; and names as a greeting needs them.
 */
class NextRoundPeopleTest {
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

    private static Invite invite(String attendees) {
        String ics = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                + "DTSTART:20270216T200000Z\r\nDTEND:20270216T210000Z\r\nDTSTAMP:20270120T000000Z\r\n"
                + "ORGANIZER;CN=Acme Recruiting (GoodTime):mailto:scheduling@goodtime.io\r\n"
                + "UID:5f1e2d3c4b5a69788796a5b4c3d2e1f0@google.com\r\n" + attendees
                + "SUMMARY:Acme Corp - Platform Engineer - Onsite\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return InviteParser.read(ics.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private static String guest(String params, String cn, String email) {
        return "ATTENDEE;CUTYPE=" + params + ";CN=" + cn + ";X-NUM-GUESTS=0:mailto:" + email + "\r\n";
    }

    @Test
    void onlyThePeopleMetAreTheNextRoundsInterviewers() throws IOException {
        Invite invite = invite(guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED", "Raj Patel",
                "raj.patel@acme.example")
                + guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION", "\"Rivera, Sam (Recruiter)\"",
                "sam.rivera@acme.example")
                + guest("RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED", "Conf Room 4B (8)",
                "c_1881a2b3c4d5e6f7a8b9@resource.calendar.google.com")
                + guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED", "Lee Chen", "lee.chen@acme.example")
                + guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED", "Acme Recruiting (GoodTime)",
                "scheduling@goodtime.io")
                + guest("INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION", "Acme Talent",
                "talent@acme.example")
                + guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION", "Alex Example",
                "alex+acme@example.com"));
        String r = NextRound.record(invite, previous(), Set.of("alex@example.com"));
        assertTrue(r.contains("{ name = \"Raj Patel\", email = \"raj.patel@acme.example\" }"), r);
        assertTrue(r.contains("{ name = \"Sam Rivera\", email = \"sam.rivera@acme.example\" }"), r);
        for (String absent : List.of("resource.calendar.google.com", "lee.chen@", "goodtime.io", "talent@",
                "alex+acme@")) {
            assertFalse(r.contains(absent), absent + " is no interviewer: " + r);
        }
    }

    @Test
    void anOrganizerThatIsASchedulingServiceIsNoInterviewerWhenNobodyElseIs() throws IOException {
        String r = NextRound.record(invite(guest("INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION",
                "Alex Example", "alex@example.com")), previous(), Set.of("alex@example.com"));
        assertFalse(r.contains("goodtime.io"), r);
    }
}
