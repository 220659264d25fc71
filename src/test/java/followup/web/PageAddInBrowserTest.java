package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's upload form in a real browser (Debian's chromium), as a person uses it: choose the invitation file, in a
 * deployment of candidates choose whose interview it is (the browser itself will not send the form without), and
 * read the plan of the record written.
 */
class PageAddInBrowserTest {
    private static final Path ZOOM = Path.of("src/test/resources/fixtures/invitations/zoom.ics").toAbsolutePath();

    @TempDir
    Path tmp;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void withCandidatesTheBrowserAsksWhoseInterviewItIsAndTheRecordGoesToThem() throws Exception {
        try (PageWorkspace ws = PageWorkspace.startWithCandidates(tmp)) {
            browser.get(ws.page.url());
            Select whose = new Select(browser.findElement(By.id("add-candidate")));
            assertEquals(List.of("choose a candidate", "alice", "bob"),
                    whose.getOptions().stream().map(WebElement::getText).toList());
            assertEquals("", whose.getFirstSelectedOption().getAttribute("value"), "nobody is chosen for the user");
            Path bobs = tmp.resolve("conf/candidates/bob/interviews/globex-backend-developer.conf");
            Path alices = tmp.resolve("conf/candidates/alice/interviews/globex-backend-developer.conf");

            browser.findElement(By.id("invitation")).sendKeys(ZOOM.toString());
            submit();
            // the browser keeps the form (the choice is required) and says so at the field
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.getElementById('add-candidate').validity.valueMissing"));
            assertFalse(((String) browser.executeScript(
                    "return document.getElementById('add-candidate').validationMessage")).isBlank());
            assertTrue(browser.findElements(By.id("add-candidate")).size() == 1, "still on the form");
            assertTrue(Files.notExists(bobs) && Files.notExists(alices), "nothing written without a candidate");

            whose.selectByVisibleText("bob");
            submit();
            assertEquals("Added bob/globex-backend-developer", added());
            String plan = browser.findElement(By.cssSelector("pre.plan")).getText();
            assertTrue(plan.contains("thank-you") && plan.contains("dana.whitfield@globex.example"), plan);
            assertTrue(Files.readString(bobs).contains("company  = \"Globex\""));
            assertTrue(Files.notExists(alices), "written for bob only");

            WebElement back = browser.findElement(By.linkText("Back to the interviews"));
            assertTrue(back.getAttribute("href").endsWith("/#iv-bob-globex-backend-developer"),
                    "the link leads to the interview just added: " + back.getAttribute("href"));
            back.click();
            WebElement added = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-bob-globex-backend-developer")));
            assertTrue(added.getText().contains("Globex"), added.getText());
        }
    }

    @Test
    void withOneJobSeekerTheFormAsksOnlyForTheFile() throws Exception {
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            browser.get(ws.page.url());
            assertTrue(browser.findElements(By.id("add-candidate")).isEmpty(), "no choice of candidate");
            browser.findElement(By.id("invitation")).sendKeys(ZOOM.toString());
            submit();
            assertEquals("Added globex-backend-developer", added());
            assertTrue(Files.readString(tmp.resolve("conf/interviews/globex-backend-developer.conf"))
                    .contains("company  = \"Globex\""));
        }
    }

    /** The heading of the page the upload leads to. */
    private String added() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Added "));
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void submit() {
        browser.findElement(By.cssSelector("section.add button[type=submit]")).click();
    }
}
