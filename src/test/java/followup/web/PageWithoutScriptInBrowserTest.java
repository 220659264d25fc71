package followup.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in a browser whose JavaScript is off: every timeline is there and Hold works, and the page says that it
 * does not follow the daemon by itself, so that the user reloads it instead of trusting a state that has moved on.
 */
class PageWithoutScriptInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void withoutJavaScriptThePageShowsEverythingAndSaysToReloadIt() throws Exception {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            ChromeDriver browser = Browser.start(false);
            try {
                browser.get(ws.page.url());
                Awaitility.await("the page").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("h1")).getText().equals("Your interviews"));
                String lead = browser.findElement(By.className("lead")).getText();
                assertTrue(lead.contains("Without JavaScript") && lead.contains("reload"),
                        "the page says it does not update itself: " + lead);
                assertTrue(browser.findElements(By.cssSelector("#iv-acme-platform .msg")).size() > 5,
                        "the timeline of acme-platform");

                WebElement acme = browser.findElement(By.id("iv-acme-platform"));
                acme.findElement(By.name("reason")).sendKeys("waiting for the recruiter");
                acme.findElement(By.cssSelector("button.hold")).click();
                Awaitility.await("acme-platform on hold").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> browser.findElement(By.cssSelector("#iv-acme-platform h2")).getText()
                                .contains("on hold"));
                assertTrue(browser.findElement(By.id("iv-acme-platform")).getText()
                        .contains("held by you: waiting for the recruiter"), "the reason beside the messages");
            } finally {
                browser.quit();
            }
        }
    }
}
