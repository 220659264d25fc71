package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit must be in the database file when the statement returns: the claim ({@code sending}) and the
 * {@code sent} mark are what stop a restarted daemon from sending a message twice, and a kill -9 can come at any
 * moment after them. H2's default (commits written in the background every 500 ms) loses them.
 */
class CommitDurabilityTest {
    private static final int ROWS = 40;

    @TempDir
    Path dir;

    @Test
    void rows_committed_just_before_the_process_is_halted_are_there_after_a_reopen() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/followup");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url)
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child process did not end");
        String out = new String(child.getInputStream().readAllBytes());
        assertEquals(CommitThenHalt.HALT_STATUS, child.exitValue(), out);

        try (Database db = Database.open(url);
             Connection c = db.connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM durability_probe")) {
            assertTrue(rs.next());
            assertEquals(ROWS, rs.getInt(1), "commits lost by the halt");
        }
    }

    /** Opens the store as the daemon does, commits {@link #ROWS} single-row transactions, then halts at once. */
    public static final class CommitThenHalt {
        static final int HALT_STATUS = 77;

        public static void main(String[] args) throws SQLException, IOException {
            Database db = Database.open(args[0]);
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE durability_probe (i INT)");
                for (int i = 0; i < ROWS; i++) {
                    s.executeUpdate("INSERT INTO durability_probe VALUES (" + i + ")");
                }
            }
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
