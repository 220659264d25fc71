package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup hold} and {@code followup resume} against a running daemon. */
class HoldAndResumeTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final List<String> TO_COMPANY = List.of(THANK_YOU, FOLLOW_UP, SECOND);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The harness of every test here, on an H2 file; the OnPostgres subclass runs them on PostgreSQL. */
    DaemonHarness harness() {
        return new DaemonHarness(root, greenMail);
    }

    @Test
    void held_messages_are_not_delivered_when_due_and_go_out_once_resumed() throws Exception {
        try (DaemonHarness h = harness()) {
            // the hold must land before the thank-you is due: a few seconds of start-up and one command line
            h.policyPlus("""
                    thank-you { after = 10s }
                    follow-up { after = 12s }
                    second-follow-up { after = 60s }
                    """);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            DaemonHarness.CliResult hold = h.cli("hold", "acme", "--reason", "x");
            assertEquals(0, hold.code(), hold.toString());
            for (String key : TO_COMPANY) {
                StoredMessage m = h.message(key).orElseThrow();
                assertEquals(State.HELD, m.state(), key);
                assertEquals("held by you: x", m.reason(), key);
            }
            DaemonHarness.CliResult status = h.cli("status", "--json");
            assertEquals("[\"acme\"]", new com.fasterxml.jackson.databind.ObjectMapper().readTree(status.out())
                    .get("onHold").toString(), status.toString());
            h.awaitInstant("the follow-up's due instant", h.message(FOLLOW_UP).orElseThrow().due().plusSeconds(1));
            h.awaitPolls(1);
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            for (String key : TO_COMPANY) {
                assertEquals(State.HELD, h.message(key).orElseThrow().state(), key);
            }

            DaemonHarness.CliResult resume = h.cli("resume", "acme");
            assertEquals(0, resume.code(), resume.toString());
            assertEquals(State.PLANNED, h.message(SECOND).orElseThrow().state());

            StoredMessage thankYou = h.awaitState(THANK_YOU, State.SENT);
            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.SENT);
            h.awaitPolls(1);
            assertEquals(List.of(thankYou.messageId(), followUp.messageId()).stream().sorted().toList(),
                    h.messageIds("jane@acme.example").stream().sorted().toList());
            assertEquals(State.PLANNED, h.message(SECOND).orElseThrow().state());
        }
    }

    /** A second hold with another reason: the messages say the new one, as the interview's hold does. */
    @Test
    void holding_again_with_another_reason_gives_the_held_messages_the_new_reason() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("""
                    thank-you { after = 1h, latest = 2h }
                    follow-up { after = 2h }
                    second-follow-up { after = 3h }
                    """);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitTrue("the messages to be planned", () -> h.message(SECOND).isPresent());

            assertEquals(0, h.cli("hold", "acme", "--reason", "waiting for the recruiter").code());
            DaemonHarness.CliResult again = h.cli("hold", "acme", "--reason", "an offer elsewhere, deciding");
            assertEquals(0, again.code(), again.toString());
            assertTrue(again.out().matches("(?s)Held acme: \\d+ pending messages will not be sent.*"),
                    again.toString());
            for (String key : TO_COMPANY) {
                StoredMessage m = h.message(key).orElseThrow();
                assertEquals(State.HELD, m.state(), key);
                assertEquals("held by you: an offer elsewhere, deciding", m.reason(), key);
            }
            // status lists the held messages with the new reason (its events keep both holds, as history)
            DaemonHarness.CliResult status = h.cli("status", "--json");
            for (com.fasterxml.jackson.databind.JsonNode m : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(status.out()).get("held")) {
                assertEquals("held by you: an offer elsewhere, deciding", m.get("reason").asText(), status.out());
            }
        }
    }
}
