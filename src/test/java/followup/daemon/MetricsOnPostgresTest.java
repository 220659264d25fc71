package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The metrics while the PostgreSQL server of the store is away: what an operator looks at to see the outage. */
class MetricsOnPostgresTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The store's outage, told once when it goes and once when it is back: asserted, and off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of("followup.store.Outage");

    @TempDir
    Path root;

    @Test
    void a_scrape_while_postgresql_is_down_answers_with_the_counters_and_leaves_out_the_stale_message_counts()
            throws Exception {
        try (PostgresServer server = PostgresServer.startOwn();
             DaemonHarness h = new DaemonHarness(root, greenMail).store(server.createDatabase("followup"))) {
            h.policy(LiveConfig.THANK_YOUS_ONLY).settingsPlus("followup.metrics.port = 0");
            h.record("acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
            h.start();
            int port = h.daemon().metricsPort().orElseThrow();
            h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            assertEquals(1, MetricsTest.sample(MetricsTest.scrape(port), "followup_messages{state=\"sent\"}"));

            server.stop();
            AtomicReference<String> during = new AtomicReference<>();
            h.awaitTrue("a scrape without the message counts it can no longer read", () -> {
                during.set(scrapeOrFail(port));   // each within 10 s, as Prometheus's default scrape timeout
                return !during.get().contains("followup_messages{");
            });
            String body = during.get();
            assertEquals(1, MetricsTest.sample(body, "followup_sends_total{outcome=\"sent\"}"), body);
            assertEquals(0, MetricsTest.sample(body, "followup_failures_total{kind=\"permanent\"}"), body);
            assertEquals(1, MetricsTest.sample(body, "followup_send_duration_seconds_count"), body);
            assertFalse(body.contains("followup_messages{state=\"sent\"} 1.0"), body);

            server.restart();
            h.awaitTrue("the message counts back with the server", () -> scrapeOrFail(port)
                    .contains("followup_messages{state=\"sent\"} 1.0"));
            h.awaitTrue("the store's return in the log", () -> log.messages(Level.INFO).stream()
                    .anyMatch(m -> m.endsWith(" is back: sending goes on")));
        }
        // told when it goes (twice at most: the stop may be seen as a shutdown, then on another connection as a loss)
        List<String> warnings = log.warnings();
        assertTrue(!warnings.isEmpty() && warnings.size() <= 2, "when it goes: " + warnings);
        for (String w : warnings) {
            assertTrue(w.startsWith("The state database (127.0.0.1:") && w.contains("/followup) cannot be reached: "), w);
        }
    }

    private static String scrapeOrFail(int port) {
        try {
            return MetricsTest.scrape(port);
        } catch (IOException e) {
            throw new AssertionError("the scrape did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
