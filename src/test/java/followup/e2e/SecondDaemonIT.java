package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import followup.daemon.LiveConfig;
import followup.reliability.Figures;
import followup.store.Database;
import followup.store.MessageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * One daemon per data directory, for real: a daemon runs in this JVM (it holds the OS lock next to the H2 file, and
 * H2's AUTO_SERVER serves the file to other processes), and the packaged {@code target/followup.jar} is started as a
 * second process on the same data with its own interviews, one of them due now. It must exit 1 at once with a
 * message naming the data directory and the process holding it, and send nothing; {@code status} from the second
 * configuration works alongside. Once the first daemon stops, the second starts and sends its message once.
 */
class SecondDaemonIT {
    static final Figures.Tally TALLY = new Figures.Tally("database locked by another daemon", SecondDaemonIT.class);
    private static final String PAT = "pat@initech.example";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** Kept when the test fails: the second daemon's output (second-*.out, second-*.err) and the data. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();

    @AfterEach
    void killEveryProcessStarted() throws InterruptedException {
        jar.close();
    }

    @AfterAll
    static void record() {
        TALLY.record();
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void a_second_daemon_on_the_same_data_refuses_to_start_naming_the_data_directory_and_sends_nothing()
            throws Exception {
        PackagedJar.requireBuilt();
        Path data = root.resolve("data");
        Path second;
        try (DaemonHarness first = new DaemonHarness(root, greenMail)) {
            first.start();
            second = secondConfig(first);

            Process refused = launch("second-refused", "run", "--config", second.toString());
            awaitExit(refused, "second-refused");
            String err = read(root.resolve("second-refused.err"));
            boolean clear = refused.exitValue() == 1 && err.contains(data.toString());
            TALLY.cases(1).crashes(clear ? 0 : 1);
            assertEquals(1, refused.exitValue(), output("second-refused"));
            assertTrue(err.contains("followup: another followup daemon is already running on this data (" + data
                    + ", pid " + ProcessHandle.current().pid() + "); stop it first"), output("second-refused"));
            assertEquals(0, delivered(), "sent by the second");
            assertTrue(storeKeys().stream().noneMatch(k -> k.startsWith("initech/")), "planned by the second");

            Process status = launch("second-status", "status", "--config", second.toString());
            awaitExit(status, "second-status");
            assertEquals(0, status.exitValue(), output("second-status"));
            assertTrue(read(root.resolve("second-status.out")).startsWith("Messages: "), output("second-status"));
        }

        Process alone = launch("second-alone", "run", "--config", second.toString());
        awaitWhileAlive(alone, "second-alone", "the thank-you to Pat", () -> delivered() > 0);
        alone.destroy();
        awaitExit(alone, "second-alone");
        // by now Pat's follow-up may be due too (the policy is compressed into seconds): each message once
        int copies = mostCopiesOfOneMessage();
        TALLY.lost(copies == 0 ? 1 : 0).duplicates(copies > 1 ? 1 : 0);
        assertEquals(0, alone.exitValue(), output("second-alone"));
        assertEquals(1, copies, "Pat's thank-you, once the first daemon had stopped");
    }

    /** The first daemon's configuration with another interviews directory, holding Pat's interview, due now. */
    private Path secondConfig(DaemonHarness first) throws IOException {
        Path interviews = Files.createDirectories(root.resolve("second-interviews"));
        Files.writeString(interviews.resolve("initech.conf"), DaemonHarness.interview(Duration.ofSeconds(5),
                "{ name = \"Pat Kim\", email = \"" + PAT + "\", topics = [\"search\"] }",
                "company = \"Initech\"\n"));
        Path config = root.resolve("conf/second.conf");
        Files.writeString(config, Files.readString(first.config())
                + "\nfollowup.interviews = \"" + interviews + "\"\n");
        return config;
    }

    /** Messages in Pat's inbox (a copy in the sender's sent folder also has Pat in To:, so not by domain). */
    private static int delivered() {
        GreenMailUser pat = greenMail.getUserManager().getUserByEmail(PAT);
        try {
            return pat == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(pat).getMessageCount();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most copies of one Message-ID in Pat's inbox: 1 when each message arrived once, 0 when none did. */
    private static int mostCopiesOfOneMessage() throws Exception {
        GreenMailUser pat = greenMail.getUserManager().getUserByEmail(PAT);
        if (pat == null) {
            return 0;
        }
        Map<String, Integer> copies = new HashMap<>();
        for (StoredMessage m : greenMail.getManagers().getImapHostManager().getInbox(pat).getMessages()) {
            copies.merge(m.getMimeMessage().getMessageID(), 1, Integer::sum);
        }
        return copies.values().stream().max(Integer::compare).orElse(0);
    }

    private List<String> storeKeys() {
        try (Database db = Database.open(LiveConfig.storeUnder(root))) {
            return new MessageStore(db).all().stream().map(m -> m.key()).toList();
        }
    }

    private Process launch(String name, String... args) throws IOException {
        return jar.start(PackagedJar.command(List.of(), List.of(args)).directory(root.toFile())
                .redirectOutput(root.resolve(name + ".out").toFile())
                .redirectError(root.resolve(name + ".err").toFile()));
    }

    private void awaitExit(Process p, String name) throws InterruptedException {
        if (!p.waitFor(WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            fail(name + " did not exit within " + WITHIN.toSeconds() + "s\n" + output(name));
        }
    }

    private void awaitWhileAlive(Process p, String name, String what, BooleanSupplier condition) {
        PackagedJar.awaitWhileAlive(p, name + ": " + what, WITHIN, condition, () -> output(name));
    }

    private String output(String name) {
        return "--- " + name + ".out\n" + read(root.resolve(name + ".out")) + "--- " + name + ".err\n"
                + read(root.resolve(name + ".err"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
