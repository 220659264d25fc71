package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.RecordDraft;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A recurring invitation (a weekly slot a recruiter holds until the interview takes place) whose first occurrence was
 * moved: the calendar sends the series with an override, a VEVENT of the same UID whose RECURRENCE-ID names the
 * occurrence it replaces. The interview is the first occurrence, where it was moved to.
 */
class MovedOccurrenceTest {
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar"
            + " 70.9054//EN\r\nMETHOD:REQUEST\r\n";
    private static final String PEOPLE = "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
            + "ATTENDEE;CN=Pat Lee;PARTSTAT=ACCEPTED:mailto:pat@globex.example\r\n"
            + "ATTENDEE;CN=Alex Example;PARTSTAT=NEEDS-ACTION:mailto:alex@example.com\r\n";

    private static String master(String uid, String dtstart) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20270101T000000Z\r\n" + dtstart + "\r\n"
                + "RRULE:FREQ=WEEKLY;COUNT=3\r\nSEQUENCE:0\r\nSUMMARY:Interview: QA Lead at Globex\r\n" + PEOPLE
                + "END:VEVENT\r\n";
    }

    private static String override(String uid, String recurrenceId, String dtstart, String extra) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20270105T000000Z\r\n" + recurrenceId + "\r\n" + dtstart
                + "\r\nSEQUENCE:1\r\nSUMMARY:Interview: QA Lead at Globex\r\n" + PEOPLE + extra + "END:VEVENT\r\n";
    }

    private static RecordDraft draft(String events) {
        String ics = HEAD + events + "END:VCALENDAR\r\n";
        return RecordDrafts.of(InvitationReader.read("series.ics", ics.getBytes(StandardCharsets.UTF_8)),
                Set.of("alex@example.com"), ZoneId.of("America/New_York"), "test");
    }

    @Test
    void theFirstOccurrenceMovedIsTheInterviewsTime() {
        RecordDraft d = draft(master("s1@google.com", "DTSTART;TZID=America/New_York:20270114T140000")
                + override("s1@google.com", "RECURRENCE-ID;TZID=America/New_York:20270114T140000",
                "DTSTART;TZID=America/New_York:20270115T100000",
                "ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam.rivera@globex.example\r\n"));
        assertEquals(LocalDateTime.parse("2027-01-15T10:00"), d.at());
        assertEquals(ZoneId.of("America/New_York"), d.zone());
        assertTrue(d.interviewers().stream().anyMatch(p -> "sam.rivera@globex.example".equals(p.email())),
                "the moved occurrence's people: " + d.interviewers());
    }

    @Test
    void theMovedOccurrenceIsFoundWhenItsRecurrenceIdIsWrittenInUtc() {
        // Outlook: the series in a Windows zone, the override naming the occurrence by its instant in UTC
        RecordDraft d = draft(master("040000008200E00074C5B7101A82E008", "DTSTART;TZID=Pacific Standard Time:"
                + "20270114T090000") + override("040000008200E00074C5B7101A82E008",
                "RECURRENCE-ID:20270114T170000Z", "DTSTART;TZID=Pacific Standard Time:20270114T130000", ""));
        assertEquals(LocalDateTime.parse("2027-01-14T13:00"), d.at());
        assertEquals(ZoneId.of("America/Los_Angeles"), d.zone());
    }

    @Test
    void aLaterOccurrenceMovedLeavesTheFirstWhereItIsWhereverItStandsInTheFile() {
        String later = override("s2@google.com", "RECURRENCE-ID;TZID=America/New_York:20270121T140000",
                "DTSTART;TZID=America/New_York:20270122T090000", "");
        String series = master("s2@google.com", "DTSTART;TZID=America/New_York:20270114T140000");
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), draft(series + later).at());
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), draft(later + series).at());
    }
}
