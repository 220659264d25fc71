package followup.web;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.LocalPage;
import followup.daemon.DaemonHarness;
import followup.plan.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in a real browser (Debian's chromium through chromedriver) against a running daemon and GreenMail: the
 * timeline of the sample interviews, a preview, Hold then Resume, the live update when a message goes out, a record
 * value holding a script shown as text, Resume by keyboard. Leaves screenshots in target/ for people to look at.
 */
class PageInBrowserTest {
    private static final String LIVE_DEBRIEF = "live/debrief/self";
    private static final String ACME_THANK_YOU = "acme-platform/thank-you/jane.doe@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void thePageFollowsTheDaemonAndSteersIt() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policyPlus("""
                    debrief { after = 20s }
                    thank-you { after = 60s }
                    follow-up { after = 120s }
                    """);
            for (String sample : List.of("acme-platform", "nordlicht-data")) {
                Files.createDirectories(h.interviews());
                Files.copy(Path.of("conf/interviews", sample + ".conf"), h.interviews().resolve(sample + ".conf"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            h.record("hostile", DaemonHarness.interview(Duration.ofDays(-30), JANE, "")
                    .replace("\"Acme Corp\"", "\"<script>window.pwned = true</script>Evil Corp\""));
            h.start();
            ChromeDriver browser = Browser.start();
            try (LocalPage page = LocalPage.start(h.settings(), Clock.systemUTC()).orElseThrow()) {
                browser.get(page.url());
                assertEquals("followup", browser.getTitle());
                assertFalse(browser.getCurrentUrl().contains("token="), "the token leaves the address bar");

                timelineOfTheSamples(browser);
                scriptInARecordIsText(browser);
                // the preview renders every template once in this JVM before the daemon's first send
                preview(browser, h);
                liveUpdateWhenAMessageIsSent(browser, h);
                holdThenResume(browser, h);
                mailboxPanel(browser);
                screenshots(browser);
            } finally {
                browser.quit();
            }
        }
    }

    private static WebElement row(ChromeDriver browser, String key) {
        return browser.findElement(By.cssSelector("li.msg[data-key='" + key + "']"));
    }

    private static String state(ChromeDriver browser, String key) {
        return row(browser, key).findElement(By.className("state")).getText();
    }

    private static void timelineOfTheSamples(ChromeDriver browser) {
        assertTrue(browser.findElement(By.className("lead")).getText()
                .endsWith("This page follows the daemon as it works."), "with its script, the page says it follows");
        WebElement acme = browser.findElement(By.id("iv-acme-platform"));
        assertTrue(acme.findElement(By.tagName("h2")).getText().contains("Acme Corp"));
        assertTrue(acme.getText().contains("Platform Engineer"));
        List<String> steps = acme.findElements(By.cssSelector("li.msg .step")).stream().map(WebElement::getText)
                .toList();
        for (followup.plan.Step step : followup.plan.Step.values()) {
            assertTrue(steps.contains(step.id()), () -> step.id() + " missing from " + steps);
        }
        assertEquals(3, steps.stream().filter("thank-you"::equals).count(), "one per interviewer: " + steps);
        WebElement thankYou = row(browser, ACME_THANK_YOU);
        assertEquals("Jane Doe\njane.doe@acme.example", thankYou.findElement(By.className("to")).getText());
        assertEquals("planned", state(browser, ACME_THANK_YOU));
        List<String> due = thankYou.findElements(By.cssSelector(".due span")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Thu 14 Jan 2027 14:01 EST", "Thu 14 Jan 2027 14:01 EST"), due,
                "in the recipient's zone, then in yours");
        assertEquals("interview + 1m", thankYou.findElement(By.className("reason")).getText());
        assertTrue(browser.findElement(By.id("iv-nordlicht-data")).getText().contains("Nordlicht Analytics"));
    }

    private static void scriptInARecordIsText(ChromeDriver browser) {
        WebElement hostile = browser.findElement(By.id("h-hostile"));
        assertTrue(hostile.getText().contains("<script>window.pwned = true</script>Evil Corp"), hostile.getText());
        assertEquals(null, browser.executeScript("return window.pwned === undefined ? null : window.pwned"));
    }

    /** A record added while the page is open appears, then its debrief goes out: both without a reload. */
    private static void liveUpdateWhenAMessageIsSent(ChromeDriver browser, DaemonHarness h) throws Exception {
        browser.executeScript("window.followupMarker = 'same page';");
        h.record("live", DaemonHarness.interview(Duration.ZERO, JANE, ""));
        Awaitility.await("the new interview on the page").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> state(browser, LIVE_DEBRIEF).equals("planned"));
        h.awaitState(LIVE_DEBRIEF, State.SENT);
        Awaitility.await("the page to show the debrief sent").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> state(browser, LIVE_DEBRIEF).equals("sent"));
        assertEquals("same page", ((JavascriptExecutor) browser).executeScript("return window.followupMarker"),
                "updated in place, not reloaded");
        assertTrue(browser.findElement(By.id("updated")).getText().startsWith("Updated at"));
    }

    private static void preview(ChromeDriver browser, DaemonHarness h) throws Exception {
        row(browser, ACME_THANK_YOU).findElement(By.className("open")).click();
        WebElement article = browser.findElement(By.cssSelector("article.preview"));
        String text = article.getText();
        assertTrue(text.contains("To\nJane Doe <jane.doe@acme.example>"), text);
        String body = article.findElement(By.className("body")).getText();
        DaemonHarness.CliResult cli = h.cli("preview", "acme-platform", "thank-you");
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().replace("\r", "").contains(body.strip()),
                "the page shows what `followup preview` shows:\n" + body + "\n---\n" + cli.out());
        browser.findElement(By.linkText("Back to the interviews")).click();
    }

    private static void holdThenResume(ChromeDriver browser, DaemonHarness h) {
        WebElement acme = browser.findElement(By.id("iv-acme-platform"));
        acme.findElement(By.name("reason")).sendKeys("waiting for the recruiter's call");
        acme.findElement(By.cssSelector("button.hold")).click();
        Awaitility.await("the thank-you shown held").atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> state(browser, ACME_THANK_YOU).equals("held"));
        assertTrue(row(browser, ACME_THANK_YOU).getText().contains("held by you: waiting for the recruiter's call"));
        assertTrue(browser.findElement(By.id("h-acme-platform")).getText().contains("on hold"));
        assertEquals(State.HELD, h.message(ACME_THANK_YOU).orElseThrow().state());

        // by keyboard: from the reason field, Tab reaches Hold, then Resume; Enter presses it
        browser.findElement(By.cssSelector("#iv-acme-platform input[name=reason]")).sendKeys(Keys.TAB);
        assertEquals("Hold", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement resume = browser.switchTo().activeElement();
        assertEquals("Resume", resume.getText());
        resume.sendKeys(Keys.ENTER);
        Awaitility.await("the thank-you shown planned again").atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> state(browser, ACME_THANK_YOU).equals("planned"));
        assertEquals(State.PLANNED, h.message(ACME_THANK_YOU).orElseThrow().state());
    }

    /** An out-of-office answer lands in the inbox: the poll classifies it and the panel lists it, live. */
    private static void mailboxPanel(ChromeDriver browser) throws Exception {
        MimeMessage auto = new MimeMessage(Session.getInstance(new Properties()));
        auto.setFrom(new InternetAddress("raj@acme.example", "Raj Patel"));
        auto.setRecipients(Message.RecipientType.TO, DaemonHarness.SENDER);
        auto.setSubject("Automatic reply: out of the office");
        auto.setHeader("Auto-Submitted", "auto-replied");
        auto.setText("I am out of the office until Monday.");
        auto.setSentDate(new Date());
        auto.saveChanges();
        greenMail.getUserManager().getUserByEmail(DaemonHarness.SENDER).deliver(auto);
        Awaitility.await("the auto-reply in the mailbox panel").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".mailbox tbody")).getText()
                        .contains("Automatic reply: out of the office"));
        String row = browser.findElement(By.cssSelector(".mailbox tbody tr")).getText();
        assertTrue(row.contains("auto-reply") && row.contains("raj@acme.example"), row);
        List<String> linked = browser.findElements(By.cssSelector(".mailbox tbody tr a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#iv-", "")).toList();
        assertFalse(linked.isEmpty(), "the interview it belongs to is linked: " + row);
        assertTrue(List.of("acme-platform", "live", "hostile").containsAll(linked),
                "the interviews of the company it came from (acme.example): " + linked);
    }

    private static void screenshots(ChromeDriver browser) throws Exception {
        Files.createDirectories(Path.of("target"));
        browser.get(browser.getCurrentUrl().replaceAll("#.*$", ""));
        browser.manage().window().setSize(new Dimension(1100, 820));
        Files.write(Path.of("target/page-top.png"), browser.getScreenshotAs(OutputType.BYTES));
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 140, 6000)));
        Files.write(Path.of("target/page.png"), browser.getScreenshotAs(OutputType.BYTES));
        // a phone's screen: headless Chromium keeps its window at least 500 pixels wide, so the device is emulated
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 1800,
                "deviceScaleFactor", 1, "mobile", true));
        browser.navigate().refresh();
        assertEquals(390L, browser.executeScript("return document.documentElement.clientWidth"));
        assertEquals(390L, browser.executeScript("return document.documentElement.scrollWidth"),
                "nothing wider than the phone's screen");
        Files.write(Path.of("target/page-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
