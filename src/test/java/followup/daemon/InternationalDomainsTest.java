package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An interviewer whose address the record writes with a domain in Unicode ({@code münchen.example}), and a colleague
 * who answers from the same domain as mail servers write it, in ASCII ({@code xn--mnchen-3ya.example}), with an
 * upper-case local part: read by the running daemon on GreenMail.
 */
class InternationalDomainsTest {
    private static final String THANK_YOU = "acme/thank-you/katrin.vogel@münchen.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void an_answer_from_the_companys_domain_written_in_ascii_holds_what_is_pending() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)
                .policyPlus("thank-you { after = 1h, latest = 48h }\n")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, "{ name = \"Katrin Vogel\","
                    + " email = \"katrin.vogel@münchen.example\", topics = [\"die Fernwärme-Planung\"] }", ""));
            h.start();
            h.awaitState(THANK_YOU, State.PLANNED);

            IncomingMail.from("Jonas Weiss <Jonas.Weiss@XN--MNCHEN-3YA.example>", "Ihr Gespräch bei uns")
                    .text("Hallo Alex,\n\nFrau Vogel ist diese Woche unterwegs; ich melde mich wegen des zweiten"
                            + " Gesprächs.\n\nJonas Weiss\n").deliverTo(h);

            StoredMessage held = h.awaitState(THANK_YOU, State.HELD);
            assertEquals(Cause.REPLY, held.cause());
            assertTrue(held.reason().contains("jonas.weiss@xn--mnchen-3ya.example"), held.reason());
        }
    }

    /** The bounce's server writes the address in ASCII only, as most do: the address the record wrote is held. */
    @Test
    void a_bounce_naming_the_address_in_ascii_holds_what_is_planned_for_it() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 4s }
                second-follow-up { after = 1s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, "{ name = \"Katrin Vogel\","
                    + " email = \"katrin.vogel@münchen.example\", topics = [\"die Fernwärme-Planung\"] }", ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.deliveryFailure(thankYou, "katrin.vogel@xn--mnchen-3ya.example").deliverTo(h);

            h.awaitState(THANK_YOU, State.BOUNCED);
            StoredMessage followUp = h.awaitState("acme/follow-up/katrin.vogel@münchen.example", State.HELD);
            assertEquals("address bounced", followUp.reason());
            StoredMessage notice = h.awaitState("acme/notice/bounce:katrin.vogel@münchen.example", State.SENT);
            assertFalse(notice.body().contains("passed"), notice.body());
        }
    }

    /** A report that quotes none of our Message-IDs, only the address, in ASCII: still that address's bounce. */
    @Test
    void a_bounce_naming_only_the_ascii_address_holds_what_is_planned_for_it() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 4s }
                second-follow-up { after = 1s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, "{ name = \"Katrin Vogel\","
                    + " email = \"katrin.vogel@münchen.example\", topics = [\"die Fernwärme-Planung\"] }", ""));
            h.start();
            h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.deliveryFailure("<relayed.4711@gateway.example>", "katrin.vogel@xn--mnchen-3ya.example")
                    .deliverTo(h);

            StoredMessage followUp = h.awaitState("acme/follow-up/katrin.vogel@münchen.example", State.HELD);
            assertEquals("address bounced", followUp.reason());
            h.awaitState("acme/notice/bounce:katrin.vogel@münchen.example", State.SENT);
        }
    }
}
