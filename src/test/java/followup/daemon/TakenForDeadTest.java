package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clustered daemon paused in the middle of a send (a long garbage collection, a process stopped) for longer than
 * the check-in grace: another daemon takes it for dead and recovers its message, which it does not find in the sent
 * folder, so it reports it {@code failed (uncertain)}. Then the paused daemon goes on and gets the server's 250: the
 * message did go out, and must be recorded and logged as sent, not left uncertain.
 */
class TakenForDeadTest {
    private static final String KEY = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @TempDir
    Path root;

    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, Dispatcher.class, Settlements.class);


    @Test
    void a_250_that_comes_after_another_daemon_reported_the_message_uncertain_marks_it_sent_and_says_so()
            throws Exception {
        smtp.answerLater();
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp).store(PostgresServer.newDatabase())
                .cluster().policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitTrue("the thank-you's data in, its answer held", () -> smtp.waitingForAnswer() == 1);
            assertEquals(State.SENDING, h.message(KEY).orElseThrow().state());

            // what a daemon taking this one for dead does with the message it had claimed (Quartz's recovery)
            h.daemon().router().recover(KEY);
            StoredMessage reported = h.message(KEY).orElseThrow();
            assertEquals(State.FAILED, reported.state(), reported.toString());
            assertTrue(reported.reason().startsWith("uncertain: "), reported.reason());

            smtp.answerNow();                                   // the paused daemon goes on: the server's 250
            h.awaitTrue("the late 250 recorded", () -> h.message(KEY).orElseThrow().state() == State.SENT);
            StoredMessage sent = h.message(KEY).orElseThrow();
            assertTrue(sent.reason().contains("uncertain"), "the reason keeps that it had been reported uncertain: "
                    + sent.reason());
            assertEquals(1, h.messageIds("jane@acme.example").size(), "the thank-you, once");
            // the warning and the notice follow the SENT commit on the same thread: waited for, not looked at at once
            java.util.function.Supplier<List<String>> afterAll = () -> log.events().stream()
                    .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(KEY) && m.contains("250"))
                    .toList();
            h.awaitTrue("the warning that it went out after all", () -> !afterAll.get().isEmpty());
            h.awaitTrue("the notice that it went out after all",
                    () -> h.message("acme/notice/sent-after-all:" + KEY).isPresent());
            assertEquals(1, afterAll.get().size(), "one warning says it went out after all: " + log);

            // the job seeker was told to check whether it went out, and to send it themselves if not: now they are
            // told it did, so that they do not send it a second time
            assertTrue(h.message("acme/notice/uncertain:" + KEY).isPresent(), "the first notice");
            StoredMessage correction = h.message("acme/notice/sent-after-all:" + KEY).orElseThrow(
                    () -> new AssertionError("no notice that the message went out after all"));
            assertTrue(correction.subject().contains("did go out") && correction.subject().contains(
                    "jane@acme.example"), correction.subject());
            assertTrue(correction.body().contains("Do not send it yourself"), correction.body());
        }
    }
}
