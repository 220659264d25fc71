package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.BadInputException;
import followup.config.RecordDraft;
import followup.invite.InvitationReader;
import followup.invite.RecordDrafts;
import followup.invite.WindowsZones;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup add} and the zone of an invitation: Windows names, names no table knows, a zone of its own. */
class AddZonesTest {
    private static final Path INVITATIONS = Path.of("src/test/resources/fixtures/invitations");
    /** A VTIMEZONE as Exchange writes one for a zone the user customised: India's offset, no clock changes. */
    private static final String INDIA_LIKE = "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone 1\r\nBEGIN:STANDARD\r\n"
            + "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    /** A zone no place keeps: UTC+03:17 all year. */
    private static final String ODD = "BEGIN:VTIMEZONE\r\nTZID:Lab Time\r\nBEGIN:STANDARD\r\n"
            + "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0317\r\nTZOFFSETTO:+0317\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

    @TempDir
    Path tmp;

    private static RecordDraft draft(String vtimezone, String dtstart, ZoneId mine) {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + vtimezone + "BEGIN:VEVENT\r\n"
                + "UID:1@test\r\nDTSTAMP:20270101T000000Z\r\n" + dtstart + "\r\nSUMMARY:Interview: QA Lead at Globex\r\n"
                + "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return RecordDrafts.of(InvitationReader.read("zone.ics", ics.getBytes(StandardCharsets.UTF_8)),
                Set.of("alex@example.com"), mine, "test");
    }

    @Test
    void outlooksCustomisedZoneIsPlacedByItsOwnRulesAndNamedByTheConsole() throws IOException {
        Path config = Workspaces.write(tmp);
        Cli.Result r = Cli.run("add", "--config", config.toString(),
                INVITATIONS.resolve("outlook-custom-zone.ics").toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        String text = Files.readString(tmp.resolve("conf/interviews/nordlicht-data-analytics-engineer.conf"));
        assertTrue(text.contains("at       = \"2027-07-07T10:00\"") && text.contains("zone     = \"Europe/Berlin\""),
                text);
        assertTrue(r.out().contains("\"Customized Time Zone\"") && r.out().contains("Europe/Berlin"), r::toString);
    }

    @Test
    void theUsersOwnZoneIsChosenWhenItAgreesWithTheInvitationsZone() {
        RecordDraft d = draft(INDIA_LIKE, "DTSTART;TZID=Customized Time Zone 1:20270114T140000",
                ZoneId.of("Asia/Kolkata"));
        assertEquals(ZoneId.of("Asia/Kolkata"), d.zone());
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), d.at());
        RecordDraft far = draft(INDIA_LIKE, "DTSTART;TZID=Customized Time Zone 1:20270114T140000",
                ZoneId.of("America/New_York"));
        assertEquals(ZoneId.of("Asia/Kolkata"), far.zone(), "the zone that agrees, not the user's");
        assertEquals(LocalDateTime.parse("2027-01-14T14:00"), far.at());
    }

    @Test
    void aZoneNoPlaceKeepsIsWrittenAsTheSameInstantInTheUsersZone() {
        RecordDraft d = draft(ODD, "DTSTART;TZID=Lab Time:20270114T140000", ZoneId.of("America/New_York"));
        assertEquals(ZoneId.of("America/New_York"), d.zone());
        assertEquals(LocalDateTime.parse("2027-01-14T05:43"), d.at(), "14:00 at UTC+03:17 is 10:43 UTC");
        assertTrue(d.notices().get(0).contains("Lab Time"), d.notices()::toString);
    }

    @Test
    void anUnknownZoneWithoutItsVtimezoneIsRefusedByName() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> draft("", "DTSTART;TZID=Pacific Island Time:20270114T140000", ZoneId.of("America/New_York")));
        assertTrue(e.getMessage().contains("zone.ics") && e.getMessage().contains("\"Pacific Island Time\""),
                e.getMessage());
    }

    @Test
    void etcZonesWithAnOffsetAreZones() {
        assertEquals(ZoneId.of("Etc/GMT-3"), draft("", "DTSTART;TZID=Etc/GMT-3:20270114T140000",
                ZoneId.of("Asia/Tokyo")).zone());
    }

    @Test
    void aTimeInUtcOrGmtByItsTzidIsWrittenInTheUsersZoneAtTheSameInstant() {
        for (String tzid : List.of("UTC", "GMT", "Etc/UTC", "Etc/GMT", "\"UTC\"", "Coordinated Universal Time",
                "Z", "Zulu")) {
            RecordDraft d = draft("", "DTSTART;TZID=" + tzid + ":20270114T140000", ZoneId.of("Asia/Tokyo"));
            assertEquals(ZoneId.of("Asia/Tokyo"), d.zone(), tzid);
            assertEquals(LocalDateTime.parse("2027-01-14T23:00"), d.at(), tzid);
            assertTrue(d.notices().get(d.notices().size() - 1).contains("UTC only"), d.notices()::toString);
        }
    }

    @Test
    void aUtcCalendarZoneIsNotTheRecordsZone() {
        String ics = googleExport("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN"
                + "\r\nX-WR-TIMEZONE:UTC\r\n");
        RecordDraft d = RecordDrafts.of(InvitationReader.read("g.ics", ics.getBytes(StandardCharsets.UTF_8)),
                Set.of("alex@example.com"), ZoneId.of("America/New_York"), "test");
        assertEquals(ZoneId.of("America/New_York"), d.zone());
        assertEquals(LocalDateTime.parse("2027-01-14T10:00"), d.at());
    }

    @Test
    void addWritesAnInvitationInUtcInTheUsersZoneAndSaysSo() throws IOException {
        Path config = Workspaces.write(tmp);
        Path f = tmp.resolve("utc.ics");
        Files.writeString(f, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme ATS//EN\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:utc-1@globex.example\r\nDTSTAMP:20270101T000000Z\r\n"
                + "DTSTART;TZID=UTC:20270114T150000\r\nDTEND;TZID=UTC:20270114T160000\r\n"
                + "SUMMARY:Interview: QA Lead at Globex\r\nORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\n"
                + "ATTENDEE;CN=Pat Lee;PARTSTAT=ACCEPTED:mailto:pat@globex.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Cli.Result r = Cli.run("add", "--config", config.toString(), f.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        String text = Files.readString(tmp.resolve("conf/interviews/globex-qa-lead.conf"));
        assertTrue(text.contains("at       = \"2027-01-14T10:00\"") && text.contains("zone     = \"America/New_York\""),
                text);
        assertTrue(r.out().contains("UTC only") && r.out().contains("America/New_York"), r::toString);
    }

    @Test
    void windowsNamesGiveCanonicalZonesThatTheHolidayTableKnows() throws IOException {
        assertEquals(Optional.of(ZoneId.of("Asia/Kolkata")), WindowsZones.zone("India Standard Time"));
        assertEquals(Optional.of(ZoneId.of("Europe/Kyiv")), WindowsZones.zone("FLE Standard Time"));
        assertEquals(Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")),
                WindowsZones.zone("Argentina Standard Time"));
        assertEquals(Optional.of(ZoneId.of("America/New_York")), WindowsZones.zone("US Eastern Standard Time"));
        assertEquals(Optional.of(ZoneId.of("Asia/Taipei")), WindowsZones.zone("Taipei Standard Time"));
        assertEquals(Optional.of(ZoneId.of("America/Santiago")), WindowsZones.zone("pacific sa standard time"));
        assertEquals(Optional.of(ZoneId.of("Africa/Nairobi")), WindowsZones.zone("E. Africa Standard Time"));
        assertEquals(Optional.of(ZoneId.of("Etc/GMT+12")), WindowsZones.zone("Dateline Standard Time"));
        List<String> holidays = Files.readAllLines(Path.of("src/main/resources/followup/holiday/zone-countries.tsv"));
        List<String> table = Files.readAllLines(Path.of("src/main/resources/followup/invite/windows-zones.tsv"))
                .stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(table.size() >= 139, "the whole CLDR list: " + table.size());
        for (String line : table) {
            String zone = line.split("\t")[1];
            assertTrue(zone.equals("UTC") || zone.startsWith("Etc/")
                    || holidays.stream().anyMatch(h -> h.startsWith(zone + "\t")), line);
            assertEquals(Optional.of(ZoneId.of(zone)), WindowsZones.zone(line.split("\t")[0]), line);
        }
    }

    /** A Google Calendar export: UTC times and the calendar's zone in X-WR-TIMEZONE. */
    private static String googleExport(String header) {
        return header + "BEGIN:VEVENT\r\nUID:x1@google.com\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270114T150000Z\r\n"
                + "DTEND:20270114T160000Z\r\nSUMMARY:Interview: QA Lead at Globex\r\n"
                + "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void aTimeInUtcOnlyIsWrittenInTheCalendarsZoneWhenItNamesOne() {
        String ics = googleExport("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN"
                + "\r\nX-WR-CALNAME:Pat Lee\r\nX-WR-TIMEZONE:Europe/Madrid\r\n");
        RecordDraft d = RecordDrafts.of(InvitationReader.read("g.ics", ics.getBytes(StandardCharsets.UTF_8)),
                Set.of("alex@example.com"), ZoneId.of("America/New_York"), "test");
        assertEquals(ZoneId.of("Europe/Madrid"), d.zone());
        assertEquals(LocalDateTime.parse("2027-01-14T16:00"), d.at());
        assertTrue(d.notices().get(0).contains("UTC only"), d.notices()::toString);
    }

    @Test
    void anAllDayEventSaysTheHourIsNotKnown() throws IOException {
        Path config = Workspaces.write(tmp);
        Path f = tmp.resolve("allday.ics");
        Files.writeString(f, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.2//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:AD-1\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:20270114\r\n"
                + "DTEND;VALUE=DATE:20270115\r\nSUMMARY:Globex - QA Lead - onsite day\r\n"
                + "ORGANIZER;CN=Pat Lee:mailto:pat@globex.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Cli.Result r = Cli.run("add", "--config", config.toString(), f.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("all-day event on 2027-01-14") && r.out().contains("hour is not known"),
                r::toString);
    }
}
