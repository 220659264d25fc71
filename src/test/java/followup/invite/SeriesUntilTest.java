package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.inbox.Invite;
import followup.inbox.InviteParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * A recurring invitation ended by a date (RRULE with UNTIL, in UTC, as Outlook and Google Calendar write it) rather
 * than by a COUNT: its dates are all known, both to {@code followup add} and to the inbox. Outlook writes the UNTIL
 * as the last occurrence's start in UTC, which east of UTC is an earlier clock time than the occurrence's own.
 */
class SeriesUntilTest {
    private static String calendar(String tzid, String dtstart, String rrule, String exdate) {
        return "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
                + "BEGIN:VEVENT\r\nORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@nordlicht-data.example\r\n"
                + "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Example:mailto:alex@exam"
                + "\r\n ple.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tom Berger:mailto:tom.berger@nordlicht-data.example\r\n"
                + "SUMMARY;LANGUAGE=de-DE:Interview Senior Data Engineer\r\n"
                + "DTSTART;TZID=" + tzid + ":" + dtstart + "\r\nDTEND;TZID=" + tzid + ":" + dtstart.substring(0, 9)
                + "230000\r\n" + rrule + "\r\n" + exdate + "\r\n"
                + "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A701000000000000000010000000\r\n"
                + "SEQUENCE:2\r\nDTSTAMP:20270105T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** Weekly at 10:00 in Berlin, the first date moved off the calendar; the last, 21 Jan 10:00 CET, is 09:00 UTC. */
    private static final String BERLIN = calendar("W. Europe Standard Time", "20270114T100000",
            "RRULE:FREQ=WEEKLY;UNTIL=20270121T090000Z;INTERVAL=1;BYDAY=TH;WKST=MO",
            "EXDATE;TZID=W. Europe Standard Time:20270114T100000");

    /** Weekly at 14:00 in New York, both dates taken out. */
    private static final String ALL_EXCLUDED = calendar("Eastern Standard Time", "20270114T140000",
            "RRULE:FREQ=WEEKLY;UNTIL=20270121T190000Z;INTERVAL=1;BYDAY=TH;WKST=SU",
            "EXDATE:20270114T190000Z,20270121T190000Z");

    private static byte[] bytes(String ics) {
        return ics.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theLastDateBeforeAnUntilInUtcIsTheInterviewEastOfUtc() {
        Invitation inv = InvitationReader.read("series.ics", bytes(BERLIN));
        assertFalse(inv.cancellation(), inv.toString());
        assertEquals(LocalDateTime.parse("2027-01-21T10:00"), inv.start().local());
    }

    @Test
    void theInboxReadsTheSameDate() {
        Invite invite = InviteParser.read(bytes(BERLIN)).orElseThrow();
        assertTrue(invite.isRequest());
        assertEquals(ZonedDateTime.parse("2027-01-21T10:00+01:00[Europe/Berlin]"), invite.start());
    }

    @Test
    void aSeriesEndedByADateWithEveryDateExcludedIsACancellation() {
        assertTrue(InvitationReader.read("series.ics", bytes(ALL_EXCLUDED)).cancellation());
        assertFalse(InviteParser.read(bytes(ALL_EXCLUDED)).orElseThrow().isRequest(),
                "no invitation to a cancelled time");
    }
}
