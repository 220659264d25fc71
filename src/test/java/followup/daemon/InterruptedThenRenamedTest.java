package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Deployment;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon killed while a thank-you was on the wire (left {@code sending}), then, before the next start, the
 * candidate's folder renamed ({@code carol} to {@code carol-diaz}) or removed. The interrupted send must be settled as
 * any other: found in the sent folder, or {@code failed (uncertain)} with a notice; never left {@code sending} for
 * good, with the new name's thank-you skipped as "already sent".
 */
class InterruptedThenRenamedTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "carol/globex/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private Path config;

    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, CandidateRun.class, LeftBehind.class);


    @Test
    void a_send_interrupted_before_the_folder_was_renamed_is_settled_and_reported_under_the_new_name()
            throws Exception {
        String globex = interruptedSendOfCarol();
        Files.walk(root.resolve("candidates/carol")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        Path diaz = candidate("carol-diaz", "carol@example.com");
        record(diaz, globex);                                 // the same record, in the renamed folder

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(Deployment.load(config).settings().store())) {
            MessageStore store = new MessageStore(db);
            Awaitility.await("the interrupted send settled").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> store.find(KEY).orElseThrow().state() != State.SENDING);
            StoredMessage was = store.find(KEY).orElseThrow();
            assertEquals(State.FAILED, was.state(), was.toString());
            assertTrue(was.reason().startsWith("uncertain: "), was.reason());
            Awaitility.await("the notice to carol").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> store.all().stream().anyMatch(m -> m.isNotice() && m.key().startsWith("carol-diaz/")
                            && m.key().contains("/notice/uncertain:" + KEY) && m.state() == State.SENT));
            String again = "carol-diaz/globex/thank-you/jane@acme.example";
            Awaitility.await("her thank-you under the new name, settled").atMost(WAIT)
                    .until(() -> store.find(again).map(StoredMessage::state).orElse(null) == State.SKIPPED);
            String reason = store.find(again).orElseThrow().reason();
            assertTrue(reason.contains(KEY) && reason.contains("uncertain"), reason);
            assertEquals(List.of(), toJane(), "nothing sent to Jane again: its fate is for carol to check");
        }
    }

    @Test
    void a_send_interrupted_before_the_folder_was_removed_is_reported_failed_uncertain() throws Exception {
        interruptedSendOfCarol();
        Files.walk(root.resolve("candidates/carol")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        Path bob = candidate("bob", "bob@example.com");         // someone who runs

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(Deployment.load(config).settings().store())) {
            StoredMessage was = new MessageStore(db).find(KEY).orElseThrow();
            assertEquals(State.FAILED, was.state(), was.toString());
            assertTrue(was.reason().startsWith("uncertain: "), was.reason());
        }
        assertTrue(Files.isDirectory(bob));
    }

    /**
     * Carol's thank-you to Jane, claimed and never answered: a daemon killed during its SMTP conversation. Returns her
     * record.
     */
    private String interruptedSendOfCarol() throws Exception {
        deployment();
        Path carol = candidate("carol", "carol@example.com");
        String hocon = DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, "");
        record(carol, hocon);
        Settings carols = Deployment.load(config).candidates().get(0);
        Interview globex = RecordLoader.forSettings(carols).load(carol.resolve("interviews/globex.conf"),
                new ArrayList<>());
        PlannedMessage thankYou = new Planner(carols.policy(), carols.sender(), Clock.systemUTC(),
                PublicHolidays.of(carols.holidays())).plan(globex).stream().filter(m -> m.key().equals(KEY))
                .findFirst().orElseThrow();
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            MessageStore store = new MessageStore(db, "carol");
            store.noteSender("carol@example.com");
            store.upsertPlanned(thankYou, Instant.now());
            assertTrue(store.claim(KEY, Instant.now()));
        }
        return hocon;
    }

    private void deployment() throws IOException {
        config = LiveConfig.deployment(root, LiveConfig.THANK_YOUS_ONLY);
    }

    private Path candidate(String name, String email) throws IOException {
        greenMail.setUser(email, email, "secret");
        return LiveConfig.candidate(root, name, "Carol Diaz", email, "secret", greenMail.getSmtp().getPort(),
                greenMail.getImap().getPort());
    }

    private static void record(Path candidateDir, String hocon) throws IOException {
        Files.writeString(candidateDir.resolve("interviews/globex.conf"), hocon);
    }

    private static List<String> toJane() throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (jakarta.mail.Address a : Optional.ofNullable(m.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])) {
                if (((InternetAddress) a).getAddress().equalsIgnoreCase("jane@acme.example")) {
                    out.add(m.getMessageID());
                }
            }
        }
        return out;
    }
}
