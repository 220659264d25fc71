package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
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
 * Mail with list headers from the company, read by the running daemon: the company's newsletter changes nothing, but
 * the contact writing from her own address through a recruiting tool that adds {@code List-Unsubscribe} (and no
 * {@code Precedence} or {@code List-Id}) to all it sends, as bulk-sender rules made most tools do, is her answer.
 */
class ListMarkedMailTest {
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void the_contact_writing_through_a_tool_that_marks_its_mail_as_a_list_holds_the_follow_up() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 40s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState("acme/thank-you/jane@acme.example", State.SENT);

            IncomingMail.from("Acme Corp <news@acme.example>", "Life at Acme: our December update")
                    .header("List-Unsubscribe", "<https://mail.acme.example/u/9f2c>, <mailto:unsub-9f2c@acme.example>")
                    .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .header("Precedence", "bulk")
                    .text("Hello from all of us at Acme! This month: our new office in Lisbon.\n").deliverTo(h);
            h.awaitPolls(2);
            assertEquals(State.PLANNED, h.message(FOLLOW_UP).orElseThrow().state(), "the newsletter held it");

            IncomingMail.from("Jane Doe <jane@acme.example>", "Next steps for the Platform Engineer role")
                    .header("List-Unsubscribe", "<https://app.recruitcrm.example/unsubscribe/c81d7e>")
                    .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .text("Hi Alex,\n\nthe team enjoyed meeting you. Could you do a final round on Thursday?\n\n"
                            + "Jane\n").deliverTo(h);

            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(Cause.REPLY, followUp.cause());
            assertTrue(followUp.reason().contains("jane@acme.example"), followUp.reason());
        }
    }
}
