package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invitations as Google Calendar and Outlook send them, read into an {@link Invite}. */
class InviteParserTest {
    static byte[] fixture(String name) {
        try (InputStream in = InviteParserTest.class.getResourceAsStream("/fixtures/invitations/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_google_calendar_invitation_is_read_with_its_zone_people_and_meet_link() {
        Invite invite = InviteParser.read(fixture("google-calendar-invitation.eml")).orElseThrow();
        assertEquals("REQUEST", invite.method());
        assertTrue(invite.isRequest());
        assertEquals("Onsite with the platform team", invite.summary());
        assertEquals(ZonedDateTime.of(2027, 1, 19, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), invite.start());
        assertEquals(ZonedDateTime.of(2027, 1, 19, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")), invite.end());
        assertEquals(Optional.of(new Invite.Person("Jane Doe", "jane@acme.example")), invite.organizer());
        assertEquals(List.of(new Invite.Attendee("Jane Doe", "jane@acme.example", "REQ-PARTICIPANT"),
                new Invite.Attendee("Raj Patel", "raj@acme.example", "REQ-PARTICIPANT"),
                new Invite.Attendee("alex@example.test", "alex@example.test", "REQ-PARTICIPANT")),
                invite.attendees());
        assertEquals(Optional.of("https://meet.google.com/qxk-bwtn-ref"), invite.conferenceUrl());
        assertEquals(Optional.of("Acme HQ, Invalidenstrasse 1, Berlin"), invite.location());
        assertEquals("4v1q2k8s0c9m7t3f5h6j2l1p0r@google.com", invite.uid());
        assertTrue(invite.description().orElseThrow().startsWith("Meet the platform team"));
    }

    @Test
    void the_ics_attachment_alone_gives_the_same_invitation() {
        Invite fromIcs = InviteParser.read(fixture("google-calendar-invite.ics")).orElseThrow();
        Invite fromMessage = InviteParser.read(fixture("google-calendar-invitation.eml")).orElseThrow();
        assertEquals(fromMessage.start(), fromIcs.start());
        assertEquals(fromMessage.attendees(), fromIcs.attendees());
        assertEquals("Acme HQ, Invalidenstraße 1, Berlin", fromIcs.location().orElseThrow());
    }

    @Test
    void an_outlook_invitation_with_a_windows_zone_is_read_in_the_iana_zone_with_its_teams_link() {
        Invite invite = InviteParser.read(fixture("outlook-invitation.eml")).orElseThrow();
        assertEquals("REQUEST", invite.method());
        assertEquals("Onsite with the platform team", invite.summary());
        assertEquals(ZonedDateTime.of(2027, 1, 19, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), invite.start());
        assertEquals(invite.start().plusHours(2), invite.end());
        assertEquals(List.of(new Invite.Attendee("Alex Example", "alex@example.test", "REQ-PARTICIPANT"),
                new Invite.Attendee("Raj Patel", "raj@acme.example", "REQ-PARTICIPANT"),
                new Invite.Attendee("Mia Chen", "mia@acme.example", "OPT-PARTICIPANT")), invite.attendees());
        assertTrue(invite.conferenceUrl().orElseThrow().startsWith("https://teams.microsoft.com/l/meetup-join/"));
        assertEquals(Optional.of("Microsoft Teams Meeting"), invite.location());
    }

    @Test
    void a_utc_time_a_floating_time_a_duration_and_a_cancellation() {
        Invite invite = InviteParser.read(ics("METHOD:CANCEL", "DTSTART:20270301T150000Z", "DURATION:PT45M"))
                .orElseThrow();
        assertEquals("CANCEL", invite.method());
        assertEquals(ZonedDateTime.of(2027, 3, 1, 15, 0, 0, 0, ZoneId.of("Z")), invite.start());
        assertEquals(invite.start().plusMinutes(45), invite.end());
        Invite floating = InviteParser.read(ics("METHOD:REQUEST", "DTSTART:20270301T150000", "DTEND:20270301T160000"))
                .orElseThrow();
        assertEquals(ZoneId.of("Z"), floating.start().getZone());
    }

    @Test
    void what_is_no_invitation_is_empty_and_never_fails() {
        assertEquals(Optional.empty(), InviteParser.read("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes()));
        assertEquals(Optional.empty(), InviteParser.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), InviteParser.read(new byte[0]));
        assertEquals(Optional.empty(), InviteParser.read("\u0000\u0001garbage".repeat(10_000).getBytes()));
        assertEquals(Optional.empty(), InviteParser.read(Fixtures.bytes(Fixtures.HUMAN_REPLY)));
    }

    @Test
    void an_outlook_series_whose_first_date_is_cancelled_starts_at_the_next_date_for_as_long() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "METHOD:REQUEST",
                "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT",
                "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example", "SUMMARY;LANGUAGE=en-US:Onsite",
                "RRULE:FREQ=DAILY;COUNT=3", "DTSTART;TZID=Europe/Berlin:20270119T100000",
                "DTEND;TZID=Europe/Berlin:20270119T120000", "UID:040000008200E00074C5B7101A82E008", "STATUS:CONFIRMED",
                "END:VEVENT", "BEGIN:VEVENT", "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
                "SUMMARY;LANGUAGE=en-US:Onsite", "RECURRENCE-ID;TZID=Europe/Berlin:20270119T100000",
                "DTSTART;TZID=Europe/Berlin:20270119T100000", "DTEND;TZID=Europe/Berlin:20270119T120000",
                "UID:040000008200E00074C5B7101A82E008", "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR", "");
        Invite invite = InviteParser.read(ics.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(ZonedDateTime.of(2027, 1, 20, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), invite.start());
        assertEquals(ZonedDateTime.of(2027, 1, 20, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")), invite.end());
    }

    private static byte[] ics(String method, String... lines) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + method + "\r\nBEGIN:VEVENT\r\n"
                + "UID:u1\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:Call\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
