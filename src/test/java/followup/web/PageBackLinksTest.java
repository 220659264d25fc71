package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview opened from one candidate's page leads back to that page, not to everyone's (which, in a deployment of a
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
}
