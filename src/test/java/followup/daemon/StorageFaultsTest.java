package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state database cannot be used: its directory cannot be written, its file is damaged, or it went back to an
 * earlier version. {@code followup run} must refuse at start with a message that names the path and says what to do
 * (exit 1), and send nothing. Mail goes through a {@link FaultySmtpServer}, which counts every connection.
 */
class StorageFaultsTest {
    static final Figures.Tally NOT_WRITABLE = new Figures.Tally("data directory not writable",
            StorageFaultsTest.class);
    static final Figures.Tally CORRUPTED = new Figures.Tally("database file corrupted", StorageFaultsTest.class);
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String PAT = "{ name = \"Pat Lee\", email = \"pat@globex.example\", topics = [\"search\"] }";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @AfterAll
    static void record() {
        NOT_WRITABLE.record();
        CORRUPTED.record();
    }

    private DaemonHarness harness() {
        return new DaemonHarness(root, greenMail).via(smtp)
                .policyPlus("follow-up { after = 10m }\ndebrief { after = 10m }\n");
    }

    /** {@code followup run} in-process; if it does not refuse it runs until the deadline and the test fails. */
    private static DaemonHarness.CliResult run(DaemonHarness h) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> h.cli("run"),
                "followup run started on data it should have refused");
    }

    /**
     * Read-only where permissions are enforced; the tests may run as root, who writes anywhere, so then a regular
     * file takes the directory's place (a data path whose parent is a file).
     */
    @Test
    void a_data_directory_that_cannot_be_written_stops_the_start_with_a_message_naming_it_and_nothing_is_sent()
            throws Exception {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean enforced = !Files.isWritable(data);
        if (!enforced) {
            Files.delete(data);
            Files.writeString(data, "not a directory\n");
        }
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(5), JANE, ""));

            DaemonHarness.CliResult run = run(h);
            boolean clear = run.code() == 1 && run.err().contains(data.toString())
                    && run.err().contains("followup.store.url") && !run.err().contains("unexpected");
            NOT_WRITABLE.cases(1).lost(0).duplicates(0).crashes(clear ? 0 : 1);

            assertEquals(1, run.code(), run.toString());
            assertTrue(run.err().startsWith("followup: ") && run.err().contains(data.toString()), run.toString());
            assertTrue(run.err().contains(enforced ? "is not writable" : data + " is a file, not a directory"),
                    run.toString());
            assertTrue(run.err().contains("point followup.store.url at a directory you can write"), run.toString());
            assertEquals(0, smtp.connections(), "something was sent");
            assertEquals(List.of(), h.inbox("jane@acme.example"));
        } finally {
            if (Files.isDirectory(data)) {
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /**
     * A first run sends Jane's thank-you; then random bytes replace the whole database file, and a new interview
     * (Pat's thank-you due now) waits for the next start.
     */
    @Test
    void a_database_file_overwritten_with_random_bytes_stops_the_start_naming_the_file_and_nothing_is_sent()
            throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(5), JANE, ""));
            h.start();
            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            h.close();
            Path file = root.resolve("data/followup.mv.db");
            byte[] noise = new byte[(int) Files.size(file)];
            new Random(20270301L).nextBytes(noise);
            Files.write(file, noise);
            h.record("globex", DaemonHarness.interview(Duration.ofSeconds(5), PAT, "company = \"Globex\"\n"));
            int connections = smtp.connections();

            DaemonHarness.CliResult run = run(h);
            boolean clear = run.code() == 1 && run.err().contains(file.toString()) && run.err().contains("Restore");
            CORRUPTED.cases(1).lost(0).duplicates(FaultCounts.copies(h, sent) > 1 ? 1 : 0).crashes(clear ? 0 : 1);

            assertEquals(1, run.code(), run.toString());
            assertTrue(run.err().contains("the state database file " + file + " is damaged and cannot be read"),
                    run.toString());
            assertTrue(run.err().contains("Restore it from a backup; or move the data directory "
                    + file.getParent() + " away"), run.toString());
            assertTrue(!run.err().contains("use the recovery tool"), "H2's advice, not ours: " + run);
            assertEquals(connections, smtp.connections(), "something was sent");
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(List.of(), h.inbox("pat@globex.example"));
        }
    }

    /**
     * A copy of the database taken before Jane's thank-you went out is put back after it did, as H2 itself does
     * when it falls back to the last version of a damaged file it can read. That database would send the
     * thank-you again; the count of sent messages kept next to it says one went out, so the daemon refuses.
     */
    @Test
    void a_database_that_went_back_to_before_a_send_stops_the_start_and_the_message_is_not_sent_twice()
            throws Exception {
        LocalDateTime now = LocalDateTime.now(DaemonHarness.ZONE).truncatedTo(ChronoUnit.SECONDS);
        Path file = root.resolve("data/followup.mv.db");
        Path older = root.resolve("followup.mv.db.older");
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interviewAt(now.plusHours(1), JANE, ""));
            h.start();
            assertEquals(State.PLANNED, h.message(THANK_YOU).orElseThrow().state());
            h.close();
            Files.copy(file, older);

            h.record("acme", DaemonHarness.interviewAt(now.minusSeconds(5), JANE, ""));
            h.start();
            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            h.close();
            Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
            int connections = smtp.connections();

            DaemonHarness.CliResult run = run(h);
            long copies = FaultCounts.copies(h, sent);
            boolean clear = run.code() == 1 && run.err().contains(file.toString());
            CORRUPTED.cases(1).lost(0).duplicates(copies > 1 ? 1 : 0).crashes(clear ? 0 : 1);

            assertEquals(1, run.code(), run.toString());
            assertTrue(run.err().contains("the state database file " + file + " has gone back to an earlier"
                    + " version: it knows of 0 sent message(s), but 1 went out"), run.toString());
            assertTrue(run.err().contains("Restore the newest backup"), run.toString());
            assertEquals(connections, smtp.connections(), "something was sent");
            assertEquals(1, copies);
        }
    }

    /**
     * Random damage to a database file left by a daemon that did not close it (as after a kill -9): twenty
     * messages marked sent, then one 4 KiB block of random bytes, the whole file, its two headers, or a cut. The
     * store must then refuse to open with a message naming the file, or open with all twenty still sent.
     */
    @Test
    void random_damage_to_the_database_file_is_refused_or_leaves_every_sent_message_known() throws Exception {
        Path pristine = root.resolve("pristine");
        StoreDamage.writeTwentySent(pristine);
        Random random = new Random(20270302L);
        List<StoreDamage.Damage> damages = StoreDamage.damages(random, Files.size(StoreDamage.file(pristine)),
                12 * Figures.scale());
        int refused = 0;
        int wentBack = 0;
        int i = 0;
        for (StoreDamage.Damage damage : damages) {
            Path dir = root.resolve("case-" + i++);
            StoreDamage.Outcome outcome = StoreDamage.apply(pristine, dir, damage);
            wentBack += outcome.detail().contains("has gone back to an earlier version") ? 1 : 0;
            CORRUPTED.cases(1).lost(0).duplicates(outcome.forgotten()).crashes(outcome.clear() ? 0 : 1);
            assertTrue(outcome.clear(), damage + ": " + outcome);
            assertEquals(0, outcome.forgotten(), damage + ": the database forgot sent messages: " + outcome);
            if (outcome.refused()) {
                refused++;
            }
            if (damage.mustRefuse()) {
                assertTrue(outcome.refused(), damage + " was not refused: " + outcome);
            }
        }
        System.out.printf("StorageFaultsTest: %d damaged copies: %d refused as damaged, %d refused as gone back to an"
                + " earlier version, %d opened with every sent message%n", damages.size(), refused - wentBack,
                wentBack, damages.size() - refused);
        assertTrue(refused >= 3, "refused " + refused + " of " + damages.size());
    }
}
