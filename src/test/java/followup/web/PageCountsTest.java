package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page counts the messages it shows per state, as {@code status} counts them. */
class PageCountsTest {
    private static final Pattern ROW = Pattern.compile("<li class=\"msg state-([a-z]+)\"(?:(?!</li>).)*?class=\"open\"",
            Pattern.DOTALL);

    @TempDir
    Path tmp;
    private PageWorkspace ws;

    @BeforeEach
    void start() throws Exception {
        ws = PageWorkspace.start(tmp);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    @Test
    void thePageCountsTheMessagesItShowsPerState() throws Exception {
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();

        Map<String, Integer> rows = new java.util.TreeMap<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.merge(m.group(1), 1, Integer::sum);
        }
        assertTrue(rows.getOrDefault("planned", 0) > 0, page);
        Matcher counts = Pattern.compile("<p class=\"counts\">Messages: ([^<]+)</p>").matcher(page);
        assertTrue(counts.find(), page);
        Map<String, Integer> said = new java.util.TreeMap<>();
        for (String part : counts.group(1).split(" · ")) {
            String[] nAndState = part.split(" ", 2);
            said.put(nAndState[1], Integer.parseInt(nAndState[0]));
        }
        assertEquals(rows, said, counts.group(1));
    }
}
