package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send path of one sender: messages due together go out over one SMTP connection, share the reply check that
 * began once they were due, and are copied to the sent folder over the mailbox's one IMAP connection. Both servers
 * are reached through proxies that count connections and keep what the daemon said.
 */
class SendPathTest {
    private static final int INTERVIEWERS = 10;
    private static final Pattern STATUS = Pattern.compile("STATUS INBOX \\(UIDNEXT UIDVALIDITY\\)");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private SwitchableProxy smtp;
    private SwitchableProxy imap;

    @BeforeEach
    void startProxies() throws Exception {
        smtp = SwitchableProxy.start(greenMail.getSmtp().getPort());
        imap = SwitchableProxy.start(greenMail.getImap().getPort());
    }

    @AfterEach
    void stopProxies() throws Exception {
        smtp.close();
        imap.close();
    }

    private static String interviewers() {
        return IntStream.range(0, INTERVIEWERS).mapToObj(i -> "{ name = \"Person " + i + "\", email = \"p" + i
                + "@acme.example\", topics = [\"topic " + i + "\"] }").collect(Collectors.joining("\n"));
    }

    @Test
    void ten_thank_yous_due_together_share_one_smtp_connection_one_imap_login_and_a_few_reply_checks()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).ports(smtp.port(), imap.port())
                .mail("imap { poll-interval = 1h }").policyPlus("""
                        thank-you { after = 4s }
                        debrief { enabled = false }
                        follow-up { after = 10m }
                        """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, interviewers(), ""));
            h.start();
            List<String> keys = IntStream.range(0, INTERVIEWERS).mapToObj(i -> "acme/thank-you/p" + i
                    + "@acme.example").toList();
            h.awaitTrue("every thank-you sent", () -> keys.stream()
                    .allMatch(k -> h.message(k).map(m -> m.state() == State.SENT).orElse(false)));
            h.awaitTrue("every copy in the sent folder", () -> sentFolderSize(h) == INTERVIEWERS);

            assertEquals(1, smtp.connections(), "one SMTP connection for " + INTERVIEWERS + " messages");
            // the poll at start-up reads a folder it has never seen with SEARCH, or asks STATUS when it has; every
            // later check asks STATUS
            int checks = count(STATUS, imap.fromClients());
            assertTrue(checks >= 1 && checks <= INTERVIEWERS / 2 + 1, checks + " STATUS for " + INTERVIEWERS
                    + " messages due together");
            assertEquals(1, imap.connections(), "one IMAP login for the poll, the checks and the copies");
            assertEquals(INTERVIEWERS, count(Pattern.compile("APPEND \"?Sent\"? "), imap.fromClients()));
        }
    }

    private static int sentFolderSize(DaemonHarness h) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), DaemonHarness.SENDER, DaemonHarness.PASSWORD);
            Folder sent = store.getFolder("Sent");
            return sent.exists() ? sent.getMessageCount() : 0;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }
}
