package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.config.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A start that cannot be read (a value that is no date-time, a zone no table knows and no VTIMEZONE says) is told at
 * the line of its DTSTART, with the key, as a syntax error of the calendar is told at its line: the user can open the
 * file there, or ask for a new invitation knowing what is wrong with it.
 */
class StartLineTest {
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme ATS//EN\r\nMETHOD:REQUEST\r\n";

    private static String event(String uid, String dtstart) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20270101T000000Z\r\n" + dtstart + "\r\n"
                + "SUMMARY:Interview: QA Lead at Globex\r\nORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Pat Lee:mailto:pat@globex.example\r\nEND:VEVENT\r\n";
    }

    private static Problem problem(String events) {
        String ics = HEAD + events + "END:VCALENDAR\r\n";
        BadInputException e = assertThrows(BadInputException.class,
                () -> InvitationReader.read("invite.ics", ics.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aStartThatIsNoDateTimeIsToldAtItsLine() {
        Problem p = problem(event("1", "DTSTART;TZID=America/New_York:2027-01-14T14:00"));
        assertEquals(8, p.line(), p.toString());
        assertEquals("DTSTART", p.key(), p.toString());
        assertTrue(p.toString().startsWith("invite.ics:8: DTSTART: \"2027-01-14T14:00\" is not a date-time"),
                p.toString());
    }

    @Test
    void anUnknownZoneIsToldAtTheLineOfTheEventThatHasItAlsoWhenFolded() {
        Problem p = problem(event("1", "DTSTART;TZID=America/New_York:20270114T140000")
                + event("2", "DTSTART;TZID=Globex Standard\r\n  Time:20270114T150000"));
        assertEquals(16, p.line(), p.toString());
        assertEquals("DTSTART", p.key(), p.toString());
        assertTrue(p.message().contains("\"Globex Standard Time\""), p.toString());
    }
}
