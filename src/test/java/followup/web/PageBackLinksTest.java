package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview opened, or an invitation added, from one candidate's page leads back to that page, not to everyone's (which, in a deployment of a
 * thousand candidates, is 24 MB and takes seconds to make).
 */
class PageBackLinksTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/preview\\?[^\"]+)\"");
    private static final Pattern BACK = Pattern.compile("<a href=\"([^\"]+)\">Back to the interviews</a>");

    @TempDir
    Path tmp;

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "no " + p + " in:\n" + html);
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void aPreviewLeadsBackToThePageItWasOpenedFrom() throws Exception {
        try (PageWorkspace ws = PageWorkspace.startWithCandidates(tmp)) {
            Map<String, String> cookie = Map.of("Cookie", ws.cookie());
            String bobs = RawHttp.get(ws.port(), "/?candidate=bob", cookie).body();
            RawHttp.Response preview = RawHttp.get(ws.port(), first(HREF, bobs), cookie);
            assertEquals(200, preview.status(), preview::toString);
            assertEquals("/?candidate=bob#iv-bob-acme-platform", first(BACK, preview.body()));

            String everyones = RawHttp.get(ws.port(), "/", cookie).body();
            RawHttp.Response fromAll = RawHttp.get(ws.port(), first(HREF, everyones), cookie);
            assertEquals("/#iv-alice-acme-platform", first(BACK, fromAll.body()));
        }
    }

    @Test
    void anInvitationAddedFromACandidatesPageLeadsBackToThatPage() throws Exception {
        try (PageWorkspace ws = PageWorkspace.startWithCandidates(tmp)) {
            String bobs = RawHttp.get(ws.port(), "/?candidate=bob", Map.of("Cookie", ws.cookie())).body();
            // the form as bob's page has it: its hidden fields, bob chosen, and the invitation
            Matcher hidden = Pattern.compile("<form method=\"post\" action=\"/add\"[^>]*>(.*?)<label>",
                    Pattern.DOTALL).matcher(bobs);
            assertTrue(hidden.find(), bobs);
            Matcher fields = Pattern.compile("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">")
                    .matcher(hidden.group(1));
            String boundary = "----followupBackLinks5c2f";
            ByteArrayOutputStream form = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder();
            while (fields.find()) {
                head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                        .append(fields.group(1)).append("\"\r\n\r\n").append(fields.group(2)).append("\r\n");
            }
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"candidate\"\r\n\r\n")
                    .append("bob\r\n--").append(boundary).append("\r\nContent-Disposition: form-data;"
                    + " name=\"invitation\"; filename=\"zoom.ics\"\r\nContent-Type: text/calendar\r\n\r\n");
            form.write(head.toString().getBytes(StandardCharsets.UTF_8));
            form.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/invitations/zoom.ics")));
            form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            RawHttp.Response added = RawHttp.send(ws.port(), "POST", "/add", Map.of("Cookie", ws.cookie(),
                    "Origin", "http://127.0.0.1:" + ws.port()), "multipart/form-data; boundary=" + boundary,
                    form.toByteArray());
            assertEquals(201, added.status(), added::toString);
            assertEquals("/?candidate=bob#iv-bob-globex-backend-developer", first(BACK, added.body()));
        }
    }
}
