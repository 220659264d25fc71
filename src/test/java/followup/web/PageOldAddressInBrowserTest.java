package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A new token (web-token deleted, the daemon started again): the browser that opened the new address keeps the new
 * token in its cookie, and an address with the old one (a bookmark, the terminal's scrollback) still opens the page
 * there. The old token alone, in a browser without the cookie, opens nothing.
 */
class PageOldAddressInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void anOldAddressOpensThePageInABrowserThatHoldsTheNewTokensCookie() throws Exception {
        PageWorkspace first = PageWorkspace.start(tmp);
        String oldAddress = first.page.url();
        try (PageWorkspace ws = first.restartWithNewToken()) {
            String cookieName = Guard.cookieName(ws.port());
            assertNotEquals(oldAddress, ws.page.url(), "a new token");
            ChromeDriver browser = Browser.start();
            try {
                browser.get(ws.page.url());
                Awaitility.await("the page").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("h1")).getText().equals("Your interviews"));
                assertEquals(ws.token(), browser.manage().getCookieNamed(cookieName).getValue());

                browser.get(oldAddress);
                Awaitility.await("the page at the old address").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> !browser.findElements(By.tagName("h1")).isEmpty());
                assertEquals("Your interviews", browser.findElement(By.tagName("h1")).getText(),
                        browser.getPageSource());
                assertFalse(browser.getCurrentUrl().contains("token="), browser.getCurrentUrl());
                Cookie kept = browser.manage().getCookieNamed(cookieName);
                assertEquals(ws.token(), kept.getValue(), "the old token does not replace the new one");

                browser.manage().deleteAllCookies();
                browser.get(oldAddress);
                Awaitility.await("the refusal").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("main")).getText().contains("wrong token"));
                assertTrue(browser.manage().getCookies().isEmpty(), "no cookie for the old token");
            } finally {
                browser.quit();
            }
        }
    }
}
