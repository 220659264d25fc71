package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.FollowupException;
import followup.plan.State;
import followup.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to a PostgreSQL store: start-up without the server, losing it while running, daemon locks. */
class PostgresDaemonTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** A harness of its own under the test's directory, for a test with several daemons. */
    private DaemonHarness harnessIn(String name) throws IOException {
        return new DaemonHarness(Files.createDirectories(root.resolve(name)), greenMail);
    }

    /** Starts both daemons at the same moment, as a cluster's nodes may start. */
    private static void startTogether(DaemonHarness one, DaemonHarness two) throws Exception {
        CompletableFuture<DaemonHarness> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return two.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        one.start();
        starting.get(60, TimeUnit.SECONDS);
    }

    @Test
    void run_exits_1_naming_the_server_and_what_to_check_when_postgresql_cannot_be_reached() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (DaemonHarness h = new DaemonHarness(root, greenMail)
                .store("jdbc:postgresql://127.0.0.1:" + closed + "/followup?user=followup")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));

            DaemonHarness.CliResult run = h.cli("run");

            assertEquals(1, run.code(), run::toString);
            assertTrue(run.err().contains("PostgreSQL server 127.0.0.1:" + closed + "/followup"), run::toString);
            assertTrue(run.err().contains("check that PostgreSQL runs on 127.0.0.1"), run::toString);
            assertTrue(run.err().contains("listen_addresses"), run::toString);
            assertTrue(greenMail.getReceivedMessages().length == 0, "nothing may be sent without the database");
        }
    }

    /**
     * Also what the log says of it: one warning when the server goes and one line when it is back, as the README
     * promises; none of the scheduler's and the pool's errors and stack traces about the same lost connection.
     */
    @Test
    void sends_pause_while_postgresql_is_down_and_go_on_when_it_is_back_with_nothing_lost_or_doubled()
            throws Exception {
        ch.qos.logback.classic.Logger rootLogger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        rootLogger.addAppender(logged);
        try (PostgresServer server = PostgresServer.startOwn();
             DaemonHarness h = new DaemonHarness(root, greenMail).store(server.createDatabase("followup"))
                     .policyPlus("thank-you { after = 6s }\ndebrief { after = 7s }\nfollow-up { after = 1h }")) {
            Instant thankYousDue = Instant.now().plusSeconds(6);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, ""));
            h.start();

            server.stop();
            h.awaitInstant("the thank-yous' due instant, and a few seconds more while the database is down",
                    thankYousDue.plusSeconds(4));
            assertEquals(List.of(), h.messageIds("jane@acme.example"), "a send went ahead without its database");
            server.restart();

            h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            h.awaitState("acme/debrief/self", State.SENT);
            for (String box : List.of("jane@acme.example", "raj@acme.example", DaemonHarness.SENDER)) {
                List<String> ids = h.messageIds(box);
                assertEquals(new HashSet<>(ids).size(), ids.size(), "a message went out twice to " + box + ": " + ids);
            }
            assertEquals(1, h.messageIds("jane@acme.example").size(), "the thank-you");
            assertEquals(1, h.messageIds("raj@acme.example").size(), "the thank-you");
        } finally {
            rootLogger.detachAppender(logged);
        }
        List<String> outage = logged.list.stream().filter(e -> e.getLoggerName().equals("followup.store.Outage"))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertEquals(2, outage.size(), outage::toString);
        assertTrue(outage.get(0).startsWith("WARN The state database (") && outage.get(0).contains(
                "cannot be reached"), outage::toString);
        assertTrue(outage.get(1).startsWith("INFO The state database (") && outage.get(1).endsWith(
                "is back: sending goes on"), outage::toString);
        List<String> libraries = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> e.getLoggerName().startsWith("org.quartz") || e.getLoggerName().startsWith(
                        "com.zaxxer.hikari")).map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertEquals(List.of(), libraries, "the outage is the daemon's one warning, not the libraries' errors");
    }

    /** A stop (SIGTERM) while the server is away is a stop like any other: no error about the work it cut short. */
    @Test
    void a_daemon_stopped_while_postgresql_is_down_logs_no_error() throws Exception {
        ch.qos.logback.classic.Logger rootLogger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        rootLogger.addAppender(logged);
        try (PostgresServer server = PostgresServer.startOwn();
             DaemonHarness h = new DaemonHarness(root, greenMail).store(server.createDatabase("followup"))) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            server.stop();
            h.awaitTrue("the daemon to find the server gone", () -> List.copyOf(logged.list).stream()
                    .anyMatch(e -> e.getLoggerName().equals("followup.store.Outage")));
            h.awaitTrue("the record watch to wait for the server too", PostgresDaemonTest::recordWatchWaitsForServer);
            h.stop();
        } finally {
            rootLogger.detachAppender(logged);
        }
        List<String> errors = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertEquals(List.of(), errors);
    }

    /**
     * The same with a thank-you due while the server is away: its worker waits in the outage, and the stop cuts that
     * wait short. The message is left for the next start, which is no failure: no error, also once the worker ends.
     */
    @Test
    void a_daemon_stopped_while_a_due_message_waits_for_postgresql_logs_no_error() throws Exception {
        ch.qos.logback.classic.Logger rootLogger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        rootLogger.addAppender(logged);
        try (PostgresServer server = PostgresServer.startOwn();
             DaemonHarness h = new DaemonHarness(root, greenMail).store(server.createDatabase("followup"))) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            Instant due = Instant.now().plusSeconds(2);
            h.start();
            server.stop();
            h.awaitInstant("the thank-you due, its worker waiting for the server", due.plusSeconds(2));
            h.stop();
            h.awaitTrue("the scheduler's workers to end", () -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("followup_Worker")), Duration.ofSeconds(30));
        } finally {
            rootLogger.detachAppender(logged);
        }
        List<String> errors = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertEquals(List.of(), errors);
    }

    /** The record watch's thread is waiting for a connection, or for the server to be back before it tries again. */
    private static boolean recordWatchWaitsForServer() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().getName().equals("followup-records"))
                .flatMap(t -> java.util.Arrays.stream(t.getValue()))
                .anyMatch(f -> f.getClassName().startsWith("com.zaxxer.hikari.pool")
                        || f.getClassName().equals("followup.store.Outage") && f.getMethodName().equals("waitAfter"));
    }

    @Test
    void a_second_daemon_on_the_same_postgresql_database_is_refused_unless_both_are_clustered() throws Exception {
        String url = PostgresServer.newDatabase();
        try (DaemonHarness h = harnessIn("one").store(url)) {
            h.start();
            DaemonHarness second = harnessIn("two").store(url);
            FollowupException refused = assertThrows(FollowupException.class,
                    () -> Daemon.start(second.settings(), Clock.systemUTC(), (m, mime) -> { }));
            assertTrue(refused.getMessage().contains("another followup daemon is already running on this database"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("followup.cluster = true"), refused.getMessage());

            DaemonHarness clustered = harnessIn("three").store(url).cluster();
            FollowupException beside = assertThrows(FollowupException.class,
                    () -> Daemon.start(clustered.settings(), Clock.systemUTC(), (m, mime) -> { }));
            assertTrue(beside.getMessage().contains("without cluster = true is running"), beside.getMessage());
        }
    }

    @Test
    void the_daemon_lock_is_taken_again_after_postgresql_restarts_so_a_second_daemon_is_still_refused()
            throws Exception {
        try (PostgresServer server = PostgresServer.startOwn()) {
            String url = server.createDatabase("followup");
            try (DaemonHarness h = harnessIn("one").store(url)) {
                h.start();
                assertEquals(1, advisoryLocks(url));
                server.stop();          // every session ends, and the advisory lock with it
                server.restart();
                h.awaitTrue("the lock taken again on a new session", () -> advisoryLocks(url) == 1,
                        Duration.ofSeconds(30));
                DaemonHarness second = harnessIn("two").store(url);
                FollowupException refused = assertThrows(FollowupException.class,
                        () -> Daemon.start(second.settings(), Clock.systemUTC(), (m, mime) -> { }));
                assertTrue(refused.getMessage().contains("another followup daemon is already running"),
                        refused.getMessage());
                assertTrue(h.daemon().failure().isEmpty(), "the first daemon runs on");
            }
        }
    }

    /** How many advisory locks are granted on the server now; -1 while it cannot be asked. */
    private static int advisoryLocks(String url) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND granted")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    @Test
    void clustered_daemons_started_together_share_one_postgresql_database_and_send_each_message_once() throws Exception {
        String url = PostgresServer.newDatabase();
        try (DaemonHarness one = harnessIn("one").store(url).cluster();
             DaemonHarness two = harnessIn("two").store(url).cluster()) {
            String record = DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, "");
            one.policyPlus("follow-up { after = 1h }");
            two.policyPlus("follow-up { after = 1h }");
            one.record("acme", record);
            two.record("acme", record);
            startTogether(one, two);

            one.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            one.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            one.awaitState("acme/debrief/self", State.SENT);
            assertEquals(1, one.messageIds("jane@acme.example").size(), one.messageIds("jane@acme.example")::toString);
            assertEquals(1, one.messageIds("raj@acme.example").size(), one.messageIds("raj@acme.example")::toString);
            assertEquals(3, one.sent().size() + two.sent().size(), "each message went out from one of the two");
        }
    }

    /**
     * A record copied before its thank-yous went out, on two clustered daemons: the copies' thank-yous fall due at one
     * instant and Quartz hands them to both daemons; each person is thanked once, whichever daemon claims first.
     */
    @Test
    void copies_of_a_record_due_at_one_instant_on_two_clustered_daemons_thank_each_person_once() throws Exception {
        String url = PostgresServer.newDatabase();
        try (DaemonHarness one = harnessIn("one").store(url).cluster();
             DaemonHarness two = harnessIn("two").store(url).cluster()) {
            one.policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n");
            two.policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n");
            startTogether(one, two);
            // due together, a few seconds from now: time for both daemons to plan every copy first
            String record = DaemonHarness.interviewAt(java.time.LocalDateTime.now(DaemonHarness.ZONE)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(3), JANE + "\n" + RAJ, "");
            List<String> ids = List.of("acme", "acme-copy", "acme-copy-2", "acme-copy-3", "acme-copy-4",
                    "acme-copy-5");
            for (String id : ids) {
                one.record(id, record);
                two.record(id, record);
            }
            List<String> keys = ids.stream().flatMap(id -> java.util.stream.Stream.of(id + "/thank-you/jane@acme.example",
                    id + "/thank-you/raj@acme.example")).toList();
            one.awaitTrue("every copy's thank-you to be settled", () -> keys.stream().allMatch(k -> one.message(k)
                    .map(m -> m.state() == State.SENT || m.state() == State.SKIPPED).orElse(false)));
            List<followup.store.StoredMessage> thanks = keys.stream().map(k -> one.message(k).orElseThrow()).toList();
            assertEquals(2, thanks.stream().filter(m -> m.state() == State.SENT).count(), thanks.toString());
            assertEquals(1, one.messageIds("jane@acme.example").size(), "Jane was thanked more than once");
            assertEquals(1, one.messageIds("raj@acme.example").size(), "Raj was thanked more than once");
        }
    }
}
