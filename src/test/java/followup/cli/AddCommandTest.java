package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup add}: invitations shaped like Google Calendar's, Outlook's and Zoom's (src/test/resources/fixtures/
 * invitations), with a zone, in UTC only, with many attendees and with none; the record written passes validate.
 */
class AddCommandTest {
    private static final Path INVITATIONS = AddWorkspace.INVITATIONS;

    @TempDir
    Path tmp;
    private Path config;
    private AddWorkspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new AddWorkspace(tmp);
        config = ws.config();
    }

    private Cli.Result add(String... args) {
        return ws.add(args);
    }

    private Interview record(String id) {
        return ws.interview(id);
    }

    private void assertValidates() {
        Cli.Result v = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, v.code(), v::toString);
    }

    private static List<String> emails(Interview iv) {
        return iv.interviewers().stream().map(Interviewer::email).toList();
    }

    @Test
    void googleCalendarMailGivesCompanyPositionZonePeopleAndTheMeetLink() {
        Cli.Result r = add(INVITATIONS.resolve("google-calendar.eml").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Wrote ") && r.out().contains("acme-corp-platform-engineer.conf"), r.out());
        assertTrue(r.out().contains("thank-you") && r.out().contains("jane.doe@acme.example"),
                () -> "the plan is printed:\n" + r.out());
        Interview iv = record("acme-corp-platform-engineer");
        assertEquals("Acme Corp", iv.company());
        assertEquals("Platform Engineer", iv.position());
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), iv.at());
        assertEquals(ZoneId.of("America/New_York"), iv.zone());
        assertEquals(List.of("priya.shah@acme.example", "jane.doe@acme.example", "raj@acme.example"), emails(iv));
        assertEquals(List.of("Priya Shah", "Jane Doe", "Raj"), iv.interviewers().stream().map(Interviewer::name)
                .toList(), "a name from the CN, or from the address when the CN is the address");
        assertTrue(iv.notes().contains("Video: https://meet.google.com/kzr-pqvd-xhe"), iv.notes());
        assertTrue(iv.notes().contains("Phone: +1 402-555-0173"), iv.notes());
        assertValidates();
    }

    @Test
    void outlookMailWithAWindowsZoneAndManyAttendeesLeavesOutTheUserAndTheRoom() throws IOException {
        Cli.Result r = add(INVITATIONS.resolve("outlook-teams.eml").toString());
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("nordlicht-data-senior-data-engineer");
        assertEquals("Nordlicht Data", iv.company());
        assertEquals("Senior Data Engineer", iv.position());
        assertEquals(LocalDateTime.parse("2027-02-03T10:00"), iv.at());
        assertEquals(ZoneId.of("Europe/Berlin"), iv.zone(), "W. Europe Standard Time is Europe/Berlin");
        assertEquals(List.of("katrin.vogel@nordlicht-data.de", "jonas.bergmann@nordlicht-data.de",
                "chiamaka.okafor@nordlicht-data.de", "lena.hoffmann@nordlicht-data.de",
                "tomasz.nowak@nordlicht-data.de", "sofia.marques@nordlicht-data.de",
                "priyanka.rao@nordlicht-data.de"), emails(iv));
        assertEquals("Chiamaka Okafor", iv.interviewers().get(2).name(), "Exchange's \"Last, First\" turned around");
        assertTrue(iv.notes().startsWith("Video: https://teams.microsoft.com/l/meetup-join/"), iv.notes());
        String text = Files.readString(tmp.resolve("conf/interviews/nordlicht-data-senior-data-engineer.conf"));
        assertTrue(text.contains("# promised-by-me") && text.contains("topics = ["),
                () -> "placeholders for topics and promises:\n" + text);
        assertValidates();
    }

    @Test
    void zoomInvitationInUtcOnlyIsWrittenInTheUsersZoneAndTakesTheOrganizerWhenNobodyElseIsInvited()
            throws IOException {
        Cli.Result r = add(INVITATIONS.resolve("zoom.ics").toString());
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("globex-backend-developer");
        assertEquals("Globex", iv.company());
        assertEquals("Backend Developer", iv.position());
        assertEquals(LocalDateTime.parse("2027-01-20T12:00"), iv.at(), "17:00 UTC in New York");
        assertEquals(ZoneId.of("America/New_York"), iv.zone());
        assertTrue(r.out().contains("UTC only") && r.out().contains("America/New_York"), r::toString);
        assertEquals(List.of("dana.whitfield@globex.example"), emails(iv));
        assertTrue(iv.notes().contains("Video: https://globex.zoom.us/j/84512307716"), iv.notes());
        String text = Files.readString(tmp.resolve("conf/interviews/globex-backend-developer.conf"));
        assertTrue(text.contains("UTC only"), () -> "says the zone is only UTC:\n" + text);
        assertValidates();
    }

    @Test
    void invitationWithoutAttendeesOrOrganizerTakesTheCompanyFromTheSummary() throws IOException {
        Cli.Result r = add(INVITATIONS.resolve("no-attendees.ics").toString());
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("initech-support-engineer");
        assertEquals("Initech", iv.company());
        assertEquals("Support Engineer", iv.position());
        assertEquals(ZoneId.of("Europe/London"), iv.zone());
        assertEquals(1, iv.interviewers().size());
        assertEquals(null, iv.interviewers().get(0).email());
        String text = Files.readString(tmp.resolve("conf/interviews/initech-support-engineer.conf"));
        assertTrue(text.contains("nobody else was on the invitation"), text);
        assertValidates();
    }

    @Test
    void aCalendlyInvitationWhoseSummaryNamesNoPositionIsWrittenForTheUserToNameIt() throws IOException {
        Cli.Result r = add(INVITATIONS.resolve("calendly-intro.ics").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.out().contains("\"30 Minute Intro Call between Jane Doe and Alex Morgan\" names no position"),
                r::toString);
        String text = Files.readString(tmp.resolve("conf/interviews/acme-2027-01-12.conf"));
        assertTrue(text.contains("company  = \"Acme\"\nposition = \"\"   # the invitation's summary names no"
                + " position: write it here"), text);
        assertTrue(r.err().contains("acme-2027-01-12.conf:3") && r.err().contains("position"), r::toString);
        Files.writeString(tmp.resolve("conf/interviews/acme-2027-01-12.conf"), text.replace("position = \"\"",
                "position = \"Platform Engineer\""));
        assertValidates();
    }

    @Test
    void anExistingRecordIsNeverOverwritten() throws IOException {
        assertEquals(0, add(INVITATIONS.resolve("zoom.ics").toString()).code());
        Path file = tmp.resolve("conf/interviews/globex-backend-developer.conf");
        Files.writeString(file, Files.readString(file) + "# my own edit\n");
        String before = Files.readString(file);
        Cli.Result again = add(INVITATIONS.resolve("zoom.ics").toString());
        assertEquals(2, again.code(), again::toString);
        assertTrue(again.err().contains("globex-backend-developer.conf") && again.err().contains("already exists")
                && again.err().contains("--id"), again::toString);
        assertEquals(before, Files.readString(file));
        Cli.Result other = add("--id", "globex-second", INVITATIONS.resolve("zoom.ics").toString());
        assertEquals(0, other.code(), other::toString);
        record("globex-second");
    }

    @Test
    void aFileWithoutAnInvitationIsBadInputNamingTheFile() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Subject: hello\n\njust a note, no calendar here\n");
        Cli.Result r = add(notes.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("notes.txt") && r.err().contains("holds no invitation"), r::toString);
        assertFalse(Files.exists(tmp.resolve("conf/interviews")) && Files.list(tmp.resolve("conf/interviews"))
                .anyMatch(p -> p.toString().endsWith(".conf")), "nothing written");
    }

    @Test
    void withoutAFileItAsksForTheSameFieldsAndAsksAgainAfterAWrongAnswer() {
        String answers = String.join("\n", "Initrode", "Site Reliability Engineer", "next tuesday",
                "2027-03-02T11:30", "", "Bill Lumbergh <bill@initrode.example>", "milton@initrode.example", "",
                "Video: https://initrode.example/meet/42", "");
        Cli.Result r = Cli.answering(answers, Cli.BEFORE_INTERVIEWS, "add", "--config", config.toString())
                .assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Company: ") && r.out().contains("Zone [America/New_York]: "), r.out());
        assertTrue(r.out().contains("\"next tuesday\" is not a local date-time"), r.out());
        Interview iv = record("initrode-site-reliability-engineer");
        assertEquals("Initrode", iv.company());
        assertEquals(LocalDateTime.parse("2027-03-02T11:30"), iv.at());
        assertEquals(ZoneId.of("America/New_York"), iv.zone(), "an empty answer takes the default zone");
        assertEquals(List.of("bill@initrode.example", "milton@initrode.example"), emails(iv));
        assertEquals("Bill Lumbergh", iv.interviewers().get(0).name());
        assertEquals("Video: https://initrode.example/meet/42", iv.notes());
        assertValidates();
    }
}
