package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.State;
import followup.schedule.Jobs;
import followup.schedule.QuartzScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 database file made the way followup made it before the schema migrations (its own script and Quartz's,
 * no Flyway history) keeps working: it is baselined at version 2 with its rows kept, once, and Quartz runs on it.
 */
class LegacyDatabaseTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("data/followup");
    }

    /** As the code before the migrations did: its schema script, the version row, Quartz's script, then data. */
    private void makeTheOldWay() throws Exception {
        Database.prepareDirectory(dir.resolve("data/followup"));
        String old = StoreUrl.interruptSafe(StoreUrl.effective(url()));
        try (Connection c = DriverManager.getConnection(old, "sa", "")) {
            runScript(c, "/followup/store/schema-before-migrations.sql");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO fu_schema (version) VALUES (1)");
            }
            runScript(c, "/org/quartz/impl/jdbcjobstore/tables_h2.sql");
            try (Statement s = c.createStatement()) {
                s.executeUpdate(row("acme/thank-you/jane@acme.example", "<1@followup>", "SENT",
                        "'thank you', " + NOW.toEpochMilli()));
                s.executeUpdate(row("acme/follow-up/jane@acme.example", "<2@followup>", "PLANNED", "NULL, NULL"));
            }
        }
    }

    private static String row(String key, String messageId, String state, String subjectAndSentAt) {
        long t = NOW.toEpochMilli();
        return "INSERT INTO fu_messages (msg_key, interview_id, step, recipient, message_id, state, reason, due_at,"
                + " latest_at, attempts, subject, sent_at, created_at, updated_at) VALUES ('" + key + "', 'acme',"
                + " 'thank-you', 'jane@acme.example', '" + messageId + "', '" + state + "', 'x', " + t + ", "
                + (t + 3_600_000) + ", 0, " + subjectAndSentAt + ", " + t + ", " + t + ")";
    }

    /** The old runner: statements end with ';' at a line end, lines starting with -- are comments. */
    private static void runScript(Connection c, String resource) throws IOException, SQLException {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (InputStream in = LegacyDatabaseTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.startsWith("--") || t.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (t.endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> history(Database db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"type\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    @Test
    void a_database_made_before_the_migrations_is_baselined_once_and_keeps_its_messages() throws Exception {
        makeTheOldWay();

        try (Database db = Database.open(url())) {
            MessageStore store = new MessageStore(db);
            assertEquals(State.SENT, store.find("acme/thank-you/jane@acme.example").orElseThrow().state());
            assertEquals(List.of("2 BASELINE", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL"), history(db), "kept as version 2, then the later versions");
            assertTrue(store.claim("acme/follow-up/jane@acme.example", NOW), "the planned message can be claimed");
        }
        try (Database db = Database.open(url())) {
            assertEquals(List.of("2 BASELINE", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL"), history(db), "opened again: nothing more to do");
            assertEquals(State.SENDING, new MessageStore(db).find("acme/follow-up/jane@acme.example").orElseThrow()
                    .state());
        }
    }

    @Test
    void quartz_runs_on_a_database_made_before_the_migrations() throws Exception {
        makeTheOldWay();
        CountDownLatch fired = new CountDownLatch(1);
        try (Database db = Database.open(url())) {
            QuartzScheduler quartz = new QuartzScheduler(db, false, new Jobs() {
                @Override
                public void send(String key, Instant scheduledFor) {
                    fired.countDown();
                }

                @Override
                public void poll() {
                }
            });
            quartz.start();
            quartz.scheduleSend("acme/follow-up/jane@acme.example", Instant.now().plusMillis(100));
            assertTrue(fired.await(20, TimeUnit.SECONDS), "the trigger did not fire");
            quartz.close(true);
        }
    }

    @Test
    void a_new_database_has_both_migrations_and_no_baseline() throws Exception {
        try (Database db = Database.open(url())) {
            assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL"), history(db));
        }
    }
}
