package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen reader lists a page's buttons and form fields by their names alone: each interview's Hold, Resume and
 * reason must say which interview they are for.
 */
class PageControlNamesTest {
    @TempDir
    Path tmp;

    /** The text a screen reader reads for each element {@code tag} (its markup taken out). */
    private static List<String> names(String html, String tag) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    @Test
    void eachInterviewsButtonsAndReasonSayWhichInterviewTheyAreFor() throws IOException {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            String html = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
            List<String> buttons = names(html, "button").stream().filter(n -> !n.equals("Add")).toList();
            assertEquals(4, buttons.size(), buttons::toString);
            assertEquals(buttons.size(), new HashSet<>(buttons).size(), "buttons of the same name: " + buttons);
            assertTrue(buttons.contains("Hold Acme Corp Platform Engineer"), buttons::toString);
            assertTrue(buttons.contains("Resume Nordlicht Analytics Data Engineer (m/w/d)"), buttons::toString);
            List<String> reasons = names(html, "label").stream().filter(n -> n.startsWith("Reason")).toList();
            assertEquals(2, reasons.size(), reasons::toString);
            assertEquals(2, new HashSet<>(reasons).size(), "fields of the same name: " + reasons);
            assertTrue(reasons.contains("Reason to hold Acme Corp Platform Engineer"), reasons::toString);
        }
    }
}
