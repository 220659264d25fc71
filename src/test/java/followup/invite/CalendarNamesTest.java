package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.inbox.Invite;
import followup.inbox.InviteParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names in lower or mixed case ({@code begin:vevent}, {@code Dtstart;Tzid=...:}) are read as their upper-case form,
 * by both readers of an invitation; values stay as written, and every line where it was.
 */
class CalendarNamesTest {
    private static final Path LOWER = Path.of("src/test/resources/fixtures/invitations/google-lower-case.ics");

    @Test
    void namesAndEnumeratedParameterValuesAreUpperCasedAndNothingElse() {
        String in = "begin:vevent\r\ndtstart;tzid=America/New_York:20270114T140000\r\n"
                + "attendee;cn=\"Doe, jane: recruiter\";partstat=needs-action;x-num-guests=0:"
                + "mailto:jane@acme.example\r\nsummary;language=en-us:begin: interview\r\nend:vevent\r\n";
        assertEquals("BEGIN:VEVENT\r\nDTSTART;TZID=America/New_York:20270114T140000\r\n"
                + "ATTENDEE;CN=\"Doe, jane: recruiter\";PARTSTAT=NEEDS-ACTION;X-NUM-GUESTS=0:"
                + "mailto:jane@acme.example\r\nSUMMARY;LANGUAGE=en-us:begin: interview\r\nEND:VEVENT\r\n",
                CalendarNames.upperCased(in));
    }

    @Test
    void aFoldedLineGoesOnInTheNameItWasInAndEveryLineStaysWhereItWas() {
        String in = "attendee;role=req-participant;rs\r\n vp=true;cn=Ja\n ne:mailto:jane@acme.example\n"
                + "beg\n in:vale\r\n\trt\n";
        assertEquals("ATTENDEE;ROLE=REQ-PARTICIPANT;RS\r\n VP=TRUE;CN=Ja\n ne:mailto:jane@acme.example\n"
                + "BEG\n IN:VALE\r\n\tRT\n", CalendarNames.upperCased(in));
    }

    @Test
    void bothReadersReadACalendarWrittenInLowerCase() throws IOException {
        byte[] bytes = Files.readAllBytes(LOWER);
        Invite invite = InviteParser.read(bytes).orElseThrow();
        assertEquals(ZonedDateTime.of(2027, 1, 14, 14, 0, 0, 0, ZoneId.of("America/New_York")), invite.start());
        assertEquals("Interview: Platform Engineer at Acme Corp", invite.summary());
        assertEquals(4, invite.attendees().size(), invite.attendees()::toString);
        Invitation read = InvitationReader.read("lower.ics", bytes);
        assertEquals("America/New_York", read.start().tzid());
        assertEquals("REQUEST", read.method());
        assertEquals(List.of("ACCEPTED", "NEEDS-ACTION", "NEEDS-ACTION", "NEEDS-ACTION"),
                read.attendees().stream().map(Invitation.Person::partstat).toList());
    }

    @Test
    void aProblemInALowerCaseFileNamesTheLineTheUpperCaseOneNames() {
        String lower = "begin:vcalendar\r\nversion:2.0\r\nbegin:vevent\r\nuid:1\r\ndtstart;tzid=Europe/Berlin:\r\n"
                + " 20270301T100000\r\nsummary:x\r\nend:vevent\r\nbogus\r\nend:vcalendar\r\n";
        String upper = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Europe/Berlin:\r\n"
                + " 20270301T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\nBOGUS\r\nEND:VCALENDAR\r\n";
        BadInputException fromLower = assertThrows(BadInputException.class,
                () -> InvitationReader.read("bad.ics", lower.getBytes(StandardCharsets.UTF_8)));
        BadInputException fromUpper = assertThrows(BadInputException.class,
                () -> InvitationReader.read("bad.ics", upper.getBytes(StandardCharsets.UTF_8)));
        assertTrue(fromLower.getMessage().startsWith("bad.ics:1"), fromLower.getMessage());
        assertEquals(fromUpper.getMessage(), fromLower.getMessage());
    }
}
