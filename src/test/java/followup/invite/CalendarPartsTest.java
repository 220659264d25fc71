package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.inbox.Invite;
import followup.inbox.InviteParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where both readers of an invitation find its calendar: the inbox's ({@link InviteParser}, from the company) and
 * the intake's ({@link InvitationReader}, from the user) read the same part of the same message.
 */
class CalendarPartsTest {
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    private static String calendar(String location) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Initech//Scheduler 4.2//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:7f3e-initech-onsite", "DTSTAMP:20270104T090000Z",
                "DTSTART;TZID=Europe/Zurich:20270211T140000", "DTEND;TZID=Europe/Zurich:20270211T153000",
                "SUMMARY:Initech - Site Reliability Engineer - onsite", "LOCATION:" + location,
                "ORGANIZER;CN=Beat Müller:mailto:Beat.Mueller@Initech.example",
                "ATTENDEE;CN=Beat Müller;ROLE=CHAIR:mailto:beat.mueller@initech.example",
                "ATTENDEE;CN=Léa Favre;ROLE=REQ-PARTICIPANT:MAILTO:Lea.Favre@initech.example",
                "END:VEVENT", "END:VCALENDAR", "");
    }

    /** An invitation as a calendar client sends it: a text part and the calendar, in Latin-1. */
    private static String invitation() {
        return String.join("\r\n", "From: Beat Müller <beat.mueller@initech.example>",
                "To: alex@example.com", "Subject: Invitation: Initech onsite", "Date: Mon, 4 Jan 2027 10:00:00 +0100",
                "Message-ID: <onsite-7f3e@initech.example>", "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"inner\"", "", "--inner",
                "Content-Type: text/plain; charset=UTF-8", "", "You are invited to an onsite interview.", "",
                "--inner", "Content-Type: text/calendar; charset=ISO-8859-1; method=REQUEST",
                "Content-Transfer-Encoding: 8bit", "", calendar("Initech, Bahnhofstraße 3, Zürich"), "--inner--", "");
    }

    /** The same invitation forwarded as an attachment of the user's own mail, as mail clients forward. */
    private static byte[] forwarded() {
        String outer = String.join("\r\n", "From: Alex Morgan <alex@example.com>", "To: alex@example.com",
                "Subject: Fwd: Invitation: Initech onsite", "Date: Mon, 4 Jan 2027 11:00:00 -0500",
                "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"outer\"", "", "--outer",
                "Content-Type: text/plain; charset=UTF-8", "", "For the record.", "", "--outer",
                "Content-Type: message/rfc822", "Content-Disposition: attachment", "", invitation(), "--outer--", "");
        return outer.getBytes(LATIN_1);
    }

    @Test
    void bothReadersFindAForwardedInvitationAndReadItInItsCharset() {
        Invite invite = InviteParser.read(forwarded()).orElseThrow();
        assertEquals("REQUEST", invite.method());
        assertEquals(Optional.of("Initech, Bahnhofstraße 3, Zürich"), invite.location());
        assertEquals("beat.mueller@initech.example", invite.organizer().orElseThrow().email());
        assertEquals("Léa Favre", invite.attendees().get(1).name());
        assertEquals("lea.favre@initech.example", invite.attendees().get(1).email());

        Invitation invitation = InvitationReader.read("onsite.eml", forwarded());
        assertEquals("Initech - Site Reliability Engineer - onsite", invitation.summary());
        assertEquals(new Invitation.Start(LocalDateTime.of(2027, 2, 11, 14, 0), "Europe/Zurich", false),
                invitation.start());
        assertEquals("Beat Müller", invitation.organizer().name());
        assertEquals("beat.mueller@initech.example", invitation.organizer().email());
        assertTrue(invitation.links().contains("Where: Initech, Bahnhofstraße 3, Zürich"), invitation.links()::toString);
    }

    @Test
    void aMessageNestedPastAnyInvitationIsNotReadFurther() {
        String message = invitation();
        for (int i = 0; i < 12; i++) {
            message = String.join("\r\n", "From: a@example.com", "Subject: Fwd", "MIME-Version: 1.0",
                    "Content-Type: message/rfc822", "", message);
        }
        byte[] deep = message.getBytes(LATIN_1);
        assertEquals(Optional.empty(), InviteParser.read(deep));
        BadInputException e = assertThrows(BadInputException.class, () -> InvitationReader.read("deep.eml", deep));
        assertTrue(e.getMessage().contains("holds no invitation"), e.getMessage());
    }

    @Test
    void anAddressIsReadWithoutItsSchemeDecodedAndInLowerCase() {
        assertEquals("jane.doe@acme.example", CalendarParts.mailto(" MAILTO:Jane.Doe@Acme.example "));
        assertEquals("jane doe@acme.example", CalendarParts.mailto("mailto:Jane%20Doe@acme.example"));
        assertEquals("50%@acme.example", CalendarParts.mailto("mailto:50%@acme.example"), "kept when not a URI");
        assertEquals("", CalendarParts.mailto(null));
    }
}
