package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A person who uses the page by keyboard (or a screen reader) keeps their place when the page brings itself up to
 * date: the button or link they were on is still the one in focus, not the top of the page.
 */
class PageFocusInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theControlInFocusKeepsTheFocusWhenThePageUpdatesItself() throws Exception {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            ChromeDriver browser = Browser.start();
            try {
                browser.get(ws.page.url());
                Awaitility.await("the page's script runs").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("follows")).getText()
                                .equals("This page follows the daemon as it works."));
                // by keyboard: from Acme's reason field, Tab to its Hold button, then to Resume
                browser.findElement(By.cssSelector("#iv-acme-platform input[name=reason]")).sendKeys(Keys.TAB);
                browser.switchTo().activeElement().sendKeys(Keys.TAB);
                WebElement before = browser.switchTo().activeElement();
                assertEquals("resume", before.getAttribute("class"));

                // the other interview's record is edited: the page shows it within seconds
                Path nordlicht = ws.config.getParent().resolve("interviews/nordlicht-data.conf");
                Files.writeString(nordlicht, Files.readString(nordlicht)
                        .replace("Data Engineer (m/w/d)", "Senior Data Engineer (m/w/d)"));
                Awaitility.await("the page shows the edit").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("h-nordlicht-data")).getText()
                                .contains("Senior Data Engineer"));

                WebElement now = browser.switchTo().activeElement();
                assertEquals("resume", now.getAttribute("class"), "the focus went to: " + now.getTagName());
                assertEquals("acme-platform", (String) browser.executeScript(
                        "return document.activeElement.form.elements.id.value;"));
            } finally {
                browser.quit();
            }
        }
    }
}
