package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.cli.LocalPage;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.store.Database;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of a workspace on PostgreSQL while its database server is down: the open page's script asks for the state
 * and is answered why it cannot be brought up to date, in the form it reads (it then says what this page shows may be
 * out of date), not with an HTML error it cannot read and passes over in silence.
 */
class PageDatabaseGoneTest {
    /** The page's warning of each failed request, asserted below and kept off the console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(WebServer.class);

    @TempDir
    Path tmp;

    @Test
    void whileTheDatabaseIsDownTheStateSaysWhy() throws Exception {
        // the pool's own warnings of the connections the stop ended are expected here, not news on the console
        ch.qos.logback.classic.Logger pool = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("com.zaxxer.hikari");
        ch.qos.logback.classic.Level level = pool.getLevel();
        pool.setLevel(ch.qos.logback.classic.Level.ERROR);
        PostgresServer server = PostgresServer.startOwn();
        try {
            String url = server.createDatabase("page_gone");
            Path conf = Files.createDirectories(tmp.resolve("conf/interviews")).getParent();
            Files.copy(Path.of("conf/interviews/acme-platform.conf"), conf.resolve("interviews/acme-platform.conf"));
            Path config = conf.resolve("application.conf");
            Files.writeString(config, """
                    followup {
                      sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                      templates = "%s"
                      store { url = "%s" }
                      web { port = 0 }
                    }
                    """.formatted(Path.of("templates").toAbsolutePath(), url));
            Database.open(new Settings.Store(url, null, null)).close();
            try (LocalPage page = LocalPage.start(SettingsLoader.load(config), PageWorkspace.BEFORE_INTERVIEWS)
                    .orElseThrow()) {
                int port = page.port();
                Map<String, String> cookie = Map.of("Cookie", Guard.cookieName(port) + "="
                        + Files.readString(tmp.resolve("conf/data").resolve(AccessToken.FILE)).strip());
                RawHttp.Response up = RawHttp.get(port, "/state", cookie);
                assertEquals(200, up.status(), up::toString);

                server.stop();
                // the last rendering is kept for ten times what it cost (README): then the next one finds no server
                AtomicReference<RawHttp.Response> last = new AtomicReference<>();
                Awaitility.await("the state once the database server is gone").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            last.set(RawHttp.get(port, "/state", cookie));
                            return last.get().status() != 200;
                        });
                RawHttp.Response state = last.get();
                assertEquals(503, state.status(), state::toString);
                assertTrue(state.headers().get("content-type").startsWith("application/json"), state::toString);
                assertTrue(state.body().startsWith("{\"problems\":[\"") && state.body().contains(
                        "cannot read the state database"), state::toString);
                assertTrue(log.events().stream().anyMatch(e -> e.getFormattedMessage().contains(
                        "cannot read the state database")), log::toString);
            }
        } finally {
            server.close();
            pool.setLevel(level);
        }
    }
}
