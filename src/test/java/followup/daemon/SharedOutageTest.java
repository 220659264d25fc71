package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Deployment;
import followup.mail.Outages;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many candidates whose mail provider is down (it takes connections and never answers), beside one whose works:
 * more of them than the daemon has workers. Once the first attempts have timed out, the others' polls, reply checks
 * and sends do not wait on that server again until it is tried anew, so they do not fill the workers; a message of the
 * candidate whose mailbox works, due while the outage goes on, goes on time.
 */
class SharedOutageTest {
    private static final int DOWN = 24;        // more than the daemon's 16 workers
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The outage's warnings, one per candidate's mailbox and message: asserted here, kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, Settlements.class, Outages.class);

    @TempDir
    Path root;

    /** Every warning is about the silent provider, none about bob's mailbox; the outage told if {@code told}. */
    private void warnedOnlyAbout(Tarpit provider, boolean told) {
        List<String> warnings = log.warnings();
        String at = "127.0.0.1:" + provider.port();
        assertTrue(!told || warnings.stream().anyMatch(w -> w.startsWith("The IMAP server " + at + " does not answer")),
                "the outage told: " + warnings);
        assertTrue(warnings.stream().allMatch(w -> w.contains(at)), "a warning not about the provider: " + warnings);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("bob/")), "a warning about bob's: " + warnings);
        assertEquals(List.of(), log.errors());
    }

    /** The deployment's application.conf (thank-yous only), and bob's GreenMail user; returns its path. */
    private Path deployment() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  policy { %s }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(LiveConfig.THANK_YOUS_ONLY, LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)));
        greenMail.setUser("bob@example.com", "bob@example.com", "bob's password");
        return config;
    }

    /** {@link #DOWN} candidates whose SMTP and IMAP server is the silent {@code provider}, each thank-you due now. */
    private void downCandidates(Tarpit provider, Duration timeout) throws IOException {
        for (int i = 1; i <= DOWN; i++) {
            String name = "d%02d".formatted(i);
            Path dir = candidate(name, name + "@down.example", provider.port(), provider.port(), timeout);
            Files.writeString(dir.resolve("interviews/acme.conf"), DaemonHarness.interview(Duration.ZERO,
                    DaemonHarness.JANE, ""));
        }
    }

    private Path candidate(String name, String email, int smtpPort, int imapPort, Duration timeout)
            throws IOException {
        Path dir = Files.createDirectories(root.resolve("candidates").resolve(name).resolve("interviews"))
                .getParent();
        Path secret = LiveConfig.secretFile(dir.resolve("mail-password"), name + "'s password");
        long seconds = timeout.toSeconds();
        Files.writeString(dir.resolve("candidate.conf"), """
                sender { name = "%s Lee", email = "%s", zone = "America/New_York" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s",
                         connect-timeout = %ds, timeout = %ds }
                  imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s",
                         connect-timeout = %ds, timeout = %ds, poll-interval = 1s }
                  retry { first = 1s, max = 2s }
                }
                """.formatted(name, email, smtpPort, email, secret, seconds, seconds, imapPort, email, secret,
                seconds, seconds));
        return dir;
    }

    /**
     * The first wave of an outage: the daemon starts with every candidate's thank-you due, the provider of 24 of them
     * silent. Before any attempt there has timed out, it is not known to be down, yet only two attempts at a time
     * wait on it (the others give up after a second), so bob's thank-you, due at the same moment, does not wait for
     * the 8 s timeout of the provider's first attempts. Before, every worker waited on the provider and bob's went
     * out after the first timeouts.
     */
    @Test
    void the_first_wave_of_an_outage_does_not_make_a_candidate_whose_mailbox_works_wait_for_its_timeout()
            throws Exception {
        Duration timeout = Duration.ofSeconds(8);
        Path config = deployment();
        try (Tarpit provider = new Tarpit()) {
            downCandidates(provider, timeout);
            Path bob = candidate("bob", "bob@example.com", greenMail.getSmtp().getPort(),
                    greenMail.getImap().getPort(), timeout);
            Files.writeString(bob.resolve("interviews/globex.conf"), DaemonHarness.interview(Duration.ZERO,
                    DaemonHarness.RAJ, ""));
            Deployment deployment = Deployment.load(config);
            assertEquals(DOWN + 1, deployment.names().size(), deployment.problems().toString());

            List<StoredMessage> sent = new CopyOnWriteArrayList<>();
            try (Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
                java.time.Instant started = java.time.Instant.now();
                Awaitility.await("bob's thank-you").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50))
                        .until(() -> sent.stream().anyMatch(m -> m.key().equals(
                                "bob/globex/thank-you/raj@acme.example")));
                StoredMessage thanks = sent.stream().filter(m -> m.key().startsWith("bob/globex/thank-you"))
                        .findFirst().orElseThrow();
                java.time.Instant from = thanks.due().isAfter(started) ? thanks.due() : started;
                Duration late = Duration.between(from, thanks.sentAt());
                assertTrue(late.compareTo(Duration.ofSeconds(4)) < 0, "bob's thank-you went " + late + " after the"
                        + " daemon was running; the provider, silent, was asked " + provider.connections() + " times");
                assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("d")), sent.toString());
            }
            warnedOnlyAbout(provider, false);
        }
    }

    @Test
    void a_provider_that_never_answers_does_not_take_the_workers_from_a_candidate_whose_mailbox_works()
            throws Exception {
        Path config = deployment();
        try (Tarpit provider = new Tarpit()) {
            downCandidates(provider, TIMEOUT);
            Path bob = candidate("bob", "bob@example.com", greenMail.getSmtp().getPort(),
                    greenMail.getImap().getPort(), TIMEOUT);
            Deployment deployment = Deployment.load(config);
            assertEquals(DOWN + 1, deployment.names().size(), deployment.problems().toString());

            List<StoredMessage> sent = new CopyOnWriteArrayList<>();
            try (Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m));
                 Database db = Database.open(deployment.settings().store())) {
                MessageStore store = new MessageStore(db);
                // the outage has begun: the provider was tried, and a first check of a mailbox there has timed out
                Awaitility.await("a first timeout at the provider").atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(100)).until(() -> store.all().stream().anyMatch(m ->
                                m.key().startsWith("d") && m.reason() != null
                                && m.reason().contains("reply check unavailable")));
                int before = provider.connections();

                // bob's interview ends in a few seconds, while it goes on: his thank-you is due then
                Files.writeString(bob.resolve("interviews/globex.conf"), DaemonHarness.interview(Duration.ofSeconds(-5),
                        DaemonHarness.RAJ, ""));
                Awaitility.await("bob's thank-you").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50))
                        .until(() -> sent.stream().anyMatch(m -> m.key().equals(
                                "bob/globex/thank-you/raj@acme.example")));
                StoredMessage thanks = sent.stream().filter(m -> m.key().startsWith("bob/globex/thank-you"))
                        .findFirst().orElseThrow();
                Duration late = Duration.between(thanks.due(), thanks.sentAt());
                int during = provider.connections() - before;
                assertTrue(late.compareTo(Duration.ofSeconds(3)) < 0, "bob's thank-you went " + late
                        + " after it was due; the provider was asked " + during + " times meanwhile");

                // nothing of theirs went out unchecked; each waits for the provider, whose every attempt times out
                assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("d")), sent.toString());
                for (int i = 1; i <= DOWN; i++) {
                    String key = "d%02d/acme/thank-you/jane@acme.example".formatted(i);
                    assertEquals(State.PLANNED, store.find(key).orElseThrow().state(), key);
                }
            }
            warnedOnlyAbout(provider, true);
        }
    }
}
