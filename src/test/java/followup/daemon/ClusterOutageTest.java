package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.schedule.QuartzScheduler;
import followup.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clustered daemons on one PostgreSQL, the server stopped while thank-yous fall due, for longer than the
 * cluster's check-in grace, then started again: neither daemon takes the other for dead (both missed their check-ins
 * alike), each message goes out once, after the server is back, and each daemon says once that it went and once that
 * it is back.
 */
class ClusterOutageTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void postgresql_lost_longer_than_the_check_in_grace_pauses_both_daemons_and_nothing_is_lost_or_doubled()
            throws Exception {
        ch.qos.logback.classic.Logger rootLogger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        rootLogger.addAppender(logged);
        String policy = "thank-you { after = 12s }\ndebrief { after = 13s }\nfollow-up { after = 1h }";
        try (PostgresServer server = PostgresServer.startOwn()) {
            String url = server.createDatabase("followup");
            try (DaemonHarness one = new DaemonHarness(Files.createDirectories(root.resolve("one")), greenMail)
                    .store(url).cluster().policyPlus(policy);
                 DaemonHarness two = new DaemonHarness(Files.createDirectories(root.resolve("two")), greenMail)
                         .store(url).cluster().policyPlus(policy)) {
                String record = DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, "");
                Instant due = Instant.now().plusSeconds(12);
                one.record("acme", record);
                two.record("acme", record);
                one.start();
                two.start();

                server.stop();
                assertTrue(Instant.now().isBefore(due), "the daemons took too long to start: nothing due was left");
                // past the due instant, and longer than a silent daemon's grace before the others take it over
                one.awaitInstant("the thank-yous' due instant and the check-in grace, the database down",
                        due.plus(QuartzScheduler.CHECKIN_INTERVAL).plusSeconds(10));
                assertEquals(List.of(), one.messageIds("jane@acme.example"), "a send went ahead without its database");
                server.restart();

                one.awaitState("acme/thank-you/jane@acme.example", State.SENT);
                one.awaitState("acme/thank-you/raj@acme.example", State.SENT);
                one.awaitState("acme/debrief/self", State.SENT);
                for (String box : List.of("jane@acme.example", "raj@acme.example", DaemonHarness.SENDER)) {
                    List<String> ids = one.messageIds(box);
                    assertEquals(new HashSet<>(ids).size(), ids.size(), "a message went out twice to " + box + ": "
                            + ids);
                }
                assertEquals(1, one.messageIds("jane@acme.example").size(), "the thank-you");
                assertEquals(1, one.messageIds("raj@acme.example").size(), "the thank-you");
                assertTrue(one.daemon().failure().isEmpty() && two.daemon().failure().isEmpty(), "both run on");
                // each copy filed in the sent folder before the daemons stop
                one.awaitTrue("the three copies in the sent folder", () -> sentCopies() >= 3);
            }
        } finally {
            rootLogger.detachAppender(logged);
        }
        List<String> outage = logged.list.stream().filter(e -> e.getLoggerName().equals("followup.store.Outage"))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertEquals(2, outage.stream().filter(l -> l.startsWith("WARN The state database (")).count(),
                outage::toString);
        assertEquals(2, outage.stream().filter(l -> l.startsWith("INFO The state database (")
                && l.endsWith("is back: sending goes on")).count(), outage::toString);
        List<String> problems = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> !e.getLoggerName().equals("followup.store.Outage"))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertEquals(List.of(), problems, "no takeover, no uncertain send, no library errors");
    }

    private static int sentCopies() {
        try {
            var folders = greenMail.getManagers().getImapHostManager();
            var user = greenMail.getManagers().getUserManager().getUser(DaemonHarness.SENDER);
            var sent = folders.getFolder(user, "Sent");
            return sent == null ? 0 : sent.getMessageCount();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
