package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import followup.cli.LocalPage;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.store.Database;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    /** The page's lines of its failed requests, kept off the console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(WebServer.class, Failures.class, StateWatch.class);

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
            Database.open(new Settings.Store(url, null, null)).close();
            try (LocalPage page = LocalPage.start(SettingsLoader.load(workspace(url)),
                    PageWorkspace.BEFORE_INTERVIEWS).orElseThrow()) {
                int port = page.port();
                Map<String, String> cookie = cookie(port);
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
                // what is wrong, on which server, what it means for the sending, and where the server is set
                String why = "The state database (PostgreSQL on 127.0.0.1:" + server.port() + "/page_gone) cannot"
                        + " be reached: ";
                assertTrue(state.body().startsWith("{\"unreachable\":\"" + why), state::toString);
                assertTrue(state.body().contains(". Sending pauses until it is back; check that PostgreSQL runs on"
                        + " 127.0.0.1 and that this machine can reach it (network, firewall), or the server's address"
                        + " at "), state::toString);
                assertTrue(state.body().contains("application.conf:4: followup.store.url"), state::toString);
                assertTrue(!state.body().contains("user=postgres"), state::toString);

                // the whole page (opened or reloaded now) says the same, not "Refused: something went wrong"
                RawHttp.Response whole = RawHttp.get(port, "/", cookie);
                assertEquals(503, whole.status(), whole::toString);
                assertTrue(whole.body().contains("<title>followup: the state database cannot be reached</title>")
                        && whole.body().contains("<h1>The state database cannot be reached</h1>")
                        && whole.body().contains(why), whole::toString);
                assertTrue(!whole.body().contains("Refused") && !whole.body().contains("user=postgres"),
                        whole::toString);

                // every look of the open page fails while the server is away: the log says so once, not each time
                for (int i = 0; i < 2; i++) {
                    RawHttp.Response again = RawHttp.get(port, "/state", cookie);
                    assertEquals(503, again.status(), again::toString);
                }
                List<String> warned = log.events().stream().filter(e -> e.getLevel() == Level.WARN)
                        .map(ILoggingEvent::getFormattedMessage).toList();
                assertEquals(1, warned.size(), log::toString);
                assertTrue(warned.get(0).startsWith("Page: " + why), log::toString);

                server.restart();
                Awaitility.await("the state once the database server is back").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> RawHttp.get(port, "/state", cookie).status() == 200);
                assertEquals(List.of("Page: the state database answers again"), log.events().stream()
                        .filter(e -> e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage).toList(),
                        log::toString);
                assertEquals(1, log.events().stream().filter(e -> e.getLevel() == Level.WARN).count(),
                        log::toString);
            }
        } finally {
            server.close();
            pool.setLevel(level);
        }
    }

    /**
     * The page beside the daemon, whose store watches the outage and warns of it once, whichever part noticed it
     * first, and says when the server is back: the page's failures add no line of their own.
     */
    @Test
    void whileTheDaemonWatchesTheOutageThePageAddsNoLine() throws Exception {
        ch.qos.logback.classic.Logger quiet = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("com.zaxxer.hikari");
        ch.qos.logback.classic.Logger store = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("followup.store");
        Level pool = quiet.getLevel();
        Level stored = store.getLevel();
        quiet.setLevel(Level.ERROR);
        store.setLevel(Level.ERROR);      // the store's one warning of the outage is the daemon's tests'
        PostgresServer server = PostgresServer.startOwn();
        try {
            String url = server.createDatabase("page_gone_watched");
            try (Database daemons = Database.open(new Settings.Store(url, null, null));
                 LocalPage page = LocalPage.start(SettingsLoader.load(workspace(url)),
                         PageWorkspace.BEFORE_INTERVIEWS).orElseThrow()) {
                daemons.waitWhenLost();
                int port = page.port();
                Map<String, String> cookie = cookie(port);
                assertEquals(200, RawHttp.get(port, "/state", cookie).status());

                server.stop();
                Awaitility.await("the state once the database server is gone").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> RawHttp.get(port, "/state", cookie).status() == 503);
                assertEquals(503, RawHttp.get(port, "/state", cookie).status());
                assertTrue(!daemons.reachable(), "the page's failure started the daemon's outage");
                server.restart();
                Awaitility.await("the state once the database server is back").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> RawHttp.get(port, "/state", cookie).status() == 200);
                assertEquals(List.of(), log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                        .toList(), log::toString);
            }
        } finally {
            server.close();
            quiet.setLevel(pool);
            store.setLevel(stored);
        }
    }

    /** A workspace of one record on the database at {@code url}, with its page on any free port: its config. */
    private Path workspace(String url) throws java.io.IOException {
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
        return config;
    }

    /** The page's access token, as its cookie. */
    private Map<String, String> cookie(int port) throws java.io.IOException {
        return Map.of("Cookie", Guard.cookieName(port) + "="
                + Files.readString(tmp.resolve("conf/data").resolve(AccessToken.FILE)).strip());
    }
}
