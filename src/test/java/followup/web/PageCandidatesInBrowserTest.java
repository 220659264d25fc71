package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One candidate's page in a real browser: reached from the list at the top, it follows that candidate's records
 * in place (its script asks for their part, not everyone's), and another candidate's new interview never shows on it.
 */
class PageCandidatesInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void aCandidatesPageFollowsTheirRecordsAlone() throws Exception {
        try (PageWorkspace ws = PageWorkspace.startWithCandidates(tmp)) {
            ChromeDriver browser = Browser.start();
            try {
                browser.get(ws.page.url());
                browser.findElement(By.linkText("bob")).click();
                Awaitility.await("bob's page").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("h1")).getText().equals("Interviews of bob"));
                assertTrue(browser.getCurrentUrl().endsWith("/?candidate=bob"), browser.getCurrentUrl());
                browser.executeScript("window.followupMarker = 'same page';");

                Path candidates = ws.config.getParent().resolve("candidates");
                String record = Files.readString(candidates.resolve("bob/interviews/acme-platform.conf"));
                Files.writeString(candidates.resolve("alice/interviews/globex.conf"),
                        record.replace("Acme", "Globex"));
                Files.writeString(candidates.resolve("bob/interviews/initech.conf"),
                        record.replace("Acme", "Initech"));

                Awaitility.await("bob's new interview on his page").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> !browser.findElements(By.id("iv-bob-initech")).isEmpty());
                assertTrue(browser.findElements(By.id("iv-alice-globex")).isEmpty(),
                        "alice's new interview on bob's page");
                assertTrue(browser.findElements(By.id("iv-alice-acme-platform")).isEmpty(),
                        "alice's interview on bob's page");
                assertEquals("same page", ((JavascriptExecutor) browser).executeScript(
                        "return window.followupMarker"), "updated in place, not reloaded");

                browser.findElement(By.linkText("everyone")).click();
                Awaitility.await("everyone's page").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> !browser.findElements(By.id("iv-alice-globex")).isEmpty());
            } finally {
                browser.quit();
            }
        }
    }
}
