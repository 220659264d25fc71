package followup.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quartz on an H2 file; {@link QuartzSchedulerOnPostgresTest} runs the same tests on PostgreSQL. */
class QuartzSchedulerTest {
    @TempDir
    Path dir;

    private static final class Recorder implements Jobs {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch latch;

        Recorder(int expected) {
            latch = new CountDownLatch(expected);
        }

        @Override
        public void send(String key, Instant scheduledFor) {
            sent.add(key);
            latch.countDown();
        }

        @Override
        public void poll() {
        }
    }

    /** The database these tests run on, the same URL for every call in one test. */
    String url() {
        return "jdbc:h2:file:" + dir.resolve("data/followup");
    }

    @Test
    void a_trigger_fires_its_message_key_through_the_jdbc_job_store() throws Exception {
        try (Database db = Database.open(url())) {
            Recorder jobs = new Recorder(1);
            QuartzScheduler quartz = new QuartzScheduler(db, false, jobs);
            quartz.start();
            quartz.scheduleSend("acme/thank-you/jane@acme.example", Instant.now().plusMillis(200));
            assertTrue(jobs.latch.await(20, TimeUnit.SECONDS), "the trigger did not fire");
            quartz.close(true);
            assertEquals(List.of("acme/thank-you/jane@acme.example"), jobs.sent);
        }
    }

    @Test
    void a_trigger_survives_a_restart_and_a_missed_one_fires_at_start() throws Exception {
        try (Database db = Database.open(url())) {
            QuartzScheduler quartz = new QuartzScheduler(db, false, new Recorder(0));
            quartz.scheduleSend("acme/follow-up/jane@acme.example", Instant.now().plus(Duration.ofMillis(300)));
            quartz.close(false);
        }
        try (Database db = Database.open(url())) {
            Recorder jobs = new Recorder(1);
            QuartzScheduler quartz = new QuartzScheduler(db, false, jobs);
            quartz.start();
            assertTrue(jobs.latch.await(20, TimeUnit.SECONDS), "the persisted trigger did not fire after restart");
            quartz.close(true);
            assertEquals(List.of("acme/follow-up/jane@acme.example"), jobs.sent);
        }
    }

    @Test
    void rescheduling_a_message_replaces_its_trigger_instead_of_adding_one() throws Exception {
        try (Database db = Database.open(url())) {
            Recorder jobs = new Recorder(1);
            QuartzScheduler quartz = new QuartzScheduler(db, false, jobs);
            quartz.start();
            quartz.scheduleSend("k", Instant.now().plusSeconds(3600));
            quartz.scheduleSend("k", Instant.now().plusMillis(100));
            assertTrue(jobs.latch.await(20, TimeUnit.SECONDS));
            quartz.close(true);
            assertEquals(List.of("k"), jobs.sent);
        }
    }

    @Test
    void many_triggers_set_at_once_each_fire_once_and_replace_what_was_there() throws Exception {
        try (Database db = Database.open(url())) {
            Recorder jobs = new Recorder(3);
            QuartzScheduler quartz = new QuartzScheduler(db, false, jobs);
            quartz.scheduleSend("acme/follow-up/jane@acme.example", Instant.now().plusSeconds(3600));
            java.util.Map<String, Instant> at = new java.util.LinkedHashMap<>();
            at.put("acme/thank-you/jane@acme.example", Instant.now().minusSeconds(30));     // missed: fires at once
            at.put("acme/follow-up/jane@acme.example", Instant.now().plusMillis(200));      // moved from an hour on
            at.put("globex/thank-you/" + "x".repeat(300), Instant.now().plusMillis(300));   // a shortened name
            quartz.scheduleSends(at);
            quartz.start();
            assertTrue(jobs.latch.await(20, TimeUnit.SECONDS), "fired: " + jobs.sent);
            quartz.close(true);
            assertEquals(java.util.Set.copyOf(at.keySet()), java.util.Set.copyOf(jobs.sent));
            assertEquals(3, jobs.sent.size(), "each once: " + jobs.sent);
        }
    }

    @Test
    void long_keys_are_shortened_to_a_stable_quartz_name() {
        String longKey = "a".repeat(300);
        assertEquals(QuartzScheduler.name(longKey), QuartzScheduler.name(longKey));
        assertTrue(QuartzScheduler.name(longKey).length() < 200);
        assertEquals("short", QuartzScheduler.name("short"));
    }
}
