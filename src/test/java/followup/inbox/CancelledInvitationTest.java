package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A calendar message from the company sent as METHOD:REQUEST whose event is called off all the same: a weekly slot
 * whose every date the organizer took out (EXDATE, as Google Calendar and Outlook update a series), or an event marked
 * STATUS:CANCELLED. It is no invitation: the notice must not announce an interview at a cancelled time.
 */
class CancelledInvitationTest {
    private final FakeCorrelation correlation = new FakeCorrelation()
            .interview("globex-qa", Instant.parse("2026-11-20T15:00:00Z"))
            .person("pat@globex.example", "globex-qa").domain("globex.example", "globex-qa");
    private final Classifier classifier = new Classifier(Set.of("alex@example.com"), correlation);

    private static String calendar(String schedule) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:7kq2m1v9c0series@google.com\r\nDTSTAMP:20270101T000000Z\r\n"
                + "DTSTART;TZID=America/New_York:20270114T140000\r\nDTEND;TZID=America/New_York:20270114T150000\r\n"
                + schedule + "SEQUENCE:3\r\nSUMMARY:Interview: QA Lead at Globex\r\n"
                + "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Pat Lee;PARTSTAT=ACCEPTED:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Alex Example;PARTSTAT=NEEDS-ACTION:mailto:alex@example.com\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static String message(String calendar) {
        return "From: Pat Lee <pat@globex.example>\nTo: alex@example.com\nSubject: Updated invitation: Interview: QA"
                + " Lead at Globex\nMessage-ID: <upd-1@globex.example>\nMIME-Version: 1.0\nContent-Type:"
                + " multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "This event has been updated.\n--b1\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\n\n"
                + calendar.replace("\r\n", "\n") + "--b1--\n";
    }

    private Verdict classify(String calendar) throws Exception {
        return classifier.classify(Fixtures.read(Fixtures.parse(message(calendar)), classifier));
    }

    private static final String EVERY_DATE_EXCLUDED = "RRULE:FREQ=WEEKLY;COUNT=2\r\n"
            + "EXDATE;TZID=America/New_York:20270114T140000,20270121T140000\r\n";

    @Test
    void aSeriesWhoseEveryDateIsExcludedIsNoRequest() {
        Invite invite = InviteParser.read(calendar(EVERY_DATE_EXCLUDED).getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertEquals("REQUEST", invite.method());
        assertFalse(invite.isRequest(), "no date of the series is left");
    }

    @Test
    void aSeriesWhoseEveryDateIsExcludedIsTheCompanysAnswerNotAnInvitation() throws Exception {
        Verdict v = classify(calendar(EVERY_DATE_EXCLUDED));
        assertFalse(v instanceof Verdict.Invitation, "announced as an interview at a cancelled time: " + v);
        assertEquals(Set.of("globex-qa"), assertInstanceOf(Verdict.Reply.class, v).interviews());
    }

    @Test
    void anEventMarkedCancelledInARequestIsNoInvitation() throws Exception {
        Verdict v = classify(calendar("RRULE:FREQ=WEEKLY;COUNT=2\r\nSTATUS:CANCELLED\r\n"));
        assertFalse(v instanceof Verdict.Invitation, "announced as an interview at a cancelled time: " + v);
        assertInstanceOf(Verdict.Reply.class, v);
        assertFalse(InviteParser.read(calendar("STATUS:CANCELLED\r\n").getBytes(StandardCharsets.UTF_8))
                .orElseThrow().isRequest());
    }

    @Test
    void aSeriesWithADateLeftIsStillAnInvitation() throws Exception {
        Verdict v = classify(calendar("RRULE:FREQ=WEEKLY;COUNT=2\r\n"
                + "EXDATE;TZID=America/New_York:20270114T140000\r\n"));
        Verdict.Invitation i = assertInstanceOf(Verdict.Invitation.class, v);
        assertEquals("2027-01-21T14:00", i.invite().start().toLocalDateTime().toString());
        assertTrue(i.invite().isRequest());
    }
}
