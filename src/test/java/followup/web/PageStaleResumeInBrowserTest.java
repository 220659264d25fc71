package followup.web;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.LocalPage;
import followup.daemon.DaemonHarness;
import followup.plan.State;
import followup.store.MailLog;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Resume from the page releases what the company's answer holds and sets the answer aside, as {@code followup resume}
 * does. Pressed on a page shown before the answer came (a page without its script, or one not brought up to date),
 * it would send the follow-up after the company answered, the user never having seen the answer: such a resume is
 * refused, and says what came. The answer shows on the interview even while the user's own hold covers its messages.
 */
class PageStaleResumeInBrowserTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void aResumeFromAPageShownBeforeTheCompanyAnsweredIsRefusedAndTheAnswerHoldsTheFollowUp() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 600s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            // a browser without JavaScript: the page stays as it was shown until the user reloads it
            ChromeDriver browser = Browser.start(false);
            try (LocalPage page = LocalPage.start(h.settings(), Clock.systemUTC()).orElseThrow()) {
                browser.get(page.url());
                WebElement acme = browser.findElement(By.id("iv-acme"));
                acme.findElement(By.name("reason")).sendKeys("away for a week");
                acme.findElement(By.cssSelector("button.hold")).click();
                Awaitility.await("the interview shown on hold").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> browser.findElement(By.cssSelector("#iv-acme h2")).getText().contains("on hold"));
                assertEquals(State.HELD, h.message(FOLLOW_UP).orElseThrow().state());

                // while the page stays open, Jane answers the thank-you
                reply(thankYou);
                MailLog mail = new MailLog(h.database(), h.settings().candidate());
                h.awaitTrue("the answer recorded", () -> mail.replies().containsKey("acme"));

                // back from the week away, on the page as it was: Resume
                browser.findElement(By.cssSelector("#iv-acme button.resume")).click();
                Awaitility.await("the page's answer").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> browser.findElement(By.tagName("h1")).isDisplayed());
                String said = browser.findElement(By.tagName("main")).getText();
                assertTrue(said.contains("Not resumed") && said.contains("reply from jane@acme.example"), said);
                assertEquals(State.HELD, h.message(FOLLOW_UP).orElseThrow().state(),
                        "the follow-up stays held: the company answered after the page was shown");
                assertTrue(mail.replies().containsKey("acme"), "the answer is not set aside");

                // the page as it is now says the company answered, though the user's hold covers its messages
                browser.get(page.url());
                Awaitility.await("the page").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("iv-acme")).isDisplayed());
                String interview = browser.findElement(By.id("iv-acme")).getText();
                assertTrue(interview.contains("reply from jane@acme.example"), interview);

                // pressed twice on the page that shows the answer: resumed once, the second press no refusal
                new Actions(browser).doubleClick(browser.findElement(By.cssSelector("#iv-acme button.resume")))
                        .perform();
                h.awaitState(FOLLOW_UP, State.PLANNED);
                Awaitility.await("back on the page").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                        .until(() -> browser.findElement(By.id("iv-acme")).isDisplayed());
                String after = browser.findElement(By.tagName("main")).getText();
                assertFalse(after.contains("Refused") || after.contains("Not resumed"), after);
                assertFalse(mail.replies().containsKey("acme"), "the answer set aside, as the user chose");
            } finally {
                browser.quit();
            }
        }
    }

    private static void reply(String thankYou) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("jane@acme.example", "Jane Doe"));
        m.setRecipients(Message.RecipientType.TO, SENDER);
        m.setSubject("Re: Thank you for today's conversation");
        m.setHeader("In-Reply-To", thankYou);
        m.setHeader("References", thankYou);
        m.setText("Thanks Alex, it was good to meet you. We will be in touch next week about the next steps.");
        m.setSentDate(new Date());
        m.saveChanges();
        greenMail.getUserManager().getUserByEmail(SENDER).deliver(m);
    }
}
