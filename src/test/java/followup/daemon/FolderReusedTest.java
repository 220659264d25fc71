package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.Main;
import followup.config.Deployment;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A candidate's folder given to another job seeker (a coach's {@code sam} for the next client), who interviews with
 * the same person under the same record's name, and the same job seeker who only changed the address they send from.
 * The first must thank Jane for their own interview; the second must not thank her twice.
 */
class FolderReusedTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "sam/acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private Path config;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger runLog = (Logger) LoggerFactory.getLogger(CandidateRun.class);

    @BeforeEach
    void listen() {
        runLog.setAdditive(false);              // to the list only: the warning asserted here stays off the console
        log.start();
        runLog.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        runLog.detachAppender(log);
        runLog.setAdditive(true);
    }

    @Test
    void a_folder_given_to_another_job_seeker_thanks_the_same_interviewer_for_their_own_interview() throws Exception {
        deployment();
        Path sam = candidate("Sam Lee", "sam.lee@example.com");
        record(sam, DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        runUntil(() -> fromTo("sam.lee@example.com").size() == 1, "Sam Lee's thank-you");

        // the next client gets the folder: another address, another interview at Acme with Jane
        candidate("Sam Park", "sam.park@example.com");
        record(sam, DaemonHarness.interview(Duration.ofMinutes(10), DaemonHarness.JANE, ""));
        runUntil(() -> fromTo("sam.park@example.com").size() == 1, "Sam Park's thank-you");

        assertEquals(1, fromTo("sam.lee@example.com").size());
        String warning = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("sends"
                + " from sam.park@example.com now, and sent from sam.lee@example.com before")).findFirst().orElse(
                        "none in " + log.list);
        assertTrue(warning.startsWith("Candidate sam sends"), warning);
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            List<StoredMessage> all = new MessageStore(db).all();
            StoredMessage now = all.stream().filter(m -> m.key().equals(KEY)).findFirst().orElseThrow();
            assertEquals(State.SENT, now.state(), now.toString());
            StoredMessage before = all.stream().filter(m -> m.key().matches("sam~[0-9a-f]{8}/acme/thank-you/jane@"
                    + "acme.example")).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
            assertEquals(State.SENT, before.state(), "Sam Lee's, kept: " + before);
            assertTrue(!before.messageId().equals(now.messageId()), now.messageId());
        }
        Cli status = cli("status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains(", sent 2,"), status.out());     // Sam Lee's and Sam Park's
        assertTrue(status.out().contains("sam (sam.park@example.com): planned 3, sent 1"), status.out());
    }

    /**
     * {@code status --candidate sam} lists the folder's messages kept under the former sender's name, as {@code
     * status} does: they were in the store and in the totals of everyone's status, but missing from the folder's own.
     */
    @Test
    void status_of_the_folder_lists_the_former_senders_messages_too() throws Exception {
        deployment();
        Path sam = candidate("Sam Lee", "sam.lee@example.com");
        record(sam, DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        runUntil(() -> fromTo("sam.lee@example.com").size() == 1, "Sam Lee's thank-you");
        candidate("Sam Park", "sam.park@example.com");
        record(sam, DaemonHarness.interview(Duration.ofMinutes(10), DaemonHarness.JANE, ""));
        runUntil(() -> fromTo("sam.park@example.com").size() == 1, "Sam Park's thank-you");

        Cli status = cli("status", "--candidate", "sam");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains(", sent 2,"), status.out());     // Sam Lee's and Sam Park's, as everyone's
        assertTrue(status.out().matches("(?s).*  sent  sam~[0-9a-f]{8}/acme/thank-you/jane@acme\\.example.*"),
                status.out());
        Cli json = cli("status", "--candidate", "sam", "--json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"sent\" : 2") || json.out().contains("\"sent\":2"), json.out());
    }

    @Test
    void a_job_seeker_who_changed_their_address_does_not_thank_anyone_again() throws Exception {
        deployment();
        Path sam = candidate("Sam Lee", "sam.lee@example.com");
        record(sam, DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        runUntil(() -> fromTo("sam.lee@example.com").size() == 1, "Sam's thank-you");

        candidate("Sam Lee", "sam@lee.example");              // the same person, their own domain now
        runUntil(this::settled, "the thank-you under the new address, settled");

        Map<String, String> toJane = toJane();
        assertEquals(1, toJane.size(), () -> "Jane was thanked once: " + toJane);
    }

    /** The thank-you under the folder's name went out or was skipped (after a start, which plans it anew). */
    private boolean settled() throws Exception {
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            return new MessageStore(db).find(KEY).map(m -> m.state() == State.SENT || m.state() == State.SKIPPED)
                    .orElse(false);
        }
    }

    private void runUntil(java.util.concurrent.Callable<Boolean> done, String what) throws Exception {
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(done);
        }
    }

    private record Cli(int code, String out, String err) {
    }

    private Cli cli(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(all, Clock.systemUTC(), o, e);
        }
        return new Cli(code, out.toString(), err.toString());
    }

    private void deployment() throws IOException {
        config = LiveConfig.deployment(root, LiveConfig.THANK_YOUS_ONLY.replace("thank-you { after = 0s",
                "thank-you { after = 2s"));
    }

    /** The folder {@code sam}, whose job seeker is {@code name}, sending from {@code email} (a GreenMail user). */
    private Path candidate(String name, String email) throws IOException {
        greenMail.setUser(email, email, "secret");
        return LiveConfig.candidate(root, "sam", name, email, "secret", greenMail.getSmtp().getPort(),
                greenMail.getImap().getPort());
    }

    private static void record(Path candidateDir, String hocon) throws IOException {
        Files.writeString(candidateDir.resolve("interviews/acme.conf"), hocon);
    }

    /** The messages to Jane, one per Message-ID (the copy in the sender's sent folder has the same), with their From. */
    private static Map<String, String> toJane() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (jakarta.mail.Address a : Optional.ofNullable(m.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])) {
                if (((InternetAddress) a).getAddress().equalsIgnoreCase("jane@acme.example")) {
                    out.put(m.getMessageID(), ((InternetAddress) m.getFrom()[0]).getAddress());
                }
            }
        }
        return out;
    }

    private static List<String> fromTo(String sender) throws Exception {
        return toJane().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(sender))
                .map(Map.Entry::getKey).toList();
    }
}
