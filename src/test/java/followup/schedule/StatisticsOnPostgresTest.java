package followup.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.PlannedMessage;
import followup.plan.Recipient;
import followup.plan.State;
import followup.plan.Step;
import followup.store.Database;
import followup.store.MessageStore;
import followup.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a new PostgreSQL database, a start-up that plans and schedules thousands of messages leaves PostgreSQL able to
 * find one trigger, one job or one message by its key in a few pages, as the daemon and Quartz look them up for every
 * send: without statistics it took an index every send trigger shares and read them all.
 */
class StatisticsOnPostgresTest {
    private static final int MESSAGES = 2_000;
    private static final Pattern PAGES = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");

    @Test
    void a_lookup_by_key_reads_a_few_pages_after_thousands_of_messages_were_scheduled() throws Exception {
        try (Database db = Database.open(PostgresServer.newDatabase())) {
            MessageStore store = new MessageStore(db);
            QuartzScheduler quartz = new QuartzScheduler(db, false, new Jobs() {
                @Override
                public void send(String key, Instant scheduledFor) {
                }

                @Override
                public void poll() {
                }
            });
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant due = now.plus(30, ChronoUnit.DAYS);
            for (int from = 0; from < MESSAGES; from += 800) {  // as the start-up plans them: many in a transaction
                int first = from;
                store.inOneTransaction(() -> {
                    for (int i = first; i < first + 800 && i < MESSAGES; i++) {
                        store.upsertPlanned(message(key(i), due), now);
                    }
                });
            }
            Map<String, Instant> batch = new LinkedHashMap<>();
            for (int i = 0; i < MESSAGES; i++) {
                batch.put(key(i), due);
                if (batch.size() == 500) {         // as the start-up schedules them
                    quartz.scheduleSends(batch);
                    batch.clear();
                }
            }
            quartz.close(false);
            String key = "c0732/thank-you/jane@c0732.example";
            assertFewPages(db, "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'followup'"
                    + " AND TRIGGER_NAME = '" + key + "' AND TRIGGER_GROUP = 'send'");
            assertFewPages(db, "SELECT JOB_NAME FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'followup'"
                    + " AND JOB_NAME = '" + key + "' AND JOB_GROUP = 'send'");
            assertFewPages(db, "SELECT msg_key FROM fu_messages WHERE msg_key = '" + key + "' AND state = 'PLANNED'");
        }
    }

    private static String key(int i) {
        return "c%04d/thank-you/jane@c%04d.example".formatted(i, i);
    }

    private static PlannedMessage message(String key, Instant due) {
        String interview = key.substring(0, key.indexOf('/'));
        return new PlannedMessage(key, interview, Step.THANK_YOU, new Recipient("Jane Doe",
                "jane@" + interview + ".example", ZoneId.of("Europe/Berlin")), List.of(), null, due,
                due.plus(1, ChronoUnit.DAYS), false, true, State.PLANNED, "planned",
                "<" + interview + "@bench.example>", null);
    }

    /** The query, run with EXPLAIN ANALYZE, touches at most 10 pages (a lookup by key in an index of a few levels). */
    private static void assertFewPages(Database db, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        Matcher m = PAGES.matcher(plan);
        assertTrue(m.find(), "no page count in the plan:\n" + plan);
        int pages = Integer.parseInt(m.group(1)) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        assertTrue(pages <= 10, pages + " pages read for one row among " + MESSAGES + ":\n" + plan);
    }
}
