package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Jdbc#afterCommit}: what follows a write sees it committed, also from another connection. */
class AfterCommitTest {
    @TempDir
    Path dir;

    @Test
    void inside_one_transaction_it_runs_once_that_committed_and_sees_every_row_of_it() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("data/followup"))) {
            Jdbc jdbc = new Jdbc(db);
            List<Long> seen = new ArrayList<>();
            db.inOneTransaction(() -> {
                for (String id : List.of("acme", "globex")) {
                    hold(jdbc, id);
                    jdbc.afterCommit(() -> seen.add(holds(db)));
                }
                assertEquals(List.of(), seen, "ran before the commit");
            });
            assertEquals(List.of(2L, 2L), seen);
        }
    }

    @Test
    void outside_one_it_runs_at_once_and_after_a_rollback_only_for_the_work_run_again() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("data/followup"))) {
            Jdbc jdbc = new Jdbc(db);
            List<Long> seen = new ArrayList<>();
            hold(jdbc, "acme");
            jdbc.afterCommit(() -> seen.add(holds(db)));
            assertEquals(List.of(1L), seen);
            int[] runs = {0};
            db.inOneTransaction(() -> {
                runs[0]++;
                hold(jdbc, "globex");
                jdbc.afterCommit(() -> seen.add(holds(db)));
                if (runs[0] == 1) {
                    throw new IllegalStateException("the first run fails after its write");
                }
            });
            assertEquals(2, runs[0]);
            assertEquals(List.of(1L, 2L), seen, "the failed run's action ran, or the second run's did not");
        }
    }

    private static void hold(Jdbc jdbc, String interview) {
        jdbc.tx("hold", c -> Jdbc.update(c, "INSERT INTO fu_holds (interview_id, kind, reason, at) VALUES (?, 'user',"
                + " NULL, 0)", interview));
    }

    /** The holds another connection sees. */
    private static long holds(Database db) {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM fu_holds")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
