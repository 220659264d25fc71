package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count of sent messages next to the database: raised in memory after the start-up count, never recounted. */
class SentMarkTest {
    @TempDir
    Path dir;

    @Test
    void after_the_start_up_count_each_send_raises_the_file_by_one_without_counting_the_table() {
        SentMark mark = SentMark.of(dir.resolve("followup"));
        mark.raise(5);
        for (int i = 0; i < 3; i++) {
            mark.oneMore(() -> { throw new AssertionError("counted the table"); });
        }
        assertEquals(8, mark.read().getAsLong());
    }

    @Test
    void without_the_start_up_count_each_send_asks_the_database() {
        SentMark mark = SentMark.of(dir.resolve("followup"));
        mark.oneMore(() -> 12);
        mark.oneMore(() -> 11);     // a count is never lowered
        assertEquals(12, mark.read().getAsLong());
    }

    @Test
    void sends_from_several_threads_at_once_all_reach_the_file() throws Exception {
        SentMark mark = SentMark.of(dir.resolve("followup"));
        mark.raise(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> mark.oneMore(() -> { throw new AssertionError("counted the table"); }));
        }
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(400, mark.read().getAsLong());
    }
}
