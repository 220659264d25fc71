package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message a crash left in {@code sending} (no SMTP answer recorded): looked up in the sent folder, then held as
 * failed (the default) or sent again ({@code policy.on-uncertain = resend}).
 */
class UncertainSendTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String LATER = "follow-up { after = 60s }\ndebrief { after = 60s }\n";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The warnings of the interrupted send found at start, asserted by each test and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(CandidateRun.class, Mailbox.class);

    private static final String CHECKING = THANK_YOU + " was being sent when followup stopped; checking whether it"
            + " went out";

    /** The warnings at start: that the thank-you was being sent, and then {@code more}. */
    private void warned(String... more) {
        List<String> expected = new java.util.ArrayList<>(List.of(CHECKING));
        expected.addAll(List.of(more));
        assertEquals(expected, log.warnings());
        assertEquals(List.of(), log.errors());
    }

    /**
     * Plans the thank-you with a first run (the interview still ahead, so nothing goes out), then leaves the store as
     * a crash during its SMTP conversation would: state {@code sending}, one attempt, no reply; and the record as it
     * is by now, the interview over and the thank-you due.
     */
    static StoredMessage crashWhileSending(DaemonHarness h) throws Exception {
        LocalDateTime now = LocalDateTime.now(DaemonHarness.ZONE).truncatedTo(ChronoUnit.SECONDS);
        h.record("acme", DaemonHarness.interviewAt(now.plusHours(1), JANE, ""));
        h.start();
        StoredMessage planned = h.message(THANK_YOU).orElseThrow();
        assertEquals(State.PLANNED, planned.state());
        h.stop();

        h.record("acme", DaemonHarness.interviewAt(now.minusSeconds(10), JANE, ""));
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE fu_messages SET state = 'SENDING', attempts = 1,"
                     + " last_reply = NULL WHERE msg_key = ?")) {
            ps.setString(1, THANK_YOU);
            assertEquals(1, ps.executeUpdate());
        }
        return planned;
    }

    /** The harness of every test here, on an H2 file; the OnPostgres subclass runs them on PostgreSQL. */
    DaemonHarness harness() {
        return new DaemonHarness(root, greenMail);
    }

    @Test
    void an_uncertain_message_is_failed_by_default_with_a_notice_and_never_delivered() throws Exception {
        try (DaemonHarness h = harness().policyPlus(LATER)) {
            crashWhileSending(h);

            h.start();

            StoredMessage failed = h.awaitState(THANK_YOU, State.FAILED);
            assertTrue(failed.reason().startsWith("uncertain"), failed.reason());
            StoredMessage notice = h.awaitState("acme/notice/uncertain:" + THANK_YOU, State.SENT);
            h.delivered(SENDER, notice.messageId());
            h.awaitPolls(1);

            assertEquals(List.of(), h.inbox("jane@acme.example"));
            assertEquals(State.FAILED, h.message(THANK_YOU).orElseThrow().state());
        }
        warned("Uncertain " + THANK_YOU + ": uncertain: interrupted during sending (no answer from the server was"
                + " recorded); not found in the sent folder");
    }

    @Test
    void an_uncertain_message_is_delivered_exactly_once_when_the_policy_says_resend() throws Exception {
        try (DaemonHarness h = harness().policyPlus(LATER + "on-uncertain = resend\n")) {
            StoredMessage planned = crashWhileSending(h);

            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            h.awaitPolls(1);

            assertEquals(planned.messageId(), sent.messageId());
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(State.SENT, h.message(THANK_YOU).orElseThrow().state());
        }
        warned();
    }

    @Test
    void an_uncertain_message_found_in_the_sent_folder_is_marked_sent_without_a_second_delivery()
            throws Exception {
        try (DaemonHarness h = harness().policyPlus(LATER)) {
            StoredMessage planned = crashWhileSending(h);
            // it did go out before the crash: Jane has it, and the mail client's copy is in the sent folder
            MimeMessage copy = copy(planned.messageId());
            greenMail.setUser("jane@acme.example", "jane@acme.example", "jane").deliver(copy);
            appendToSentFolder(h, copy);

            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            h.awaitPolls(1);

            assertEquals(planned.messageId(), sent.messageId());
            assertEquals(List.of(planned.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(State.SENT, h.message(THANK_YOU).orElseThrow().state());
            assertTrue(h.store().ofInterview("acme").stream().noneMatch(m -> m.key().contains("uncertain")));
            assertTrue(h.sent().isEmpty(), "sent again: " + h.sent());
        }
        warned();
    }

    private static MimeMessage copy(String messageId) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(SENDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane@acme.example"));
        m.setSubject("Thank you for today's conversation");
        m.setText("Dear Jane, thank you.");
        m.saveChanges();
        return m;
    }

    /** What the user's mail client does after sending: appends its copy to "Sent" over IMAP. */
    private static void appendToSentFolder(DaemonHarness h, MimeMessage copy) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", h.imapPort(), SENDER, DaemonHarness.PASSWORD);
        try {
            Folder sent = store.getFolder("Sent");
            if (!sent.exists()) {
                sent.create(Folder.HOLDS_MESSAGES);
            }
            sent.appendMessages(new Message[] {copy});
        } finally {
            store.close();
        }
    }
}
