package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.config.Problem;
import followup.config.RecordDraft;
import followup.config.RecordLoader;
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

/** Summaries and senders of other shapes than the fixtures, and invitations that hold values a record cannot. */
class RecordDraftsTest {
    private static final Set<String> OWN = Set.of("alex@example.com");
    private static final ZoneId MINE = ZoneId.of("America/New_York");

    @TempDir
    Path tmp;

    private static RecordDraft draft(String summary, String organizer, String... attendees) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:1@test\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/London:20270301T100000\r\n"
                + "SUMMARY:" + summary + "\r\n");
        if (organizer != null) {
            ics.append("ORGANIZER:mailto:").append(organizer).append("\r\n");
        }
        for (String a : attendees) {
            ics.append("ATTENDEE;").append(a).append("\r\n");
        }
        ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return RecordDrafts.of(InvitationReader.read("test.ics", ics.toString().getBytes(StandardCharsets.UTF_8)),
                OWN, MINE, "test");
    }

    @Test
    void anOrganizerAtAWebmailAddressLeavesTheCompanyToTheSummary() {
        RecordDraft d = draft("Umbrella Health | Data Analyst | Onsite", "hiring.umbrella@gmail.com");
        assertEquals("Umbrella Health", d.company());
        assertEquals("Data Analyst", d.position());
    }

    @Test
    void aPersonAtAMeetingServicesOwnDomainIsAnInterviewerAndItsNoReplyIsNot() {
        RecordDraft zoom = draft("Interview: Product Manager", "mei.chen@zoom.us", "CN=Mei Chen:mailto:mei.chen@zoom.us",
                "CN=Zoom:mailto:no-reply@zoom.us", "CN=Acme Scheduling:mailto:acme-scheduling@ashbyhq.com");
        assertEquals("Zoom", zoom.company());
        assertEquals(List.of(new RecordDraft.Person("Mei Chen", "mei.chen@zoom.us")), zoom.interviewers());
        RecordDraft microsoft = draft("Technical Interview - Software Engineer II", "jordan.lee@microsoft.com",
                "CN=Jordan Lee:mailto:jordan.lee@microsoft.com");
        assertEquals("Microsoft", microsoft.company());
        assertEquals(List.of(new RecordDraft.Person("Jordan Lee", "jordan.lee@microsoft.com")),
                microsoft.interviewers());
    }

    @Test
    void theCompanyTheSummaryNamesIsTheInterviewersNotTheOrganizingAgencys() {
        RecordDraft d = draft("Interview: Backend Engineer with Falkenrot Software", "m.keller@michaelpage.de",
                "CN=Jürgen Weiß:mailto:juergen.weiss@falkenrot-software.de", "CN=Anna Roth:mailto:a.roth@falkenrot-software.de");
        assertEquals("Falkenrot Software", d.company());
        assertEquals("Backend Engineer", d.position());
        RecordDraft alone = draft("Intro call: Backend Engineer", "m.keller@michaelpage.de");
        assertEquals("Michaelpage", alone.company(), "the agency's own call, with nobody else: the agency");
    }

    /** A company whose name is unlike its mail domain: the summary names it after "chez", "bei" or "at". */
    @Test
    void theCompanyTheSummaryNamesAfterAtIsTheCompanyWhenItsNameIsUnlikeItsDomain() {
        RecordDraft d = draft("Entretien Développeur Java chez Société Générale", "claire.martin@socgen.com",
                "CN=Julien Petit:mailto:julien.petit@socgen.com");
        assertEquals("Société Générale", d.company(), "not \"Socgen\", which no message should call it");
        assertEquals("Développeur Java", d.position());
        RecordDraft de = draft("Vorstellungsgespräch Data Engineer bei Deutsche Bahn", "anna.roth@deutschebahn.com",
                "CN=Jonas Weiß:mailto:jonas.weiss@deutschebahn.com");
        assertEquals("Deutsche Bahn", de.company());
        assertEquals("Data Engineer", de.position());
    }

    @Test
    void aPersonNamedInTheSummaryIsNotThePosition() {
        RecordDraft d = draft("Interview with Jane Doe (Platform Engineer)", "jane.doe@mail.acme.co.uk",
                "CN=Jane Doe:mailto:jane.doe@mail.acme.co.uk");
        assertEquals("Acme", d.company(), "mail.acme.co.uk names acme");
        assertEquals("Platform Engineer", d.position());
        assertEquals(List.of(new RecordDraft.Person("Jane Doe", "jane.doe@mail.acme.co.uk")), d.interviewers());
    }

    @Test
    void valuesARecordCannotHoldAreWrittenSoThatTheRecordStillValidates() throws IOException {
        RecordDraft d = draft("${java.home} \\\"quoted\\\" \\n second line - Engineer \u0007",
                "x@evil.example", "CN=\"A \\\\ B\":mailto:ab@evil.example");
        Files.createDirectories(tmp.resolve("interviews"));
        Path file = tmp.resolve("interviews").resolve(d.suggestedId() + ".conf");
        Files.writeString(file, d.hocon());
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(MINE, tmp).load(file, problems);
        assertTrue(problems.isEmpty(), () -> problems + "\n" + d.hocon());
        assertTrue(iv.position().startsWith("${java.home} \"quoted\""), "written as text, never substituted: "
                + iv.position());
    }

    @Test
    void aStartThatIsNotADateTimeNamesDtstart() {
        byte[] ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:next week\r\n"
                + "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> InvitationReader.read("bad.ics", ics));
        assertTrue(e.getMessage().startsWith("bad.ics"), e.getMessage());
        assertTrue(e.getMessage().contains("DTSTART") || e.getMessage().contains("next week"), e.getMessage());
    }

    @Test
    void aCalendarWithoutAnEventSaysSo() {
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> InvitationReader.read("empty.ics", ics));
        assertTrue(e.getMessage().contains("without an event"), e.getMessage());
    }

    @Test
    void whatTheCalendarSaysAboutTheEventIsNotPartOfThePositionOrCompany() {
        for (String summary : List.of("Canceled: Nordlicht Data - Senior Data Engineer",
                "Updated invitation: Nordlicht Data - Senior Data Engineer (rescheduled)",
                "Abgesagt: Nordlicht Data - Senior Data Engineer", "Aktualisiert: Nordlicht Data - Senior Data Engineer",
                "Annulé : Nordlicht Data - Senior Data Engineer", "Cancelado: Nordlicht Data - Senior Data Engineer",
                "Rescheduled: Invitation: Nordlicht Data - Senior Data Engineer",
                "Updated: Nordlicht Data - Senior Data Engineer")) {
            RecordDraft d = draft(summary, "hiring@gmail.com");
            assertEquals("Nordlicht Data", d.company(), summary);
            assertEquals("Senior Data Engineer", d.position(), summary);
        }
    }

    @Test
    void moreThanFiftyPeopleKeepsFiftyAndSaysHowManyWereLeftOut() {
        String[] attendees = new String[55];
        for (int i = 0; i < attendees.length; i++) {
            attendees[i] = "CN=Person " + i + ":mailto:p" + i + "@acme.example";
        }
        RecordDraft d = draft("Acme Corp - All Hands Interview Day", "hr@acme.example", attendees);
        assertEquals(50, d.interviewers().size());
        assertTrue(d.notices().stream().anyMatch(n -> n.contains("5 more after the first 50")), d.notices()::toString);
    }

    @Test
    void aGenerationAfterTheNameStaysAfterIt() {
        assertEquals("John Doe Jr.", PersonNames.of("John Doe, Jr.", "jd@acme.example"));
        assertEquals("John Doe Jr.", PersonNames.of("Doe, John, Jr.", "jd@acme.example"));
        assertEquals("Dr. Raj Patel", PersonNames.of("Patel, Raj, PhD", null));
        assertEquals("Jane Doe", PersonNames.of("Dr.", "jane.doe@acme.example"), "a title alone is no name");
    }

    @Test
    void theStageBeforeTheColonIsNotThePosition() {
        RecordDraft d = draft("Onsite Interview: Staff Engineer at Pied Piper - Coding", "recruiting@piedpiper.com",
                "CN=Richard Hendricks:mailto:richard@piedpiper.com");
        assertEquals("Pied Piper", d.company());
        assertEquals("Staff Engineer", d.position());
    }

    @Test
    void aRoomNamedAsSuchIsLeftOutAsARoomWhateverItsRoleAndAServiceIsNamedOnce() {
        RecordDraft d = draft("Contoso Bank - Risk Analyst", "hr@contoso-bank.com",
                "ROLE=NON-PARTICIPANT;CN=FRA-Conf Room 4.12 (10):mailto:fra-conf-412@contoso-bank.com",
                "CN=no-reply@us.greenhouse-mail.io:mailto:no-reply@us.greenhouse-mail.io",
                "CN=John Smith:mailto:john.smith@contoso-bank.com");
        String left = d.notices().get(0);
        assertTrue(left.contains("FRA-Conf Room 4.12 (10) <fra-conf-412@contoso-bank.com> (a room, by its name)"),
                left);
        assertTrue(left.contains(" no-reply@us.greenhouse-mail.io (a scheduling service)"), left);
    }

    @Test
    void aListOrARoomByItsNameIsLeftOutAlsoWhenTheCalendarCallsEveryoneAnIndividual() {
        // Google Calendar and the schedulers writing through it put CUTYPE=INDIVIDUAL on every guest
        RecordDraft d = draft("Fabrikam | Site Reliability Engineer - Onsite", "ravi.shankar@fabrikam.com",
                "CUTYPE=INDIVIDUAL;CN=Emily Chen:mailto:emily.chen@fabrikam.com",
                "CUTYPE=INDIVIDUAL;CN=SRE Interviewers:mailto:sre-interviewers@fabrikam.com",
                "CUTYPE=INDIVIDUAL;CN=Conf Room 4B (8):mailto:conf-4b@fabrikam.com");
        assertEquals(List.of("emily.chen@fabrikam.com"), d.interviewers().stream().map(RecordDraft.Person::email).toList());
        String left = String.join("\n", d.notices());
        assertTrue(left.contains("SRE Interviewers <sre-interviewers@fabrikam.com> (a list, by its name)"), left);
        assertTrue(left.contains("Conf Room 4B (8) <conf-4b@fabrikam.com> (a room, by its name)"), left);
    }

    @Test
    void aNicknameInQuotesIsLeftOutOfTheName() {
        assertEquals("Zoë Kowalczyk", PersonNames.of("Zoë \"ZZ\" Kowalczyk", "zoe.k@lumenbio.com"));
        assertEquals("Robert Smith", PersonNames.of("Smith, Robert \u201cBob\u201d", "rsmith@acme.example"));
        assertEquals("Seán O'Brien", PersonNames.of("O'Brien, Seán", "sean@acme.example"));
    }

    @Test
    void aCompanyOrRoleAfterABarOrADashIsLeftOutOfTheName() {
        // directories and signatures write the display name with the team or the role after it
        assertEquals("Maria Garcia", PersonNames.of("Maria Garcia | Acme", "m.garcia@acme.example"));
        assertEquals("Maria Garcia", PersonNames.of("Garcia, Maria | Acme Corp", "m.garcia@acme.example"));
        assertEquals("Kim Ng", PersonNames.of("Kim Ng - Engineering Manager", "kim@acme.example"));
        assertEquals("Lena Fischer", PersonNames.of("Lena Fischer – Talent Acquisition", "lf@acme.example"));
        assertEquals("Anna-Lena Weiß", PersonNames.of("Anna-Lena Weiß", "alw@acme.example"), "a double name stays");
    }

    @Test
    void aTagInBracketsBeforeOrAfterTheNameIsLeftOut() {
        // Exchange directories mark guests and contractors so: "Sam Rivera [EXTERNAL]", "[EXT] Rivera, Sam"
        assertEquals("Sam Rivera", PersonNames.of("Sam Rivera [EXTERNAL]", "sam@partner.example"));
        assertEquals("Sam Rivera", PersonNames.of("[EXT] Rivera, Sam", "sam@partner.example"));
        assertEquals("Sam Rivera", PersonNames.of("Rivera, Sam [C] (Contractor)", "sam@partner.example"));
    }
}
