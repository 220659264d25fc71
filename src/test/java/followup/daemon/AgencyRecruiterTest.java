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
 * An interview a recruiting agency arranged: the interviewer is the client's ({@code nordlicht-data.example}), the
 * recruiter writes from the agency's domain ({@code hays.example}) and is no interviewer. Her address in the record's
 * {@code domains} makes her answer the company's; another recruiter of the same agency, writing about another
 * position, holds nothing. Read by the running daemon on GreenMail.
 */
class AgencyRecruiterTest {
    private static final String THANK_YOU = "nordlicht/thank-you/tom.berger@nordlicht-data.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void the_agency_recruiters_answer_holds_what_is_pending_and_her_colleagues_mail_does_not() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)
                .policyPlus("thank-you { after = 1h, latest = 48h }\n")) {
            h.record("nordlicht", DaemonHarness.interview(Duration.ZERO, "{ name = \"Tom Berger\","
                            + " email = \"tom.berger@nordlicht-data.example\", topics = [\"Kafka\"] }",
                    "company = \"Nordlicht Data\"\n"
                            + "domains = [\"nordlicht-data.example\", \"Lisa.Kraemer@hays.example\"]\n"));
            h.start();
            h.awaitState(THANK_YOU, State.PLANNED);

            IncomingMail.from("Mark Weber <mark.weber@hays.example>", "A new role for you")
                    .text("Hello Alex,\n\nI have a new contract role in Hamburg that may interest you.\n\nMark\n")
                    .deliverTo(h);
            h.awaitPolls(2);
            assertEquals(State.PLANNED, h.message(THANK_YOU).orElseThrow().state(),
                    "another recruiter of the agency holds nothing");

            IncomingMail.from("Lisa Krämer <lisa.kraemer@hays.example>", "Nordlicht Data: next round")
                    .text("Hallo Alex,\n\nNordlicht Data would like to meet you again next week.\n\nLisa\n")
                    .deliverTo(h);

            StoredMessage held = h.awaitState(THANK_YOU, State.HELD);
            assertEquals(Cause.REPLY, held.cause());
            assertTrue(held.reason().contains("lisa.kraemer@hays.example"), held.reason());
        }
    }
}
