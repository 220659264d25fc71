package followup.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;

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
    /**
     * A record with a problem is listed with its file, line and key, and the page says what followup does meanwhile:
     * the last good version goes on, and a new record that never had one plans nothing, which a reader must not take
     * for a record kept.
     */
    @Test
    void aNewRecordWithAProblemIsListedWithItsLineAndNotSaidToKeepAVersionItNeverHad() throws Exception {
        Files.writeString(ws.config.resolveSibling("interviews").resolve("initech.conf"), """
                company = "Initech"
                position = "Platform Engineer"
                at = "2027-01-14T10:00"
                interviewers = [ { name = "Bill Lumbergh", email = "bill at initech.example" } ]
                """);
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();
        assertTrue(page.contains("<h2 id=\"problems-h\">Record problems</h2>"), page);
        assertTrue(page.contains("initech.conf</bdi>:4</code> <code><bdi>interviewers[0].email</bdi></code>"), page);
        assertTrue(page.contains("or plans nothing for a record that never had one"), page);
        assertFalse(page.contains("These records keep their last good version"), page);
    }
}
