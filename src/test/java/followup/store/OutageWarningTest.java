package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one warning of a PostgreSQL outage while the daemon runs is followup's own: it names the server and what to
 * check, whatever library noticed the loss first. When the pool's idle connection was the first to find the server
 * gone, the warning carried the pool's own wording instead ("followup-store - Connection is not available, request
 * timed out after 5000ms (total=0, active=0, idle=0, waiting=0)"), which names neither the server nor what to do.
 */
class OutageWarningTest {
    @RegisterExtension
    final QuietLog log = QuietLog.of(Outage.class,
            com.zaxxer.hikari.pool.HikariPool.class);

    @Test
    void the_warning_of_a_server_gone_under_a_pooled_connection_is_followups_own() throws Exception {
        assertFollowupsOwn(outageWarning(false));
    }

    @Test
    void the_warning_of_a_server_gone_when_the_pool_has_no_connection_left_is_followups_own() throws Exception {
        assertFollowupsOwn(outageWarning(true));
    }

    /**
     * The one warning of an outage that a read of the daemon's store runs into: the server stopped, then (with
     * {@code emptyPool}) the pool's connections dropped, as its housekeeping does with those the server closed.
     */
    private String outageWarning(boolean emptyPool) throws Exception {
        try (PostgresServer server = PostgresServer.startOwn()) {
            String url = server.createDatabase("followup");
            try (Database db = Database.open(url)) {
                db.waitWhenLost();
                MessageStore store = new MessageStore(db);
                assertTrue(store.find("acme/thank-you/jane@acme.example").isEmpty());

                server.stop();
                if (emptyPool) {
                    ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getHikariPoolMXBean()
                            .softEvictConnections();
                }
                CompletableFuture<Object> read = CompletableFuture.supplyAsync(
                        () -> store.find("acme/thank-you/jane@acme.example"));
                Awaitility.await("the outage's warning").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100)).until(() -> !warnings().isEmpty());
                server.restart();
                read.get(30, TimeUnit.SECONDS);
            }
            List<String> warnings = warnings();
            assertEquals(1, warnings.size(), warnings::toString);
            String warning = warnings.get(0);
            assertTrue(warning.contains("127.0.0.1:" + server.port() + "/followup"), warning);
            return warning;
        }
    }

    private static void assertFollowupsOwn(String warning) {
        assertTrue(warning.contains("check that PostgreSQL runs on 127.0.0.1"), warning);
        assertTrue(warning.contains("Sending pauses until it is back"), warning);
        for (String library : List.of("followup-store", "HikariPool", "Connection is not available",
                "request timed out", "total=", "I/O error", "postmaster", "FATAL", "administrator command")) {
            assertFalse(warning.contains(library), "the pool's or the driver's wording: " + warning);
        }
    }

    private List<String> warnings() {
        return log.events().stream().filter(e -> e.getLevel() == Level.WARN)
                .filter(e -> e.getLoggerName().equals(Outage.class.getName()))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
