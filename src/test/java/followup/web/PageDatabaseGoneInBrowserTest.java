package followup.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.cli.LocalPage;
import followup.config.SettingsLoader;
import followup.store.Database;
import followup.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An open page of a workspace on PostgreSQL whose server goes down: the page says that the state database cannot be
 * reached, on which server, and that sending pauses (not that followup "cannot read its input", which is about the
 * records and the config), and says so again when the server is back.
 */
class PageDatabaseGoneInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void anOpenPageSaysTheStateDatabaseCannotBeReached() throws Exception {
        ch.qos.logback.classic.Logger quiet = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("followup.web");
        ch.qos.logback.classic.Logger pool = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("com.zaxxer.hikari");
        ch.qos.logback.classic.Level web = quiet.getLevel();
        ch.qos.logback.classic.Level hikari = pool.getLevel();
        // the page's own lines about the outage are PageDatabaseGoneTest's; the pool's are expected here
        quiet.setLevel(ch.qos.logback.classic.Level.ERROR);
        pool.setLevel(ch.qos.logback.classic.Level.ERROR);
        PostgresServer server = PostgresServer.startOwn();
        try {
            String url = server.createDatabase("page_gone_browser");
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
            Database.open(url).close();
            try (LocalPage page = LocalPage.start(SettingsLoader.load(config), PageWorkspace.BEFORE_INTERVIEWS)
                    .orElseThrow()) {
                ChromeDriver browser = Browser.start();
                try {
                    browser.get(page.url());
                    Awaitility.await("the page's script runs").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                            .until(() -> browser.findElement(By.id("follows")).getText()
                                    .equals("This page follows the daemon as it works."));

                    server.stop();
                    Awaitility.await("the page says the state database cannot be reached")
                            .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                            .until(() -> browser.findElement(By.id("updated")).getText()
                                    .contains("cannot be reached"));
                    String said = browser.findElement(By.id("updated")).getText();
                    assertTrue(said.startsWith("The state database (PostgreSQL on 127.0.0.1:" + server.port()
                            + "/page_gone_browser) cannot be reached: "), said);
                    assertTrue(said.contains("Sending pauses until it is back"), said);
                    assertTrue(said.contains("application.conf:4: followup.store.url"), said);
                    assertTrue(said.contains("may be out of date"), said);
                    assertTrue(!said.contains("cannot read its input") && !said.contains("user="), said);
                    assertTrue(browser.findElement(By.id("iv-acme-platform")).isDisplayed(),
                            "what it showed stays, for reading");

                    server.restart();
                    Awaitility.await("the page says the state database is back").atMost(Duration.ofSeconds(90))
                            .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                            .until(() -> browser.findElement(By.id("updated")).getText()
                                    .contains("The state database answers again"));
                } finally {
                    browser.quit();
                }
            }
        } finally {
            server.close();
            quiet.setLevel(web);
            pool.setLevel(hikari);
        }
    }
}
