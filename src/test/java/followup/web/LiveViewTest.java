package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How often the page's live part is rendered again: an open page asks every two seconds, and rendering a deployment
 * of many candidates re-reads and plans every record, seconds of CPU each time.
 */
class LiveViewTest {
    private static final long MS = 1_000_000L;

    /** A desk whose overview takes {@code cost} ms of the clock, and says how often it was asked. */
    private static final class TimedDesk implements Desk {
        final AtomicLong clock = new AtomicLong(1_000_000 * MS);
        final AtomicInteger asked = new AtomicInteger();
        final java.util.List<String> whose = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile long cost;
        volatile String company = "Acme";

        @Override
        public Overview overview(String candidate) {
            asked.incrementAndGet();
            whose.add(String.valueOf(candidate));
            clock.addAndGet(cost * MS);
            return new Overview(ZoneId.of("UTC"), List.of(), List.of(),
                    List.of(new followup.config.Problem("interviews/" + company + ".conf", 1, "company", "a note")),
                    true, List.of(), null);
        }

        @Override
        public List<Preview> previews(String id, String key) {
            return List.of();
        }

        @Override
        public Timeline timeline(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String hold(String id, String reason) {
            return "";
        }

        @Override
        public String resume(String id) {
            return "";
        }

        @Override
        public Added add(String fileName, byte[] content, String id, String candidate) {
            throw new UnsupportedOperationException();
        }

        void pass(long ms) {
            clock.addAndGet(ms * MS);
        }
    }

    @Test
    void a_cheap_page_is_rendered_again_after_a_second_and_shows_what_changed() {
        TimedDesk desk = new TimedDesk();
        desk.cost = 20;
        LiveView view = new LiveView(desk, null, "csrf", desk.clock::get);
        String first = view.current().version();
        desk.company = "Globex";
        desk.pass(500);
        assertEquals(first, view.current().version(), "half a second later: the same rendering");
        assertEquals(1, desk.asked.get());
        desk.pass(600);
        String second = view.current().version();
        assertEquals(2, desk.asked.get(), "a second after: rendered again");
        assertNotEquals(first, second, "and the change shows");
        assertEquals(view.current().live(), Pages.live(desk.overview(null), "csrf"));
    }

    @Test
    void a_page_that_costs_seconds_is_rendered_again_only_after_ten_times_its_cost() {
        TimedDesk desk = new TimedDesk();
        desk.cost = 4_000;                       // 1,000 candidates, 5,000 interviews
        LiveView view = new LiveView(desk, null, "csrf", desk.clock::get);
        view.current();
        for (int polls = 0; polls < 19; polls++) {  // an open page asks every two seconds
            desk.pass(2_000);
            view.current();
        }
        assertEquals(1, desk.asked.get(), "38 s of polls: one rendering, not 19 more");
        desk.pass(2_000);
        view.current();
        assertEquals(2, desk.asked.get(), "40 s after: rendered again");
    }

    @Test
    void a_change_made_from_the_page_shows_at_once() {
        TimedDesk desk = new TimedDesk();
        desk.cost = 4_000;
        LiveView view = new LiveView(desk, null, "csrf", desk.clock::get);
        String before = view.current().version();
        desk.company = "Globex";
        view.changed();
        desk.pass(10);
        assertNotEquals(before, view.current().version());
        assertEquals(2, desk.asked.get());
    }

    /** Going through many candidates' pages keeps the renderings of the last 16 looked at, not of every one. */
    @Test
    void the_pages_looked_at_last_are_kept_and_no_more() {
        TimedDesk desk = new TimedDesk();
        desk.cost = 20;
        LiveViews views = new LiveViews(desk, "csrf", desk.clock::get);
        for (int i = 0; i <= LiveViews.KEPT; i++) {       // 17 candidates' pages, one after the other
            views.current("c" + i);
        }
        assertEquals(LiveViews.KEPT + 1, desk.asked.get());
        views.current("c" + LiveViews.KEPT);
        views.current("c1");
        assertEquals(LiveViews.KEPT + 1, desk.asked.get(), "the last ones looked at: still kept");
        views.current("c0");
        assertEquals("c0", desk.whose.get(desk.whose.size() - 1), "the first one was let go, and made again");
        assertEquals(LiveViews.KEPT + 2, desk.asked.get());
    }
}
