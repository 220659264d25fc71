package followup.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.cli.LocalPage;
import followup.config.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An open page whose daemon stops: it says that nothing answers any longer, so that the user does not take the last
 * state it showed (a thank-you still "planned") for the present one; that it answers again once it is back; and that it
 * is no longer let in once the token changed.
 */
class PageDaemonGoneInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void anOpenPageSaysSoWhenTheDaemonNoLongerAnswers() throws Exception {
        PageWorkspace ws = PageWorkspace.start(tmp);
        boolean stopped = false;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(ws.page.url());
            Awaitility.await("the page's script runs").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> browser.findElement(By.id("follows")).getText()
                            .equals("This page follows the daemon as it works."));
            int port = ws.port();
            String before = browser.findElement(By.className("lead")).getText();
            assertTrue(!before.contains("does not answer"), before);

            ws.close();
            stopped = true;

            Awaitility.await("the page says the daemon is gone").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> browser.findElement(By.id("updated")).getText()
                            .contains("followup does not answer"));
            assertTrue(browser.findElement(By.id("iv-acme-platform")).isDisplayed(),
                    "what it showed stays, for reading");

            // the daemon starts again, on the same port and with the same token
            Files.writeString(ws.config, Files.readString(ws.config).replace("port = 0", "port = " + port));
            try (LocalPage again = LocalPage.start(SettingsLoader.load(ws.config), PageWorkspace.BEFORE_INTERVIEWS)
                    .orElseThrow()) {
                Awaitility.await("the page says the daemon is back").atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("updated")).getText()
                                .contains("followup answers again"));
            }

            // and once more with a new token (its file deleted): the page's cookie no longer lets it in
            Files.delete(tmp.resolve("data").resolve(AccessToken.FILE));
            try (LocalPage renewed = LocalPage.start(SettingsLoader.load(ws.config), PageWorkspace.BEFORE_INTERVIEWS)
                    .orElseThrow()) {
                Awaitility.await("the page says it is no longer let in").atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("updated")).getText()
                                .contains("followup web-url"));
            }
        } finally {
            browser.quit();
            if (!stopped) {
                ws.close();
            }
        }
    }
}
