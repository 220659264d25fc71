package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Some schedulers write a VTIMEZONE with nothing in it, or a TZID alone: it says nothing about the zone, and the
 * calendar library refused the whole invitation for it ("Invalid timezone argument"). Such a VTIMEZONE is passed over
 * and the event's TZID read by its name; the lines of the file keep their numbers in any later problem.
 */
class EmptyTimezoneTest {
    private static String invitation(String vtimezone, String tzid) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slotbook//Scheduler 3.2//EN\r\nMETHOD:REQUEST\r\n"
                + vtimezone
                + "BEGIN:VEVENT\r\nUID:5f1c2a@slotbook.example\r\nDTSTAMP:20261201T100000Z\r\n"
                + "DTSTART;TZID=" + tzid + ":20261210T140000\r\nDTEND;TZID=" + tzid + ":20261210T150000\r\n"
                + "SUMMARY:Interview: Platform Engineer at Acme\r\n"
                + "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example\r\n"
                + "ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT:mailto:jane@acme.example\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    private static Invitation read(String text) {
        return InvitationReader.read("invite.ics", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_empty_vtimezone_is_passed_over_and_the_windows_zone_name_read() {
        Invitation i = read(invitation("BEGIN:VTIMEZONE\r\nEND:VTIMEZONE\r\n", "Pacific Standard Time"));

        assertEquals(LocalDateTime.of(2026, 12, 10, 14, 0), i.start().local());
        assertEquals("Pacific Standard Time", i.start().tzid());
    }

    @Test
    void a_vtimezone_with_a_tzid_and_no_rules_is_passed_over_too() {
        Invitation i = read(invitation("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE\r\n", "Europe/Berlin"));

        assertEquals(LocalDateTime.of(2026, 12, 10, 14, 0), i.start().local());
        assertEquals("Europe/Berlin", i.start().tzid());
    }

    @Test
    void a_problem_after_it_still_names_its_own_line() {
        String broken = invitation("BEGIN:VTIMEZONE\r\nEND:VTIMEZONE\r\n", "Europe/Berlin")
                .replace("END:VEVENT\r\n", "END:VTODO\r\n");

        BadInputException e = assertThrows(BadInputException.class, () -> read(broken));

        assertTrue(e.getMessage().contains("invite.ics:15:"), e.getMessage());
    }
}
