package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.RecordDraft;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The company and the position in the summaries invitations come with: a calendar's own ("Interview: Platform
 * Engineer at Acme Corp"), a scheduler's (Calendly, Greenhouse, GoodTime, Lever) and a recruiter's own words; one that
 * names no position gets none, and one of no shape known keeps its whole summary as the position.
 */
class SummaryShapesTest {
    private static final Set<String> OWN = Set.of("alex@example.com");
    private static final String ME = "Alex Example";
    /** The user as calendars invite them: by address, with or without their name. */
    private static final String USER = "CN=Alex Example:mailto:alex@example.com";
    private static final String USER_BY_ADDRESS = "CN=alex@example.com:mailto:alex@example.com";
    private static final String JANE = "CN=Jane Doe:mailto:jane.doe@acme.example";
    private static final String ACME = "jane.doe@acme.example";
    private static final String GREENHOUSE = "no-reply@us.greenhouse-mail.io";
    private static final String GOODTIME = "scheduling@goodtime.io";
    private static final String CALENDLY = "no-reply@calendly.com";
    private static final String GMAIL = "hiring.team@gmail.com";

    /**
     * One invitation: its summary, its organizer and attendees, and what the draft should say.
     *
     * @param position the position expected; "" when the summary names none
     */
    private record Row(String summary, String organizer, List<String> attendees, String company, String position) {
    }

    private static Row row(String summary, String organizer, List<String> attendees, String company,
                           String position) {
        return new Row(summary, organizer, attendees, company, position);
    }

    private static final List<Row> NEW_SHAPES = List.of(
            // Calendly: "<event type> between <host> and <invitee>"
            row("30 Minute Intro Call between Alex Example and Jane Doe", ACME, List.of(JANE, USER), "Acme", ""),
            row("Platform Engineer Interview between Jane Doe and Alex Example", ACME, List.of(JANE, USER), "Acme",
                    "Platform Engineer"),
            row("Intro Call: Platform Engineer between Jane Doe and Alex Example", CALENDLY, List.of(JANE, USER),
                    "Acme", "Platform Engineer"),
            row("Jane Doe and Alex Example", ACME, List.of(JANE, USER_BY_ADDRESS), "Acme", ""),
            // a recruiter's "<candidate> <> <company>"
            row("Interview: Alex Example <> Acme (Platform Engineer)", ACME, List.of(JANE, USER), "Acme",
                    "Platform Engineer"),
            row("Acme Corp <> Alex Example - Platform Engineer", ACME, List.of(JANE, USER_BY_ADDRESS), "Acme Corp",
                    "Platform Engineer"),
            row("Alex Example <> Umbrella Health - Data Analyst", GMAIL, List.of(USER), "Umbrella Health",
                    "Data Analyst"),
            // a company's scheduler: "Company | Position - Stage with <candidate>"
            row("Acme Corp | Platform Engineer - Technical Interview with Alex", "recruiting@acme.example",
                    List.of(JANE, USER_BY_ADDRESS), "Acme Corp", "Platform Engineer"),
            // Greenhouse and GoodTime: "Interview for <position> with <company>"
            row("Interview for Senior Backend Engineer with Acme", GOODTIME, List.of(USER), "Acme",
                    "Senior Backend Engineer"),
            row("Interview for Senior Backend Engineer with Acme", GREENHOUSE, List.of(JANE, USER), "Acme",
                    "Senior Backend Engineer"),
            row("Video Interview for Senior Backend Engineer at Acme Corp with Jane Doe", GREENHOUSE,
                    List.of(JANE, USER), "Acme Corp", "Senior Backend Engineer"),
            row("Interview with Alex Example for Senior Backend Engineer (Acme)", GREENHOUSE, List.of(USER), "Acme",
                    "Senior Backend Engineer"),
            // "<candidate> / <company> - <stage>": no position named
            row("Alex Example / Acme - Onsite", ACME, List.of(JANE, USER_BY_ADDRESS), "Acme", ""),
            row("Coffee chat with Jane Doe", ACME, List.of(JANE, USER), "Acme", ""),
            row("[Acme] Platform Engineer \u2013 Hiring Manager Interview", ACME, List.of(JANE, USER), "Acme",
                    "Platform Engineer"));

    private static final List<Row> AS_TODAY = List.of(
            row("Interview: Platform Engineer at Acme Corp", "priya.shah@acme.example", List.of(USER), "Acme Corp",
                    "Platform Engineer"),
            row("Nordlicht Data - Senior Data Engineer Interview", "katrin.vogel@nordlicht-data.de", List.of(USER),
                    "Nordlicht Data", "Senior Data Engineer"),
            row("Globex Interview - Backend Developer", "dana.whitfield@globex.example", List.of(), "Globex",
                    "Backend Developer"),
            row("Phone screen: Support Engineer at Initech", null, List.of(), "Initech", "Support Engineer"),
            row("Umbrella Health | Data Analyst | Onsite", GMAIL, List.of(USER), "Umbrella Health", "Data Analyst"),
            row("Onsite Interview: Staff Engineer at Pied Piper - Coding", "recruiting@piedpiper.com", List.of(USER),
                    "Pied Piper", "Staff Engineer"),
            row("Alex Morgan - Onsite Panel - Staff Data Engineer (Brightwave Labs)", GREENHOUSE,
                    List.of("CN=Alex Morgan:mailto:alex@example.com", "CN=Rosa Diaz:mailto:rosa@brightwavelabs.com"),
                    "Brightwave Labs", "Staff Data Engineer"),
            row("Kestrel Analytics \u2013 Product Designer interview", "hr@kestrel-analytics.com", List.of(USER),
                    "Kestrel Analytics", "Product Designer"),
            row("Acme - Engineering Manager for Payments", GMAIL, List.of(USER), "Acme", "Engineering Manager"),
            // no shape known: the whole summary stays the position, as before
            row("Quarterly planning sync", ACME, List.of(JANE, USER), "Acme", "Quarterly planning sync"),
            row("Catch up", GMAIL, List.of(USER), "the company", "Catch up"),
            row("Acme - Onsite", GMAIL, List.of(USER), "the company", "Acme"));

    private static RecordDraft draft(Row r) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:1@test\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/London:20270301T100000\r\n"
                + "SUMMARY:" + r.summary() + "\r\n");
        if (r.organizer() != null) {
            ics.append("ORGANIZER:mailto:").append(r.organizer()).append("\r\n");
        }
        for (String a : r.attendees()) {
            ics.append("ATTENDEE;").append(a).append("\r\n");
        }
        ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return RecordDrafts.of(InvitationReader.read("test.ics", ics.toString().getBytes(StandardCharsets.UTF_8)),
                OWN, ME, ZoneId.of("America/New_York"), "test");
    }

    private static void check(List<Row> rows) {
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            RecordDraft d = draft(r);
            if (!d.company().equals(r.company()) || !d.position().equals(r.position())) {
                wrong.add("\"" + r.summary() + "\" gave company \"" + d.company() + "\", position \"" + d.position()
                        + "\"; expected \"" + r.company() + "\", \"" + r.position() + "\"");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSummariesOfSchedulersAndRecruitersGiveTheirPositionAndCompany() {
        check(NEW_SHAPES);
    }

    @Test
    void summariesReadBeforeAndThoseOfNoShapeKnownAreReadAsBefore() {
        check(AS_TODAY);
    }

    @Test
    void aSummaryThatNamesNoPositionLeavesItEmptyForTheUserToWriteAndSaysSo() {
        RecordDraft d = draft(NEW_SHAPES.get(0));
        assertEquals("", d.position());
        assertTrue(d.notices().stream().anyMatch(n -> n.contains("\"30 Minute Intro Call between Alex Example and"
                + " Jane Doe\"") && n.contains("names no position")), d.notices()::toString);
        assertTrue(d.hocon().contains("position = \"\"   # "), d.hocon());
        assertEquals("acme-2027-03-01", d.suggestedId());
    }

    @Test
    void aWholeSummaryTakenAsThePositionIsSaidToBeChecked() {
        RecordDraft d = draft(AS_TODAY.get(9));
        assertTrue(d.notices().stream().anyMatch(n -> n.contains("\"Quarterly planning sync\"")
                && n.contains("check")), d.notices()::toString);
    }
}
