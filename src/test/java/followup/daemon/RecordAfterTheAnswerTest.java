package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company wrote after the interview, before the user wrote the interview's record (the evening after, or the
 * next morning): the poll had read that message already, when it concerned no interview. Once the record exists it
 * is an answer to it like any other, and holds what is pending to the company.
 */
class RecordAfterTheAnswerTest {
    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void an_answer_read_before_the_record_was_written_holds_its_messages() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            Files.createDirectories(h.interviews());
            h.start();
            String record = DaemonHarness.interview(Duration.ofSeconds(30), JANE, "");
            IncomingMail.from(CONTACT, "Second round?").deliverTo(h);
            h.awaitPolls(2);

            h.record("acme", record);

            assertHeldByTheAnswer(h);
        }
    }

    @Test
    void an_answer_read_before_the_record_was_written_while_followup_was_stopped_holds_its_messages()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            Files.createDirectories(h.interviews());
            h.start();
            String record = DaemonHarness.interview(Duration.ofSeconds(30), JANE, "");
            IncomingMail.from(CONTACT, "Second round?").deliverTo(h);
            h.awaitPolls(2);
            h.stop();

            h.record("acme", record);
            h.start();

            assertHeldByTheAnswer(h);
        }
    }

    private static void assertHeldByTheAnswer(DaemonHarness h) {
        h.awaitTrue("the thank-you sent or held", () -> h.message(THANK_YOU)
                .filter(m -> Set.of(State.SENT, State.HELD).contains(m.state())).isPresent());
        StoredMessage thankYou = h.message(THANK_YOU).orElseThrow();
        assertEquals(State.HELD, thankYou.state(), thankYou.reason());
        assertTrue(thankYou.reason().startsWith("reply from " + CONTACT + " at "), thankYou.reason());
        StoredMessage followUp = h.awaitState(FOLLOW_UP, State.HELD);
        if (followUp.due().isAfter(java.time.Instant.now())) {
            h.awaitInstant("the follow-up's due instant", followUp.due().plusSeconds(1));
        }
        h.awaitPolls(1);
        assertEquals(List.of(), h.messageIds(CONTACT), "nothing went to the company");
        assertEquals(State.HELD, h.message(FOLLOW_UP).orElseThrow().state());
        h.awaitState("acme/notice/reply", State.SENT);
    }
}
