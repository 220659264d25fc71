package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
}
