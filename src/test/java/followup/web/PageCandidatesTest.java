package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of a deployment of candidates: each interview's times in its own job seeker's zone. */
class PageCandidatesTest {
    private static final Pattern YOURS = Pattern.compile("<span class=\"yours\">([^<]+)</span>");

    @TempDir
    Path tmp;
    private PageWorkspace ws;

    @BeforeEach
    void start() throws Exception {
        ws = PageWorkspace.startWithCandidates(tmp);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    @Test
    void eachInterviewShowsWhenItsMessagesGoOutInItsOwnCandidatesZone() throws Exception {
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();

        List<String> alice = yours(section(page, "iv-alice-acme-platform"));
        List<String> bob = yours(section(page, "iv-bob-acme-platform"));
        assertFalse(alice.isEmpty(), page);
        assertEquals(alice.size(), bob.size(), page);
        assertTrue(alice.stream().allMatch(t -> t.endsWith(" EST")), () -> "alice is in New York: " + alice);
        assertTrue(bob.stream().allMatch(t -> t.endsWith(" CET")), () -> "bob is in Berlin: " + bob);
        assertTrue(page.contains("(the recipient's time, then the candidate's)"), page);
    }

    /** The section of one interview on the page. */
    private static String section(String page, String id) {
        int start = page.indexOf("<section class=\"interview\" id=\"" + id + "\"");
        assertTrue(start >= 0, () -> "no " + id + " in\n" + page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static List<String> yours(String section) {
        Matcher m = YOURS.matcher(section);
        List<String> times = new java.util.ArrayList<>();
        while (m.find()) {
            times.add(m.group(1));
        }
        return times;
    }
}
