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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop while the mailbox's IMAP server takes the connection and never answers: the poll and the reply check before
 * a send wait for it (up to {@code mail.imap.timeout}, 60 s here), and the stop must not wait with them.
 */
class ImapSilentServerTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /**
     * The thank-you waits for its reply check, which waits for a server that never greets: the stop cuts the wait
     * short, the thank-you is neither sent nor given up nor counted as an attempt, the stop is not reported as the
     * mailbox going down, and the thank-you goes at the next start, checked against a mailbox that answers.
     */
    @Test
    void stopping_cuts_short_a_reply_check_the_server_does_not_answer_and_the_message_goes_at_the_next_start()
            throws Exception {
        try (Tarpit tarpit = new Tarpit();
             DaemonHarness h = new DaemonHarness(root, greenMail)
                     .policyPlus("follow-up { after = 10m }\ndebrief { after = 10m }\n")
                     .mail("imap { timeout = 60s, connect-timeout = 60s }")) {
            h.ports(greenMail.getSmtp().getPort(), tarpit.port());
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(5), JANE, ""));
            h.start();
            h.awaitTrue("the thank-you to wait for its reply check", () -> tarpit.wasTried() && waitingFor(
                    "followup.daemon.Mailbox.checkedSince"));

            Duration stopping;
            List<String> warned;
            try (Listened mailbox = Listened.to(Mailbox.class)) {
                long start = System.nanoTime();
                h.stop();
                stopping = Duration.ofNanos(System.nanoTime() - start);
                warned = mailbox.events().stream().map(e -> e.getFormattedMessage()).toList();
            }
            assertTrue(stopping.compareTo(Duration.ofSeconds(20)) < 0, "the stop waited " + stopping
                    + " for an IMAP server that does not answer (timeout 60 s)");
            assertTrue(warned.stream().noneMatch(w -> w.startsWith("Mailbox unreachable")), warned::toString);
            StoredMessage parked = h.message(THANK_YOU).orElseThrow();
            assertEquals(State.PLANNED, parked.state(), parked.reason());
            assertTrue(parked.reason().startsWith("not sent: followup stopped during its reply check"),
                    parked.reason());
            assertEquals(0, parked.attempts(), "a reply check cut short by the stop is not an attempt");
            assertEquals(List.of(), h.inbox("jane@acme.example"));

            h.ports(greenMail.getSmtp().getPort(), greenMail.getImap().getPort());
            h.start();
            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
    }

    /** Whether a thread of this JVM is in {@code method} (class name, a dot, method name) right now. */
    private static boolean waitingFor(String method) {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                .anyMatch(f -> (f.getClassName() + "." + f.getMethodName()).equals(method)));
    }
}
