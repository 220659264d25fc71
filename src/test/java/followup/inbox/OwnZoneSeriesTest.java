package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * An invitation by mail whose zone is given only by its own VTIMEZONE, under a name no zone table knows, as Outlook
 * and Exchange write it ("(UTC-05:00) Eastern Time (US &amp; Canada)"), for a weekly series whose first dates were
 * taken out: the interview is a date on the other side of the change to summer time, at the same clock time.
 */
class OwnZoneSeriesTest {
    private static final String TZID = "(UTC-05:00) Eastern Time (US & Canada)";

    private static String calendar(String dtstart, String rest) {
        return "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:" + TZID + "\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
                + "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\n"
                + "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n"
                + "TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
                + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
                + "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
                + "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Example:mailto:alex@exampl\r\n"
                + " e.com\r\nSUMMARY;LANGUAGE=en-US:Interview: QA Lead at Globex\r\n"
                + "DTSTART;TZID=\"" + TZID + "\":" + dtstart + "\r\n"
                + "DTEND;TZID=\"" + TZID + "\":" + dtstart.substring(0, 9) + "150000\r\n" + rest
                + "UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5F601000000000000000010000000\r\n"
                + "SEQUENCE:1\r\nDTSTAMP:20270101T120000Z\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static Invite read(String ics) {
        return InviteParser.read(ics.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void aLaterDateOfTheSeriesPastTheChangeToSummerTimeIsAtItsSummerOffset() {
        Invite invite = read(calendar("20270304T140000", "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH;WKST=SU\r\n"
                + "EXDATE;TZID=\"" + TZID + "\":20270304T140000,20270311T140000\r\n"));
        // Thu 18 Mar 2027, 14:00 in New York, summer time: 18:00 UTC, not the 19:00 of March's first offset
        assertEquals(Instant.parse("2027-03-18T18:00:00Z"), invite.start().toInstant());
        assertEquals(Instant.parse("2027-03-18T19:00:00Z"), invite.end().toInstant());
        assertEquals("2027-03-18T14:00", invite.startIn(ZoneId.of("America/New_York")).toLocalDateTime().toString());
    }

    @Test
    void aSingleEventIsAtItsOwnOffsetAsBefore() {
        Invite invite = read(calendar("20270318T140000", ""));
        assertEquals(Instant.parse("2027-03-18T18:00:00Z"), invite.start().toInstant());
    }
}
