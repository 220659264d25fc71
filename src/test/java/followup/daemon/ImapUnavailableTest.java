package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message to the company goes out only after a look at the mailbox found no reply (PRODUCT.md section 4): with
 * the IMAP server unreachable (a proxy in front of GreenMail's IMAP port, switched off) the follow-up waits, and
 * goes out once when the mailbox is back, or is skipped with a notice once its latest bound has passed.
 */
class ImapUnavailableTest {
    static final Figures.Tally TALLY = new Figures.Tally("IMAP unreachable when a follow-up is due (proxy switched"
            + " off, then on or not)", ImapUnavailableTest.class);

    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String UNCHECKED = "acme/notice/unchecked:" + FOLLOW_UP;
    // the mailbox goes off once the thank-you is sent, which must be before the follow-up is due: 11 seconds leave
    // room for a send slowed by a loaded machine, where 3 did not
    private static final String POLICY = """
            thank-you { after = 1s }
            follow-up { after = 12s }
            second-follow-up { after = 60s }
            """;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private SwitchableProxy imap;

    /** The unreachable mailbox's warnings, asserted by each test and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, Settlements.class);

    @BeforeEach
    void startProxy() throws Exception {
        imap = SwitchableProxy.start(greenMail.getImap().getPort());
    }

    @AfterEach
    void stopProxy() throws Exception {
        imap.close();
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    /**
     * One warning when the mailbox went down and one when it came back, none per poll; each put-off send of the
     * follow-up said why.
     */
    private void assertWarnedWhileDown() {
        List<String> mailboxWarnings = log.warnings().stream().filter(m -> m.startsWith("Mailbox "))
                .map(m -> m.replaceAll(" \\(.*", "")).toList();
        assertEquals(List.of("Mailbox unreachable", "Mailbox reachable again"), mailboxWarnings,
                "one warning when it went down, one when it came back, none per poll");
        // the others: the follow-up put off, and the copies of what went out that the sent folder could not take
        List<String> others = log.warnings().stream().filter(m -> !m.startsWith("Mailbox ")).toList();
        String putOff = "Not sending " + FOLLOW_UP + " yet: reply check unavailable: ";
        assertTrue(others.stream().anyMatch(m -> m.startsWith(putOff)), others.toString());
        assertTrue(others.stream().allMatch(m -> m.startsWith(putOff)
                || m.contains(": sent, but no copy is in the sent folder: ")), others.toString());
        assertEquals(List.of(), log.errors());
    }

    private DaemonHarness harness(String policy) {
        return new DaemonHarness(root, greenMail).ports(greenMail.getSmtp().getPort(), imap.port()).policyPlus(policy);
    }

    @Test
    void a_follow_up_due_while_the_mailbox_is_unreachable_waits_and_goes_out_once_when_it_is_back() throws Exception {
        try (DaemonHarness h = harness(POLICY)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            imap.off();
            h.awaitTrue("the follow-up to be put off twice for the reply check", () -> h.message(FOLLOW_UP)
                    .map(m -> m.state() == State.PLANNED && m.attempts() >= 2
                            && m.reason().startsWith("reply check unavailable")).orElse(false));
            StoredMessage waiting = h.message(FOLLOW_UP).orElseThrow();
            assertTrue(waiting.reason().contains("127.0.0.1:" + imap.port()), waiting.reason());
            assertTrue(imap.refused() > 0, "the daemon never tried the mailbox");
            PlanOutput.Line line = PlanOutput.of(h, "acme").get(FOLLOW_UP);
            assertEquals("planned", line.state(), line.toString());
            assertTrue(line.reason().startsWith("reply check unavailable"), line.toString());
            assertEquals(List.of(thankYou), h.messageIds(CONTACT));

            imap.on();
            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.SENT);
            h.awaitPolls(1);
            assertWarnedWhileDown();

            List<String> toJane = h.messageIds(CONTACT);
            TALLY.cases(1).duplicates(toJane.size() - toJane.stream().distinct().count())
                    .lost(toJane.contains(followUp.messageId()) ? 0 : 1);
            assertEquals(List.of(thankYou, followUp.messageId()), toJane);
            assertTrue(followUp.sentAt().isBefore(followUp.latest()), followUp.toString());
            assertTrue(h.message(UNCHECKED).isEmpty(), "a notice said the follow-up was not sent");
        }
    }

    @Test
    void a_follow_up_whose_mailbox_stays_unreachable_past_its_latest_bound_is_skipped_with_a_notice()
            throws Exception {
        try (DaemonHarness h = harness(POLICY + "missed-grace = 4s\n")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            imap.off();
            StoredMessage skipped = h.awaitState(FOLLOW_UP, State.SKIPPED);
            assertEquals("reply check unavailable", skipped.reason());
            assertTrue(skipped.attempts() >= 2, skipped.toString());
            StoredMessage notice = h.awaitState(UNCHECKED, State.SENT);
            assertEquals(SENDER, notice.recipient());
            String body = h.delivered(SENDER, notice.messageId()).getContent().toString();
            assertTrue(body.contains(FOLLOW_UP) && body.contains("127.0.0.1:" + imap.port()), body);
            assertEquals(new PlanOutput.Line("skipped", "reply check unavailable"),
                    PlanOutput.of(h, "acme").get(FOLLOW_UP));

            imap.on();
            h.awaitPolls(2);

            List<String> toJane = h.messageIds(CONTACT);
            TALLY.cases(1).duplicates(toJane.size() - toJane.stream().distinct().count());
            assertEquals(List.of(thankYou), toJane);
            assertEquals(State.SKIPPED, h.message(FOLLOW_UP).orElseThrow().state());
            h.awaitTrue("the mailbox's return in the log", () -> log.warnings().contains("Mailbox reachable again"));
            assertWarnedWhileDown();
        }
    }
}
