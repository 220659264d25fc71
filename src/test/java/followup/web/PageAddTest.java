package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's upload form does what {@code followup add FILE} does, and is guarded like every change. */
class PageAddTest {
    private static final Path ZOOM = Path.of("src/test/resources/fixtures/invitations/zoom.ics");
    private static final String BOUNDARY = "----followupTestBoundary7MA4YWxkTrZu0gW";

    @TempDir
    Path tmp;
    private PageWorkspace ws;

    @BeforeEach
    void start() throws IOException {
        ws = PageWorkspace.start(tmp);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    private byte[] form(String csrf, String fileName, byte[] file) throws IOException {
        return form(csrf, fileName, file, null);
    }

    /** @param candidate the form's candidate field, or null for a form without one */
    private static byte[] form(String csrf, String fileName, byte[] file, String candidate) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n"
                + (candidate == null ? "" : "--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                + " name=\"candidate\"\r\n\r\n" + candidate + "\r\n")
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"invitation\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/calendar\r\n\r\n";
        b.write(head.getBytes(StandardCharsets.UTF_8));
        b.write(file);
        b.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private RawHttp.Response upload(String csrf, String origin) throws IOException {
        return RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(), "Origin", origin),
                "multipart/form-data; boundary=" + BOUNDARY, form(csrf, "zoom.ics", Files.readAllBytes(ZOOM)));
    }

    @Test
    void anUploadedInvitationBecomesARecordWithItsPlanAndIsNeverWrittenTwice() throws IOException {
        String self = "http://127.0.0.1:" + ws.port();
        String csrf = PageWorkspace.csrf(RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body());
        RawHttp.Response added = upload(csrf, self);
        assertEquals(201, added.status(), added::toString);
        Path file = tmp.resolve("conf/interviews/globex-backend-developer.conf");
        assertTrue(Files.readString(file).contains("company  = \"Globex\""));
        assertTrue(added.body().contains("thank-you") && added.body().contains("dana.whitfield@globex.example"),
                "the plan is shown:\n" + added.body());
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
        assertTrue(page.contains("id=\"iv-globex-backend-developer\""), page);

        Files.writeString(file, Files.readString(file) + "# edited\n");
        RawHttp.Response again = upload(csrf, self);
        assertEquals(400, again.status(), again::toString);
        assertTrue(again.body().contains("already exists"), again.body());
        assertTrue(Files.readString(file).endsWith("# edited\n"), "not overwritten");
    }

    private RawHttp.Response upload(String csrf, String fileName, byte[] file) throws IOException {
        return RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(), "Origin",
                "http://127.0.0.1:" + ws.port()), "multipart/form-data; boundary=" + BOUNDARY, form(csrf, fileName,
                file));
    }

    @Test
    void theResultOfAnUploadSaysWhatAddSaysOnTheConsoleWhoWasLeftOutAndWhichZoneAndWhy() throws IOException {
        String csrf = PageWorkspace.csrf(RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body());
        Path invitations = ZOOM.getParent();

        RawHttp.Response panel = upload(csrf, "greenhouse-panel.ics",
                Files.readAllBytes(invitations.resolve("greenhouse-panel.ics")));
        assertEquals(201, panel.status(), panel::toString);
        assertTrue(panel.body().contains("<li><bdi>Left out: no-reply@us.greenhouse-mail.io (a scheduling service),"
                + " Alex Morgan &lt;alex+jobs@example.com&gt; (your own address), Tom Okafor"
                + " &lt;tom.okafor@brightwavelabs.com&gt; (declined),"),
                "who was left out and why, escaped:\n" + panel.body());
        assertFalse(panel.body().contains("<alex+jobs@example.com>"), panel.body());
        assertTrue(panel.body().contains("Nadia Farouk has no topics"), "validate's warnings, as add prints them:\n"
                + panel.body());

        RawHttp.Response zone = upload(csrf, "outlook-custom-zone.ics",
                Files.readAllBytes(invitations.resolve("outlook-custom-zone.ics")));
        assertEquals(201, zone.status(), zone::toString);
        assertTrue(zone.body().contains("<li><bdi>The invitation&#39;s zone &quot;Customized Time Zone&quot; is its"
                + " own (a VTIMEZONE): Europe/Berlin is written, a zone whose offsets and clock changes agree with it"),
                "which zone was chosen and why:\n" + zone.body());

        RawHttp.Response utc = upload(csrf, "zoom.ics", Files.readAllBytes(ZOOM));
        assertTrue(utc.body().contains("<li><bdi>The invitation gives the time in UTC only (2027-01-20 17:00 UTC):"
                + " it is written in your zone, America/New_York, as 2027-01-20 12:00.</bdi></li>"), utc.body());
    }

    @Test
    void withCandidatesTheFormAsksWhoseInterviewItIsAndWritesItThere() throws IOException {
        ws.close();
        Path root = Files.createDirectories(tmp.resolve("many"));
        ws = PageWorkspace.startWithCandidates(root);
        String self = "http://127.0.0.1:" + ws.port();
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
        assertTrue(page.contains("<select name=\"candidate\" id=\"add-candidate\" required><option value=\"\">"
                + "choose a candidate</option><option value=\"alice\">alice</option><option value=\"bob\">bob"
                + "</option></select>"), page);
        String csrf = PageWorkspace.csrf(page);
        Path bobs = root.resolve("conf/candidates/bob/interviews/globex-backend-developer.conf");
        Path alices = root.resolve("conf/candidates/alice/interviews/globex-backend-developer.conf");

        RawHttp.Response nobody = RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(), "Origin",
                self), "multipart/form-data; boundary=" + BOUNDARY, form(csrf, "zoom.ics", Files.readAllBytes(ZOOM),
                ""));
        assertEquals(400, nobody.status(), nobody::toString);
        assertTrue(nobody.body().contains("choose whose interview this is (alice, bob)"), nobody.body());
        assertTrue(Files.notExists(bobs) && Files.notExists(alices), "nothing written without a candidate");

        RawHttp.Response forBob = RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(), "Origin",
                self), "multipart/form-data; boundary=" + BOUNDARY, form(csrf, "zoom.ics", Files.readAllBytes(ZOOM),
                "bob"));
        assertEquals(201, forBob.status(), forBob::toString);
        assertTrue(Files.readString(bobs).contains("company  = \"Globex\""));
        assertTrue(Files.notExists(alices), "written for bob only");
        String after = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
        assertTrue(after.contains("id=\"iv-bob-globex-backend-developer\""), after);

        RawHttp.Response stranger = RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(), "Origin",
                self), "multipart/form-data; boundary=" + BOUNDARY, form(csrf, "zoom.ics", Files.readAllBytes(ZOOM),
                "mallory"));
        assertEquals(400, stranger.status(), stranger::toString);
        assertTrue(stranger.body().contains("mallory"), stranger.body());
    }

    @Test
    void aConfigWithoutCandidatesAsksForNone() throws IOException {
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
        assertTrue(page.contains("name=\"invitation\""), page);
        assertFalse(page.contains("name=\"candidate\""), page);
    }

    @Test
    void anUploadFromAnotherSiteOrWithoutTheFormTokenWritesNothing() throws IOException {
        String self = "http://127.0.0.1:" + ws.port();
        String csrf = PageWorkspace.csrf(RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body());
        assertEquals(403, upload(csrf, "http://attacker.example").status());
        assertEquals(403, upload("forged", self).status());
        assertTrue(Files.notExists(tmp.resolve("conf/interviews/globex-backend-developer.conf")));
    }
}
