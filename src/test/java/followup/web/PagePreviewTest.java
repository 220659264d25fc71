package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message's preview, opened from its row of the timeline, gives the state that row gives. */
class PagePreviewTest {
    private static final String THANK_YOU = "acme-platform/thank-you/jane.doe@acme.example";

    @TempDir
    Path tmp;

    @Test
    void thePreviewOfAHeldMessageSaysItIsHeldAndWhyNotPlanned() throws IOException {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            Map<String, String> cookie = Map.of("Cookie", ws.cookie());
            String csrf = PageWorkspace.csrf(RawHttp.get(ws.port(), "/", cookie).body());
            RawHttp.Response hold = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin",
                    "http://127.0.0.1:" + ws.port()), "id=acme-platform&reason=call+on+Monday&csrf=" + csrf);
            assertEquals(303, hold.status(), hold::toString);

            String row = RawHttp.get(ws.port(), "/", cookie).body();
            assertTrue(row.contains("data-key=\"" + THANK_YOU + "\"") && row.contains("held by you: call on Monday"),
                    "the timeline shows it held");

            RawHttp.Response preview = RawHttp.get(ws.port(), "/preview?id=acme-platform&key="
                    + Html.url(THANK_YOU), cookie);
            assertEquals(200, preview.status(), preview::toString);
            String meta = preview.body().substring(preview.body().indexOf("<p class=\"meta\">"));
            meta = meta.substring(0, meta.indexOf("</p>"));
            assertTrue(meta.startsWith("<p class=\"meta\">held (held by you: call on Monday), Fri 15 Jan 2027"),
                    "the preview says what the timeline says: " + meta);
            assertFalse(meta.contains("planned"), meta);
        }
    }

    @Test
    void aMessagesPreviewShowsEvenWhenAnotherStepsTemplateFailsForTheRecord() throws IOException {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            // a position so long that the follow-up's subject, which names it, is over the limit; the thank-you's
            // subject names a topic instead
            String position = "Senior Staff Platform Reliability Engineer, Developer Productivity, Build and Release"
                    + " Infrastructure, Continuous Integration and Delivery, Observability, Incident Response and"
                    + " Capacity Planning (Remote, Americas time zones, hybrid possible)";
            Files.writeString(ws.config.getParent().resolve("interviews/globex.conf"), """
                    company  = "Globex"
                    position = "%s"
                    at       = "2027-01-18T10:00"
                    zone     = "America/New_York"
                    interviewers = [ { name = "Hank Scorpio", email = "hank@globex.example",
                                       topics = ["the volcano lair"] } ]
                    """.formatted(position));
            Map<String, String> cookie = Map.of("Cookie", ws.cookie());
            String key = "globex/thank-you/hank@globex.example";

            RawHttp.Response one = RawHttp.get(ws.port(), "/preview?id=globex&key=" + Html.url(key), cookie);
            assertEquals(200, one.status(), one::toString);
            assertTrue(one.body().contains("the volcano lair") && one.body().contains("Dear Hank"),
                    "the thank-you, rendered: " + one.body());

            RawHttp.Response all = RawHttp.get(ws.port(), "/preview?id=globex", cookie);
            assertEquals(404, all.status(), all::toString);
            assertTrue(all.body().contains("follow-up.ftl") && all.body().contains("subject"),
                    "all of them: the follow-up's problem, with its template: " + all.body());
        }
    }
}
