package followup.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An open page whose config goes bad while the daemon runs (an edit with a typo): the page can no longer be brought up
 * to date, and says so with the file, line and key to fix, instead of going on as if what it shows were current.
 */
class PageInputBrokenInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void anOpenPageSaysWhichLineToFixWhenTheConfigGoesBad() throws Exception {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            ChromeDriver browser = Browser.start();
            try {
                browser.get(ws.page.url());
                Awaitility.await("the page's script runs").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("follows")).getText()
                                .equals("This page follows the daemon as it works."));
                String good = Files.readString(ws.config);

                Files.writeString(ws.config, good + "followup.web.prot = 4581\n");
                // the page renders again once its last rendering is ten times as old as it took (seconds, at first)
                Awaitility.await("the page names the line to fix").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("updated")).getText()
                                .contains("application.conf:7: followup.web.prot: unknown key"));
                String said = browser.findElement(By.id("updated")).getText();
                assertTrue(said.contains("may be out of date"), said);
                assertTrue(browser.findElement(By.id("iv-acme-platform")).isDisplayed(),
                        "what it showed stays, for reading");

                Files.writeString(ws.config, good);
                Awaitility.await("the page says it follows again").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> !browser.findElement(By.id("updated")).getText().contains("unknown key"));
            } finally {
                browser.quit();
            }
        }
    }
}
