package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.config.Problem;
import followup.config.RecordDraft;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A recurring invitation whose first occurrence was taken out of the series: the interview was moved to another
 * week, and the calendar cancelled the series' first date, with an EXDATE (Outlook, Google Calendar) or with an
 * override of that date marked STATUS:CANCELLED. The interview is the first occurrence still on the calendar, never
 * the cancelled time.
 */
class ExcludedOccurrenceTest {
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0"
            + " MIMEDIR//EN\r\nMETHOD:REQUEST\r\n";
    private static final String PEOPLE = "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
            + "ATTENDEE;CN=Pat Lee;PARTSTAT=ACCEPTED:mailto:pat@globex.example\r\n"
            + "ATTENDEE;CN=Alex Example;PARTSTAT=NEEDS-ACTION:mailto:alex@example.com\r\n";

    private static String series(String dtstart, String rrule, String extra) {
        return "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000010\r\nDTSTAMP:20270101T000000Z\r\n"
                + dtstart + "\r\n" + rrule + "\r\nSEQUENCE:2\r\nSUMMARY:Interview: QA Lead at Globex\r\n" + PEOPLE
                + extra + "END:VEVENT\r\n";
    }

    private static String override(String recurrenceId, String dtstart, String extra) {
        return "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000010\r\nDTSTAMP:20270105T000000Z\r\n"
                + recurrenceId + "\r\n" + dtstart + "\r\nSEQUENCE:2\r\nSUMMARY:Interview: QA Lead at Globex\r\n"
                + PEOPLE + extra + "END:VEVENT\r\n";
    }

    private static Invitation read(String events) {
        String ics = HEAD + events + "END:VCALENDAR\r\n";
        return InvitationReader.read("series.ics", ics.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordDraft draft(String events) {
        return RecordDrafts.of(read(events), Set.of("alex@example.com"), ZoneId.of("America/New_York"), "test");
    }

    @Test
    void theFirstDateExcludedLeavesTheNextOccurrence() {
        RecordDraft d = draft(series("DTSTART;TZID=America/New_York:20270114T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;TZID=America/New_York:20270114T140000\r\n"));
        assertEquals(LocalDateTime.parse("2027-01-21T14:00"), d.at());
        assertEquals(ZoneId.of("America/New_York"), d.zone());
        assertTrue(d.notices().stream().anyMatch(n -> n.contains("2027-01-14 14:00") && n.contains("EXDATE")),
                "the console says the first date was cancelled: " + d.notices());
    }

    @Test
    void exclusionsWrittenInUtcAsAListAreTheSeriesDates() {
        // Outlook: the series in a Windows zone, the dates taken out of it in UTC, two in one EXDATE
        RecordDraft d = draft(series("DTSTART;TZID=Pacific Standard Time:20270114T090000",
                "RRULE:FREQ=WEEKLY;UNTIL=20270301T170000Z;INTERVAL=1;BYDAY=TH;WKST=SU",
                "EXDATE:20270114T170000Z,20270121T170000Z\r\n"));
        assertEquals(LocalDateTime.parse("2027-01-28T09:00"), d.at());
        assertEquals(ZoneId.of("America/Los_Angeles"), d.zone());
    }

    @Test
    void theNextOccurrenceMovedIsTheInterviewWhenTheFirstIsExcluded() {
        RecordDraft d = draft(series("DTSTART;TZID=America/New_York:20270114T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;TZID=America/New_York:20270114T140000\r\n")
                + override("RECURRENCE-ID;TZID=America/New_York:20270121T140000",
                "DTSTART;TZID=America/New_York:20270122T100000",
                "ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam.rivera@globex.example\r\n"));
        assertEquals(LocalDateTime.parse("2027-01-22T10:00"), d.at());
        assertTrue(d.notices().stream().anyMatch(n -> n.contains("2027-01-21 14:00, moved to 2027-01-22 10:00")),
                "the console says where the interview went: " + d.notices());
        assertTrue(d.interviewers().stream().anyMatch(p -> "sam.rivera@globex.example".equals(p.email())),
                "the moved occurrence's people: " + d.interviewers());
    }

    @Test
    void aFirstOccurrenceCancelledByItsOverrideLeavesTheNextOneAndIsNoCancellation() {
        // Google Calendar: the first date's override marked cancelled, the series still on
        Invitation inv = read(series("DTSTART;TZID=Europe/Berlin:20270114T100000", "RRULE:FREQ=WEEKLY;COUNT=4", "")
                + override("RECURRENCE-ID;TZID=Europe/Berlin:20270114T100000",
                "DTSTART;TZID=Europe/Berlin:20270114T100000", "STATUS:CANCELLED\r\n"));
        assertFalse(inv.cancellation(), "the series goes on: " + inv.status());
        assertEquals(LocalDateTime.parse("2027-01-21T10:00"), inv.start().local());
    }

    @Test
    void aSeriesWhoseEveryDateIsExcludedIsACancellation() {
        Invitation inv = read(series("DTSTART;TZID=America/New_York:20270114T140000", "RRULE:FREQ=WEEKLY;COUNT=2",
                "EXDATE;TZID=America/New_York:20270114T140000\r\nEXDATE;TZID=America/New_York:20270121T140000\r\n"));
        assertTrue(inv.cancellation(), "nothing of it is left: " + inv);
    }

    @Test
    void aDateExcludedAfterTheFirstChangesNothing() {
        RecordDraft d = draft(series("DTSTART;TZID=America/New_York:20270114T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;TZID=America/New_York:20270121T140000\r\n"));
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), d.at());
        assertTrue(d.notices().stream().noneMatch(n -> n.contains("EXDATE")), d.notices().toString());
    }

    @Test
    void anExclusionOrAnOverrideThatNamesNoDateTimeNamesNoOccurrence() {
        // a hand-edited or badly generated file: the value ical4j keeps but cannot give back as a date
        RecordDraft d = draft(series("DTSTART;TZID=America/New_York:20270114T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;TZID=America/New_York:2027-01-14\r\n")
                + override("RECURRENCE-ID;TZID=America/New_York:2027-01-21", "DTSTART;TZID=America/New_York:"
                + "20270122T100000", ""));
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), d.at());
    }

    @Test
    void aSeriesWithoutAnEndWhoseEveryDateFoundIsExcludedIsToldAtItsRule() {
        // a rule without COUNT or UNTIL, or one whose dates lie too far apart to be found, may have dates that were
        // not found: the series is not said to be called off
        for (String rrule : List.of("RRULE:FREQ=MINUTELY;BYDAY=MO;BYHOUR=3")) {
            BadInputException e = assertThrows(BadInputException.class, () -> read(series(
                    "DTSTART;TZID=America/New_York:20270114T140000", rrule,
                    "EXDATE;TZID=America/New_York:20270114T140000,20270121T140000\r\n")), rrule);
            Problem p = e.problems().get(0);
            assertEquals(9, p.line(), p.toString());
            assertEquals("RRULE", p.key(), p.toString());
            assertTrue(p.message().contains("is cancelled (EXDATE"), p.toString());
        }
    }
}
