package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted in the middle of a commit (Quartz interrupts its scheduler thread, often inside one, each time
 * the daemon stops) must not close the database for everyone else: the message in flight still has to be marked
 * sent. With H2's plain file access the first such interrupt closes it ("The database has been closed").
 */
class InterruptedWriterTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void a_writer_interrupted_in_the_middle_of_commits_goes_on_and_the_database_stays_usable_for_the_others() throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("data/followup"));
             Connection other = db.connection();
             Statement s = other.createStatement()) {
            s.execute("CREATE TABLE interrupt_probe (i INT)");
            for (int round = 0; round < ROUNDS; round++) {
                interruptWhileCommitting(db);
                s.executeUpdate("INSERT INTO interrupt_probe VALUES (-1)");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interrupt_probe WHERE i = -1")) {
                    assertTrue(rs.next());
                    assertEquals(round + 1, rs.getInt(1));
                }
            }
        }
    }

    /** Starts a thread committing one row at a time, interrupts it once it is busy, and lets it stop. */
    private static void interruptWhileCommitting(Database db) throws InterruptedException {
        AtomicInteger commits = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<SQLException> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                while (!stop.get()) {
                    s.executeUpdate("INSERT INTO interrupt_probe VALUES (1)");
                    commits.incrementAndGet();
                }
            } catch (SQLException e) {
                failure.set(e);
            }
        }, "interrupted-writer");
        writer.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int before = commits.get();
        while (commits.get() < before + 20 && writer.isAlive()) {
            if (Instant.now().isAfter(deadline)) {
                fail("the writer made no progress");
            }
            Thread.onSpinWait();
        }
        writer.interrupt();
        int interruptedAt = commits.get();
        while (commits.get() < interruptedAt + 5 && writer.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        stop.set(true);
        writer.join(10_000);
        if (failure.get() != null) {
            throw new AssertionError("the interrupted writer failed: " + failure.get(), failure.get());
        }
    }
}
