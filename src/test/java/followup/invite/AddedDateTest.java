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
 * A recurring invitation with a date added to it (RDATE, as Apple Calendar writes a date moved into a series) and its
 * first date taken out: the added date is still on the calendar and is the interview, not a cancellation.
 */
class AddedDateTest {
    private static String calendar(String rdate) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.2//EN\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:6B0E5C1A-3F2D-4E8B-9A71-2C4D5E6F7A8B\r\nDTSTAMP:20270105T120000Z\r\n"
                + "DTSTART;TZID=America/New_York:20270114T140000\r\nDTEND;TZID=America/New_York:20270114T150000\r\n"
                + rdate + "\r\nEXDATE;TZID=America/New_York:20270114T140000\r\nSEQUENCE:1\r\n"
                + "SUMMARY:Interview: QA Lead at Globex\r\nORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Pat Lee;PARTSTAT=ACCEPTED:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Alex Example;PARTSTAT=NEEDS-ACTION:mailto:alex@example.com\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void theAddedDateIsTheInterview() {
        for (String rdate : new String[] {"RDATE;TZID=America/New_York:20270120T100000", "RDATE:20270120T150000Z"}) {
            byte[] ics = calendar(rdate).getBytes(StandardCharsets.UTF_8);
            Invitation inv = InvitationReader.read("series.ics", ics);
            assertFalse(inv.cancellation(), rdate + ": " + inv);
            assertEquals(LocalDateTime.parse("2027-01-20T10:00"), inv.start().local(), rdate);
            Invite invite = InviteParser.read(ics).orElseThrow();
            assertTrue(invite.isRequest(), rdate);
            assertEquals(ZonedDateTime.parse("2027-01-20T10:00-05:00[America/New_York]"), invite.start(), rdate);
        }
    }
}
