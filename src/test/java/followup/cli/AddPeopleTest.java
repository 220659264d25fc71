package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup add}: who on an invitation is an interviewer, and how they are named. */
class AddPeopleTest {
    @TempDir
    Path tmp;
    private AddWorkspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new AddWorkspace(tmp);
    }

    private Cli.Result add(String file) {
        return ws.add(AddWorkspace.INVITATIONS.resolve(file).toString());
    }

    private Interview record(String id) {
        return ws.interview(id);
    }

    private static List<String> emails(Interview iv) {
        return iv.interviewers().stream().map(Interviewer::email).toList();
    }

    @Test
    void greenhouseLeavesOutItsServiceTheDeclinedTheOnlookersRoomsListsAndTheUserAndSaysSo() {
        Cli.Result r = add("greenhouse-panel.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("brightwave-labs-staff-data-engineer");
        assertEquals("Brightwave Labs", iv.company(), "from the people's domain and the summary, not the service");
        assertEquals(List.of("nadia.farouk@brightwavelabs.com", "wei.zhang@brightwavelabs.com"), emails(iv));
        String left = r.out().lines().filter(l -> l.startsWith("Left out: ")).findFirst().orElse("");
        for (String who : List.of("Tom Okafor <tom.okafor@brightwavelabs.com> (declined)",
                "recruiting-coordination@brightwavelabs.com> (invited for information only)",
                "scheduling@brightwavelabs.com> (a scheduling service)", "no-reply@us.greenhouse-mail.io",
                "Data Platform Interviewers <dp-interviewers@brightwavelabs.com> (a list",
                "SF Conf Room 4B (8) <sf-4b@brightwavelabs.com> (a room", "alex+jobs@example.com> (your own address)")) {
            assertTrue(left.contains(who), () -> who + " in\n" + r);
        }
    }

    /** An interview at Google, sent by Google Calendar: google.com is where these people work, not a service. */
    @Test
    void thePeopleOfACompanyThatAlsoRunsACalendarServiceAreItsInterviewers() {
        Cli.Result r = add("google-at-google.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("google-software-engineer-cloud-infrastructure");
        assertEquals("Google", iv.company());
        assertEquals(List.of("praman@google.com", "dokafor@google.com"), emails(iv));
        assertEquals(List.of("Priya Raman", "Daniel Okafor"), iv.interviewers().stream().map(Interviewer::name)
                .toList());
        assertTrue(r.out().contains("NYC-9TH-4-Chelsea Market (6) [GVC] <c_1889d6a0f2b4e7@resource.calendar.google.com>"
                + " (a resource)"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.contains("thank-you") && l.contains("dokafor@google.com")
                && l.contains("planned")), r::toString);
    }

    /** A recruiting agency's recruiter sends the invitation to meet its client's people, from the agency's domain. */
    @Test
    void anAgencysInvitationNamesTheClientTheSummaryAndThePeopleNameNotTheAgency() {
        Cli.Result r = add("outlook-agency.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("nordlicht-data-senior-data-engineer");
        assertEquals("Nordlicht Data", iv.company());
        assertEquals("Senior Data Engineer", iv.position());
        assertEquals(java.time.ZoneId.of("Europe/Berlin"), iv.zone(), "W. Europe Standard Time");
        assertEquals(List.of("tom.berger@nordlicht-data.de"), emails(iv), "not the room, not the user in capitals");
        assertEquals("Tom Berger", iv.interviewers().get(0).name());
        assertEquals(List.of("nordlicht-data.de", "lisa.hoffmann@hays.de"), iv.domains(),
                "the agency's recruiter, who gets no thank-you, answers for the company; her colleagues do not");
        assertTrue(r.out().contains("Lisa Hoffmann <lisa.hoffmann@hays.de> sent the invitation from another domain"
                + " than the people invited (a recruiting agency?) and is no interviewer"), r::toString);
    }

    /** The company's own recruiter sends the invitation: her domain is the company's, nothing more to write. */
    @Test
    void anOrganizerAtThePeoplesDomainAddsNoDomains() {
        Cli.Result r = add("google-team-calendar.ics");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("prairiebank.com"), record("prairie-bank-data-analyst").domains());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("sent the invitation from another domain")), r::toString);
    }

    /** A shared recruiting calendar sends the invitation; Google lists it among the guests, with a careers box. */
    @Test
    void aTeamsMailboxIsNoInterviewerAndTheFollowUpsGoToThePersonMet() {
        Cli.Result r = add("google-team-calendar.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("prairie-bank-data-analyst");
        assertEquals(List.of("ruth.olsen@prairiebank.com"), emails(iv));
        assertEquals("ruth.olsen@prairiebank.com", iv.contact());
        String left = r.out().lines().filter(l -> l.startsWith("Left out: ")).findFirst().orElse("");
        assertTrue(left.contains("Prairie Bank Talent Acquisition <talent@prairiebank.com> (a team's mailbox")
                && left.contains("careers@prairiebank.com> (a team's mailbox"), r::toString);
    }

    @Test
    void appleCalendarsEmailParameterGivesTheAddressAndTheUserIsKnownByIt() {
        Cli.Result r = add("apple-calendar.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("kestrel-analytics-product-designer");
        assertEquals(List.of("olivia.hart@kestrel-analytics.co.uk", "ben.adeyemi@kestrel-analytics.co.uk"),
                emails(iv));
        assertTrue(r.out().contains("Meeting Room 2.14 <room-2-14@kestrel-analytics.co.uk> (a room"), r::toString);
    }

    @Test
    void namesLoseDegreesRolesAndEncodingAndAreTurnedAroundOnlyWhenWrittenLastFirst() {
        Cli.Result r = add("outlook-names.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("halcyon-health-clinical-data-scientist");
        assertEquals(List.of("Dr. Raj Patel", "Dr. Jane Roe", "John Smith", "Sam Rivera", "Jürgen Weiß",
                "Maria Lopez-Garcia", "John Doe"), iv.interviewers().stream().map(Interviewer::name).toList());
    }

    @Test
    void theQuestionsNameSomeoneGivenOnlyByAddressAsAnInvitationWould() {
        String answers = String.join("\n", "Initrode", "Site Reliability Engineer", "2027-03-02T11:30", "",
                "milton.waddams@initrode.example", "", "", "");
        Cli.Result r = ws.answering(answers);
        assertEquals(0, r.code(), r::toString);
        assertEquals("Milton Waddams", record("initrode-site-reliability-engineer").interviewers().get(0).name());
    }

    @Test
    void aLoopOfEventsOnOneDayIsOneInterviewWithAllItsPeopleAndTheNextDaysEventIsNamed() {
        Cli.Result r = add("goodtime-loop.ics");
        assertEquals(0, r.code(), r::toString);
        Interview iv = record("tidewater-systems-site-reliability-engineer");
        assertEquals(java.time.LocalDateTime.parse("2027-02-09T10:00"), iv.at());
        assertEquals(List.of("omar.haddad@tidewater-systems.com", "lucia.ferri@tidewater-systems.com",
                "grace.liu@tidewater-systems.com"), emails(iv));
        assertTrue(r.out().contains("3 events on 2027-02-09"), r::toString);
        assertTrue(r.out().contains("Not added: \"Tidewater Systems Interview: Site Reliability Engineer - Team Lunch\""
                + " at 2027-02-11 09:00"), r::toString);
    }
}
