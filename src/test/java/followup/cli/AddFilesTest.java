package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup add} and files as they come: line ends, character sets, names in lower or mixed case, sizes, a file
 * that is not there.
 */
class AddFilesTest {
    @TempDir
    Path tmp;
    private AddWorkspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new AddWorkspace(tmp);
    }

    private Cli.Result add(Path file) {
        return ws.add(file.toString());
    }

    private String record(String id) throws IOException {
        return Files.readString(tmp.resolve("conf/interviews/" + id + ".conf"));
    }

    /** An event as a small scheduler exports it, lines folded at 75 octets. */
    private static String calendar(String eol, String cn) {
        return String.join(eol, "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:cal-88231@calendly.com", "DTSTAMP:20270104T090000Z",
                "DTSTART;TZID=Europe/Berlin:20270211T140000", "DTEND;TZID=Europe/Berlin:20270211T150000",
                "SUMMARY:Interview: Backend Engineer at Falkenrot Software",
                "ORGANIZER;CN=" + cn + ":mailto:juergen.weiss@falkenrot-soft",
                " ware.de",
                "ATTENDEE;CN=" + cn + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:juergen.we",
                " iss@falkenrot-software.de",
                "ATTENDEE;CN=Alex Morgan;ROLE=REQ-PARTICIPANT:mailto:alex@example.com",
                "END:VEVENT", "END:VCALENDAR", "");
    }

    @Test
    void lineFeedsAloneWithFoldedLinesAreRead() throws IOException {
        Path f = tmp.resolve("lf.ics");
        Files.writeString(f, calendar("\n", "Jürgen Weiß"));
        Cli.Result r = add(f);
        assertEquals(0, r.code(), r::toString);
        String text = record("falkenrot-software-backend-engineer");
        assertTrue(text.contains("\"juergen.weiss@falkenrot-software.de\""), text);
    }

    @Test
    void aLatin1FileIsReadAsWindows1252AndSaysSo() throws IOException {
        Path f = tmp.resolve("latin1.ics");
        Files.write(f, calendar("\r\n", "Jürgen Weiß").getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = add(f);
        assertEquals(0, r.code(), r::toString);
        assertTrue(record("falkenrot-software-backend-engineer").contains("\"Jürgen Weiß\""), r::toString);
        assertTrue(r.out().contains("not UTF-8") && r.out().contains("windows-1252"), r::toString);
    }

    /**
     * Lines folded at 75 octets by a writer that counts bytes, not characters: the fold falls inside the two bytes of
     * "ü" and "ß". The file is UTF-8 all the same, in a file and in a mail's calendar part that declares it.
     */
    private static byte[] foldedInsideCharacters(String eol) {
        byte[] organizer = "ORGANIZER;CN=Jürgen Weiß:mailto:juergen.weiss@falkenrot-software.de"
                .getBytes(StandardCharsets.UTF_8);
        byte[] summary = "SUMMARY:Interview: Backend Engineer at Falkenrot Software (Müller)"
                .getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(String.join(eol, "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Falkenrot//Intranet 2.1//DE",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:fk-20270211@falkenrot-software.de",
                "DTSTAMP:20270104T090000Z", "DTSTART;TZID=Europe/Berlin:20270211T140000", "").getBytes(
                StandardCharsets.US_ASCII));
        for (byte[] line : List.of(organizer, summary)) {
            int inside = line.length - 1;
            while ((line[inside] & 0xC0) != 0x80) {
                inside--;   // the last byte that continues a character: the fold goes just before it
            }
            out.writeBytes(java.util.Arrays.copyOfRange(line, 0, inside));
            out.writeBytes((eol + " ").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(java.util.Arrays.copyOfRange(line, inside, line.length));
            out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(String.join(eol, "ATTENDEE;CN=Alex Morgan:mailto:alex@example.com", "END:VEVENT",
                "END:VCALENDAR", "").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aLineFoldedInsideACharacterIsStillUtf8() throws IOException {
        Path f = tmp.resolve("octets.ics");
        Files.write(f, foldedInsideCharacters("\r\n"));
        Cli.Result r = add(f);
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("windows-1252"), r::toString);
        Interview iv = ws.interview("falkenrot-software-backend-engineer");
        assertEquals("Jürgen Weiß", iv.interviewers().get(0).name(), r::toString);
    }

    @Test
    void aMailsCalendarPartFoldedInsideACharacterIsStillUtf8() throws IOException {
        String mail = String.join("\r\n", "From: =?UTF-8?Q?J=C3=BCrgen_Wei=C3=9F?= <juergen.weiss@falkenrot-software.de>",
                "To: alex@example.com", "Subject: Einladung: Backend Engineer", "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"alt\"", "", "--alt",
                "Content-Type: text/plain; charset=UTF-8", "", "Hallo Alex, anbei die Einladung.", "--alt",
                "Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST", "Content-Transfer-Encoding: base64",
                "", Base64.getMimeEncoder().encodeToString(foldedInsideCharacters("\r\n")), "--alt--", "");
        Path f = tmp.resolve("octets.eml");
        Files.writeString(f, mail, StandardCharsets.US_ASCII);
        Cli.Result r = add(f);
        assertEquals(0, r.code(), r::toString);
        Interview iv = ws.interview("falkenrot-software-backend-engineer");
        assertEquals("Jürgen Weiß", iv.interviewers().get(0).name(), r::toString);
    }

    @Test
    void aHugeFileIsRefusedByItsSize() throws IOException {
        Path f = tmp.resolve("huge.ics");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(3_000_000_000L);   // sparse: no disk, and far more than the heap
        }
        Cli.Result r = add(f);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("huge.ics") && r.err().contains("3000000000 bytes"), r::toString);
    }

    @Test
    void aMailWithALargeAttachmentIsReadForItsCalendar() throws IOException {
        byte[] pdf = new byte[6_000_000];
        new Random(7).nextBytes(pdf);
        String mail = String.join("\r\n", "From: Jürgen Weiß <juergen.weiss@falkenrot-software.de>",
                "To: alex@example.com", "Subject: Invitation: Backend Engineer interview", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1",
                "Content-Type: text/calendar; charset=UTF-8; method=REQUEST", "", calendar("\r\n", "Jürgen Weiß"),
                "--b1", "Content-Type: application/pdf; name=\"role-description.pdf\"",
                "Content-Disposition: attachment; filename=\"role-description.pdf\"",
                "Content-Transfer-Encoding: base64", "", Base64.getMimeEncoder().encodeToString(pdf), "--b1--", "");
        Path f = tmp.resolve("with-pdf.eml");
        Files.writeString(f, mail);
        Cli.Result r = add(f);
        assertEquals(0, r.code(), r::toString);
    }

    /** Google Calendar's invitation with every name written in lower case (begin:vcalendar, dtstart;tzid=...). */
    @Test
    void aCalendarWrittenInLowerCaseIsReadAsTheUpperCaseOneIs() throws IOException {
        Cli.Result r = add(AddWorkspace.INVITATIONS.resolve("google-lower-case.ics"));
        assertEquals(0, r.code(), r::toString);
        Interview iv = ws.interview("acme-corp-platform-engineer");
        assertEquals("Acme Corp", iv.company());
        assertEquals("Platform Engineer", iv.position());
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), iv.at());
        assertEquals(ZoneId.of("America/New_York"), iv.zone(), "the TZID of dtstart;tzid=America/New_York");
        assertEquals(List.of("priya.shah@acme.example", "jane.doe@acme.example", "raj@acme.example"),
                iv.interviewers().stream().map(Interviewer::email).toList(), "the user (rsvp=true, cn=) left out");
        assertEquals("Priya Shah", iv.interviewers().get(0).name(), "the cn= parameter");
        assertTrue(iv.notes().contains("Video: https://meet.google.com/kzr-pqvd-xhe"), iv.notes());
        assertTrue(iv.notes().contains("Phone: +1 402-555-0173"), iv.notes());
    }

    /** Outlook's customised zone, its names in mixed case (Begin:Vtimezone, Dtstart;Tzid=Customized Time Zone:). */
    @Test
    void aCalendarWrittenInMixedCaseFindsItsOwnZoneAndItsPeople() throws IOException {
        Cli.Result r = add(AddWorkspace.INVITATIONS.resolve("outlook-mixed-case.ics"));
        assertEquals(0, r.code(), r::toString);
        Interview iv = ws.interview("nordlicht-data-analytics-engineer");
        assertEquals(LocalDateTime.parse("2027-07-07T10:00"), iv.at());
        assertEquals(ZoneId.of("Europe/Berlin"), iv.zone(), "placed by its own Vtimezone");
        assertTrue(r.out().contains("\"Customized Time Zone\"") && r.out().contains("Europe/Berlin"), r::toString);
        assertEquals(List.of("Jonas Bergmann"), iv.interviewers().stream().map(Interviewer::name).toList(),
                "the Cn= of the one other Attendee; the user left out");
    }

    @Test
    void aFileThatIsNotThereIsNamedAsSuch() {
        Cli.Result r = add(tmp.resolve("invite.ics"));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("invite.ics") && r.err().contains("no such file"), r::toString);
        assertFalse(r.err().contains("NoSuchFile"), r::toString);
    }
}
