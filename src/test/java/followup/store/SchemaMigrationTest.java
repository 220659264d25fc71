package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Cause;
import followup.plan.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database at schema version 2 (before answers were read) is brought to version 3 when opened, keeping what it knew. */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void a_version_two_database_gains_causes_and_a_mailbox_log_keyed_by_message_identity() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/followup");
        Flyway.configure(SchemaMigrationTest.class.getClassLoader())
                .dataSource(url, "sa", "")
                .table("flyway_schema_history")
                .locations("classpath:followup/store/migration/h2", "classpath:followup/store/migration/common")
                .target("2")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO fu_mail_seen (folder, uid_validity, uid, received_at, message_id,"
                    + " from_addr, subject, verdict, interview_id, detail) VALUES ('INBOX', 7, 3, 1000,"
                    + " '<a@acme.example>', 'jane@acme.example', 'Re: x', 'reply', 'acme', '')");
            s.executeUpdate("INSERT INTO fu_messages (msg_key, interview_id, step, recipient, message_id, state,"
                    + " reason, due_at, latest_at, created_at, updated_at) VALUES ('acme/follow-up/jane@acme.example',"
                    + " 'acme', 'follow-up', 'jane@acme.example', '<f@example.com>', 'PLANNED', 'x', 1, 2, 0, 0)");
        }
        try (Database db = Database.open(url)) {
            try (Connection c = db.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\""
                         + " WHERE \"success\"")) {
                assertTrue(rs.next());
                assertEquals("9", rs.getString(1));   // and on to the latest
            }
            MailLog log = new MailLog(db);
            assertFalse(log.recordSeen("INBOX", 8, 1, Instant.ofEpochMilli(1000), "<a@acme.example>",
                    "jane@acme.example", "Re: x", "reply", "acme", ""), "seen before the upgrade, renumbered since");
            assertTrue(log.recordSeen("INBOX", 8, 3, Instant.ofEpochMilli(2000), "<b@acme.example>",
                    "jane@acme.example", "Re: y", "reply", "acme", ""), "a new message where an old UID was");
            MessageStore store = new MessageStore(db);
            assertTrue(store.settle("acme/follow-up/jane@acme.example", State.PLANNED, State.HELD, "reply from jane",
                    null, Instant.EPOCH, Cause.REPLY));
            assertEquals(Cause.REPLY, store.find("acme/follow-up/jane@acme.example").orElseThrow().cause());
        }
        try (Database again = Database.open(url)) {
            assertEquals(2, new MailLog(again).recentSeen(10).size(), "opened again: nothing migrated twice");
        }
    }

    /**
     * A version-8 store, whose folder {@code sam} sent a thank-you from one address, opened by this version and then
     * run with another sender in that folder: the former sender's message is kept under a name of its own, even for
     * a folder name of the longest kind.
     */
    @Test
    void a_version_eight_database_keeps_a_former_senders_messages_apart() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/followup");
        Flyway.configure(SchemaMigrationTest.class.getClassLoader())
                .dataSource(url, "sa", "")
                .table("flyway_schema_history")
                .locations("classpath:followup/store/migration/h2", "classpath:followup/store/migration/common")
                .target("8")
                .load()
                .migrate();
        String name = "s".repeat(64);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO fu_messages (msg_key, interview_id, candidate, step, recipient, message_id,"
                    + " state, reason, due_at, latest_at, sent_at, created_at, updated_at) VALUES ('" + name
                    + "/acme/thank-you/jane@acme.example', '" + name + "/acme', '" + name + "', 'thank-you',"
                    + " 'jane@acme.example', '<t@example.com>', 'SENT', 'sent', 1, 2, 1, 0, 0)");
            s.executeUpdate("INSERT INTO fu_senders (candidate, sender) VALUES ('" + name + "', 'sam.lee@example.com')");
        }
        try (Database db = Database.open(url)) {
            MessageStore store = new MessageStore(db, name);
            String kept = store.noteSender("sam.park@example.com", Instant.EPOCH).orElseThrow().name();
            assertEquals(State.SENT, store.find(kept + "/acme/thank-you/jane@acme.example").orElseThrow().state());
            assertEquals(java.util.Optional.empty(), store.find(name + "/acme/thank-you/jane@acme.example"));
        }
    }
}
