package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.RecordDraft;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A CN written as an RFC 2047 encoded word without quotes around it ({@code CN==?UTF-8?Q?...?=:mailto:...}), as some
 * mailers that forward or re-send an invitation write a name with accents: the person is the name it encodes, and an
 * interviewer as anyone invited.
 */
class EncodedNameTest {
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook"
            + " 16.0 MIMEDIR//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:enc-1@globex.example\r\n"
            + "DTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Madrid:20270114T100000\r\n"
            + "SUMMARY:Interview: Backend Developer at Globex\r\n";

    private static RecordDraft draft(String people) {
        String ics = HEAD + people + "ATTENDEE;CN=Alex Example;PARTSTAT=NEEDS-ACTION:mailto:alex@example.com\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        return RecordDrafts.of(InvitationReader.read("encoded.ics", ics.getBytes(StandardCharsets.UTF_8)),
                Set.of("alex@example.com"), ZoneId.of("Europe/Madrid"), "test");
    }

    private static void assertInterviewers(RecordDraft d, List<String> expected) {
        assertEquals(expected, d.interviewers().stream().map(p -> p.name() + " <" + p.email() + ">").toList(),
                "notices: " + d.notices());
        assertTrue(d.notices().stream().noneMatch(n -> n.contains("not a valid address")), d.notices().toString());
    }

    @Test
    void anUnquotedQuotedPrintableNameIsDecodedAndThePersonKept() {
        assertInterviewers(draft("ORGANIZER;CN==?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?=:mailto:jose.garcia@globex.example\r\n"
                + "ATTENDEE;CN==?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?=;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:"
                + "mailto:jose.garcia@globex.example\r\n"), List.of("José García <jose.garcia@globex.example>"));
    }

    @Test
    void anUnquotedBase64NameFoldedInsideTheWordAndTwoWordsInOneNameAreDecoded() {
        // "Zoë Müller" in base64, the line folded in the middle of the word; "Núria Puig" in two words
        assertInterviewers(draft("ATTENDEE;CN==?utf-8?B?Wm/DqyBNw7xs\r\n bGVy?=;PARTSTAT=NEEDS-ACTION:"
                + "mailto:zoe.mueller@globex.example\r\n"
                + "ATTENDEE;PARTSTAT=NEEDS-ACTION;CN==?UTF-8?Q?N=C3=BAria?= =?UTF-8?Q?_Puig?=:"
                + "mailto:nuria.puig@globex.example\r\n"),
                List.of("Zoë Müller <zoe.mueller@globex.example>", "Núria Puig <nuria.puig@globex.example>"));
    }
}
