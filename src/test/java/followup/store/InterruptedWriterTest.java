package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the daemon interrupts threads that may be writing to the store at that moment: Quartz's halt interrupts
 * its scheduler thread, which commits its trigger bookkeeping, while the worker finishes the message in flight. An
 * interrupt that lands while H2 writes its file closes the file channel (java.nio's rule); the store must stay
 * usable for every other thread, or the message in flight cannot be marked {@code sent}.
 */
class InterruptedWriterTest {
    private static final int INTERRUPTS = 30;

    @TempDir
    Path dir;

    @Test
    void the_store_stays_usable_after_a_thread_is_interrupted_while_it_commits() throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("data/followup"))) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE interrupt_probe (i INT)");
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger committed = new AtomicInteger();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try (Connection c = db.connection(); Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO interrupt_probe VALUES (" + i + ")");
                        committed.incrementAndGet();
                    } catch (SQLException e) {
                        // the interrupted statement may fail; the next one must work again
                    }
                }
            }, "interrupted-writer");
            writer.start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            for (int i = 0; i < INTERRUPTS && Instant.now().isBefore(deadline); i++) {
                int before = committed.get();
                while (committed.get() < before + 3 && Instant.now().isBefore(deadline)) {
                    Thread.onSpinWait(); // the writer commits again after each interrupt, or the store is broken
                }
                writer.interrupt();
            }
            stop.set(true);
            writer.join();

            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO interrupt_probe VALUES (-1)");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interrupt_probe")) {
                    assertTrue(rs.next());
                    assertEquals(committed.get() + 1, rs.getInt(1), "committed rows lost");
                }
            }
        }
    }
}
