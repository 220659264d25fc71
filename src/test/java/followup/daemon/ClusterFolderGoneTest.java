package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.Main;
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
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clustered daemon killed during carol's thank-you (claimed, {@code sending}), then carol's folder removed (she
 * left). The daemon that takes over gets the send to recover, but nobody runs carol any more and nobody will: the
 * message must not stay {@code sending} for good (status would say it is still going out). Whether it left is not
 * known, and there is no mailbox of hers to look in: it is {@code failed (uncertain)}, with the folder named, and
 * nothing goes to Jane again, and {@code status} says so.
 */
class ClusterFolderGoneTest {
    private static final String KEY = "carol/globex/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, CandidateRun.class, Router.class, LeftBehind.class, Daemon.class);

    @Test
    void a_send_cut_by_a_kill_whose_candidate_folder_is_then_removed_is_reported_uncertain_at_the_takeover()
            throws Exception {
        Path config = clusterConfig();
        Path carol = carolWithAThankYou();
        claimAsAKilledDaemonLeftIt(config, carol);
        Files.walk(carol).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        candidate("bob", "bob@example.com");                   // someone who still runs

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(Deployment.load(config).settings().store())) {
            daemon.router().recover(KEY);                      // Quartz's takeover of the killed daemon's send
            StoredMessage was = new MessageStore(db).find(KEY).orElseThrow();
            assertEquals(State.FAILED, was.state(), was.toString());
            assertTrue(was.reason().startsWith("uncertain: ") && was.reason().contains("carol"), was.reason());
            assertTrue(log.toString().contains(KEY), "the log names the message: " + log);
        }
        StringWriter out = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(new StringWriter())) {
            assertEquals(0, Main.execute(new String[] {"status", "--config", config.toString()}, Clock.systemUTC(),
                    o, e));
        }
        String status = out.toString();
        assertTrue(status.contains("sending 0") && status.contains("failed 1"), "not counted as being sent: "
                + status);
        assertTrue(status.contains(KEY + ": failed (uncertain: ") && status.contains("candidate carol's folder is"
                + " gone"), status);
        assertEquals(0, greenMail.getReceivedMessagesForDomain("acme.example").length, "nothing sent to Jane");
    }

    /**
     * The same takeover while a folder that does not run yet is there ({@code carol-diaz}: carol renamed, still
     * joining, or left out until her {@code candidate.conf} is fixed): it may be carol under her new name, whose start
     * looks for the send in her sent folder and tells her. The takeover leaves it to her instead of failing it as the
     * send of a job seeker who left.
     */
    @Test
    void a_send_whose_folder_may_have_been_renamed_is_left_to_the_new_folders_start() throws Exception {
        Path config = clusterConfig();
        Path carol = carolWithAThankYou();
        claimAsAKilledDaemonLeftIt(config, carol);
        Files.walk(carol).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        candidate("bob", "bob@example.com");
        Path diaz = candidate("carol-diaz", "carol@example.com");
        Files.writeString(diaz.resolve("candidate.conf"), "sender {");   // left out until fixed

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(Deployment.load(config).settings().store())) {
            daemon.router().recover(KEY);
            assertEquals(State.SENDING, new MessageStore(db).find(KEY).orElseThrow().state(),
                    "left to carol-diaz's start");
        }
    }

    /**
     * A trigger of carol's, whose folder is not on this daemon's machine (removed, or not copied here yet), fires here:
     * the message waits, and the log says why in words that lead somewhere. It said "Candidate carol is not running
     * (see followup validate)", and validate on this machine, where carol has no folder, has nothing to say of her.
     */
    @Test
    void a_trigger_of_a_candidate_without_a_folder_here_says_the_folder_is_missing_not_to_see_validate()
            throws Exception {
        Path config = clusterConfig();
        Path carol = carolWithAThankYou();
        plannedAsAnotherDaemonLeftIt(config, carol);
        Files.walk(carol).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        candidate("bob", "bob@example.com");

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(Deployment.load(config).settings().store())) {
            daemon.router().send(KEY, Instant.now());          // carol's trigger, fired on this daemon
            assertEquals(State.PLANNED, new MessageStore(db).find(KEY).orElseThrow().state(), "it waits");
        }
        List<String> warnings = log.events().stream().filter(e -> e.getLoggerName().equals(Router.class.getName()))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        String warning = warnings.get(0);
        assertTrue(warning.contains("carol") && warning.contains("has no folder in ")
                && warning.contains(root.resolve("candidates").toString()), warning);
        assertFalse(warning.contains("validate"), warning);
        assertEquals(0, greenMail.getReceivedMessagesForDomain("acme.example").length, "nothing sent to Jane");
    }

    private static void plannedAsAnotherDaemonLeftIt(Path config, Path carol) throws Exception {
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
        }
    }

    private static void claimAsAKilledDaemonLeftIt(Path config, Path carol) throws Exception {
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
    }

    /** A deployment of candidates on a new PostgreSQL database, clustered. */
    private Path clusterConfig() throws Exception {
        Path config = LiveConfig.deployment(root, LiveConfig.THANK_YOUS_ONLY);
        String url = PostgresServer.newDatabase();
        Files.writeString(config, Files.readString(config).replace(LiveConfig.storeUnder(root), url)
                .replace("web { enabled = false }", "web { enabled = false }\n  cluster = true"));
        return config;
    }

    /** carol, with Jane's thank-you due now. */
    private Path carolWithAThankYou() throws Exception {
        Path carol = candidate("carol", "carol@example.com");
        Files.writeString(carol.resolve("interviews/globex.conf"),
                DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        return carol;
    }

    private Path candidate(String name, String email) throws Exception {
        greenMail.setUser(email, email, "secret");
        return LiveConfig.candidate(root, name, "Carol Diaz", email, "secret", greenMail.getSmtp().getPort(),
                greenMail.getImap().getPort());
    }
}
