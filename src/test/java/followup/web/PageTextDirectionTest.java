package followup.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value with a right-to-left override or another bidi control (a name, a subject) reorders only itself on the
 * page: each is isolated in a {@code <bdi>}, so the text around it reads as written.
 */
class PageTextDirectionTest {
    /** The embeddings, overrides, isolates and marks of Unicode's bidi algorithm. */
    private static final String CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F";

    @Test
    void aRecordWhoseNamesHoldARightToLeftOverrideShowsThemIsolated(@TempDir Path tmp) throws IOException {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            Files.writeString(tmp.resolve("conf/interviews/reversed.conf"), """
                    company  = "Evil \u202Egnp.exe Corp"
                    position = "Engineer \u2067right to left"
                    at       = "2027-01-20T10:00"
                    interviewers = [ { name = "Eve \u202Elive", email = "eve@evil.example" } ]
                    """);
            RawHttp.Response page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie()));
            assertTrue(page.body().contains("<bdi>Evil \u202Egnp.exe Corp</bdi>"), page.body());
            assertTrue(page.body().contains("<bdi>Eve \u202Elive</bdi>"), page.body());
            assertIsolated(page.body());
            assertIsolated(RawHttp.get(ws.port(), "/fragment", Map.of("Cookie", ws.cookie())).body());
            assertIsolated(RawHttp.get(ws.port(), "/preview?id=reversed", Map.of("Cookie", ws.cookie())).body());
        }
    }

    @Test
    void mailAndItsPreviewShowTheirValuesIsolated() {
        Desk.Overview mailbox = new Desk.Overview(ZoneOffset.UTC, List.of(), List.of(new Desk.MailItem(
                Instant.parse("2027-01-21T09:00:00Z"), "bounce", "\u202Emailer@x.example", "Re: \u202Bthanks\u202C",
                "acme-platform,\u2066other", "5.1.1 \u200Fno such user")), List.of(), true, List.of(), null);
        assertIsolated(Pages.live(mailbox, "csrf"));
        assertIsolated(Pages.previews("acme-platform", List.of(new Desk.Preview("acme-platform/thanks/jane",
                "planned", "soon", List.of(new Desk.Header("Subject", "Thank you \u202Efor today")),
                "Dear \u202EJane,\nthank you.")), null));
    }

    /**
     * Every bidi control in the text of {@code html} (not in a tag's attributes, which are not shown) is in a
     * {@code <bdi>} with no other element between: it cannot reach past its own value.
     */
    private static void assertIsolated(String html) {
        for (int i = 0; i < html.length(); i++) {
            if (CONTROLS.indexOf(html.charAt(i)) < 0) {
                continue;
            }
            int open = html.lastIndexOf('<', i);
            if (open > html.lastIndexOf('>', i)) {
                continue;                       // inside a tag: an attribute's value
            }
            String around = html.substring(Math.max(0, i - 60), Math.min(html.length(), i + 60));
            if (!html.startsWith("<bdi>", open) || !html.startsWith("</bdi>", html.indexOf('<', i))) {
                fail("U+" + Integer.toHexString(html.charAt(i)).toUpperCase() + " not isolated in: " + around);
            }
        }
    }
}
