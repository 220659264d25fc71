package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.MailLog;
import followup.store.StoredMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-text Exchange non-delivery report from the company's own {@code postmaster@}, delivered into the INBOX the
 * daemon polls: it holds only the address that bounced, and it is no reply (no reply notice, nothing else held).
 */
class CompanyPostmasterBounceTest {
    private static final String RAJ = "{ name = \"Raj Patel\", email = \"raj@acme.example\", topics = [\"SRE\"] }";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The written Exchange NDR, about our thank-you to jane, from postmaster at the company's domain. */
    private static MimeMessage exchangeNdr(String thankYou) throws Exception {
        String raw;
        try (InputStream in = CompanyPostmasterBounceTest.class.getResourceAsStream(
                "/fixtures/bounces/exchange-legacy-ndr-company-postmaster.eml")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        raw = raw.replace("<thank-you.raj.acme-platform.1@example.test>", thankYou)
                .replace("raj@acme.test", "jane@acme.example").replace("Raj Patel", "Jane Doe")
                .replace("postmaster@acme.test", "postmaster@acme.example").replace("acme.test", "acme.example")
                .replace("alex@example.test", SENDER);
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_bounce_from_the_companys_postmaster_holds_only_that_address_and_is_no_reply() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 30s }
                second-follow-up { after = 1s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, ""));
            h.start();
            String thankYou = h.awaitState("acme/thank-you/jane@acme.example", State.SENT).messageId();
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);

            h.greenMail().getUserManager().getUserByEmail(SENDER).deliver(exchangeNdr(thankYou));

            StoredMessage bounced = h.awaitState("acme/thank-you/jane@acme.example", State.BOUNCED);
            assertTrue(bounced.reason().contains("5.1.1"), bounced.reason());
            assertEquals("address bounced", h.awaitState("acme/follow-up/jane@acme.example", State.HELD).reason());
            h.awaitState("acme/notice/bounce:jane@acme.example", State.SENT);
            h.awaitPolls(1);
            assertEquals(State.SENT, h.message("acme/thank-you/raj@acme.example").orElseThrow().state(),
                    "raj's thank-you is not bounced by jane's");
            assertTrue(h.store().all().stream().filter(m -> "raj@acme.example".equals(m.recipient()))
                    .noneMatch(m -> m.state() == State.HELD || m.state() == State.BOUNCED), "raj is held too");
            assertTrue(h.message("acme/notice/reply").isEmpty(), "a reply notice was queued for a bounce");
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "the bounce was taken for a reply");
        }
    }
}
