package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Deployment;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The cluster's case of {@link InterruptedThenRenamedTest}: a clustered daemon ({@code target/followup.jar}, one
 * process) killed with SIGKILL while carol's thank-you waits for the server's answer, then her folder renamed
 * ({@code carol} to {@code carol-diaz}) before a daemon of the cluster starts again. Quartz hands the dead daemon's
 * send to the new one as a recovery, under the former name: it must be settled (found in the sent folder, or
 * {@code failed (uncertain)} with a notice to her), never left {@code sending} for good while the new name's thank-you
 * is skipped as going out.
 */
class InterruptedThenRenamedClusterIT {
    private static final String KEY = "carol/globex/thank-you/jane@acme.example";
    private static final Path JAR = Path.of("target/followup.jar").toAbsolutePath();
    private static final String CAROL = "carol@example.com";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    /** Kept when the test fails: the killed daemon's log. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final List<Process> launched = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<Logger> quiet = List.of((Logger) LoggerFactory.getLogger(Mailbox.class),
            (Logger) LoggerFactory.getLogger(CandidateRun.class), (Logger) LoggerFactory.getLogger(Router.class),
            (Logger) LoggerFactory.getLogger(Dispatcher.class), (Logger) LoggerFactory.getLogger(Daemon.class));

    @BeforeEach
    void listen() {
        log.start();
        for (Logger l : quiet) {
            l.setAdditive(false);          // to the list only: the warnings of the takeover stay off the console
            l.addAppender(log);
        }
    }

    @AfterEach
    void stopListening() throws InterruptedException {
        for (Logger l : quiet) {
            l.detachAppender(log);
            l.setAdditive(true);
        }
        for (Process p : launched) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_send_cut_by_a_kill_under_a_folder_renamed_before_the_restart_is_settled_by_the_cluster() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run `mvn package` (failsafe runs after it)");
        String url = PostgresServer.newDatabase();
        Path config = deployment(url);
        greenMail.setUser(CAROL, CAROL, "secret");
        Path carol = LiveConfig.candidate(root, "carol", "Carol Diaz", CAROL, "secret", smtp.port(),
                greenMail.getImap().getPort());
        String record = DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, "");
        Files.writeString(carol.resolve("interviews/globex.conf"), record);

        smtp.answerLater();
        Path out = root.resolve("killed.log");
        Process killed = start(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", "--config", config.toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()));
        awaitWhile(killed, "the thank-you's data in, its answer held", Duration.ofSeconds(90),
                () -> smtp.waitingForAnswer() == 1, out);
        killed.destroyForcibly();
        assertTrue(killed.waitFor(10, TimeUnit.SECONDS), "the daemon did not die within 10 s of SIGKILL");
        smtp.answerNow();                        // the server took it; its 250 went to a connection already closed

        try (Database db = Database.open(url)) {
            MessageStore store = new MessageStore(db);
            assertEquals(State.SENDING, store.find(KEY).orElseThrow().state(), "the send the kill cut");
            Files.walk(carol).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            Path diaz = LiveConfig.candidate(root, "carol-diaz", "Carol Diaz", CAROL, "secret", smtp.port(),
                    greenMail.getImap().getPort());
            Files.writeString(diaz.resolve("interviews/globex.conf"), record);   // the same record, renamed folder

            try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
                // the takeover comes once the killed daemon missed its check-ins: 5 s and Quartz's 7.5 s grace
                awaitTrue("the interrupted send settled", Duration.ofSeconds(60),
                        () -> store.find(KEY).orElseThrow().state() != State.SENDING, store);
                StoredMessage was = store.find(KEY).orElseThrow();
                assertEquals(State.FAILED, was.state(), was.toString());
                assertTrue(was.reason().startsWith("uncertain: "), was.reason());
                awaitTrue("the notice to carol under her new name", Duration.ofSeconds(30),
                        () -> store.all().stream().anyMatch(m -> m.isNotice() && m.key().startsWith("carol-diaz/")
                                && m.key().contains("/notice/uncertain:" + KEY) && m.state() == State.SENT), store);
                String again = "carol-diaz/globex/thank-you/jane@acme.example";
                assertEquals(State.SKIPPED, store.find(again).orElseThrow().state(), store.all().toString());
                assertTrue(daemon.failure().isEmpty());
            }
            assertEquals(1, greenMail.getReceivedMessagesForDomain("acme.example").length,
                    "Jane got the thank-you the server took, and no second one under the new name");
        }
    }

    private Path deployment(String url) throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  cluster = true
                  policy {
                    %s
                  }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(LiveConfig.THANK_YOUS_ONLY, LiveConfig.projectTemplates(), url));
        return config;
    }

    private Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        launched.add(p);
        return p;
    }

    private static void awaitWhile(Process p, String what, Duration within, BooleanSupplier condition, Path out)
            throws IOException {
        try {
            Awaitility.await(what).atMost(within).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .failFast(() -> !p.isAlive()).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
            fail("waiting for " + what + ": " + e.getMessage() + "\n" + Files.readString(out));
        }
    }

    private static void awaitTrue(String what, Duration within, BooleanSupplier condition, MessageStore store) {
        try {
            Awaitility.await(what).atMost(within).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            fail("timed out waiting for " + what + "; messages: " + store.all());
        }
    }
}
