package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.Cause;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interviewer at a subdomain of the company ({@code us.initech.example}, as IBM's people write from
 * {@code us.ibm.com}) and a recruiter who answers from the company's own domain ({@code initech.example}), the record
 * naming no {@code domains}: read by the running daemon on GreenMail.
 */
class SubdomainColleaguesTest {
    private static final String THANK_YOU = "acme/thank-you/raj@us.initech.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void a_recruiter_writing_from_the_domain_above_the_interviewers_holds_what_is_pending() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)
                .policyPlus("thank-you { after = 1h, latest = 48h }\n")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, "{ name = \"Raj Patel\","
                    + " email = \"raj@us.initech.example\", topics = [\"on-call\"] }", ""));
            h.start();
            h.awaitState(THANK_YOU, State.PLANNED);

            IncomingMail.from("Sam Rivera <sam.rivera@initech.example>", "Your interview with Raj")
                    .text("Hi Alex,\n\nRaj enjoyed your conversation. Are you free for a final round on Monday?\n\n"
                            + "Sam Rivera, Talent Acquisition\n").deliverTo(h);

            StoredMessage held = h.awaitState(THANK_YOU, State.HELD);
            assertEquals(Cause.REPLY, held.cause());
            assertTrue(held.reason().contains("sam.rivera@initech.example"), held.reason());
        }
    }
}
