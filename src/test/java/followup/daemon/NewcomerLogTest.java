package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Deployment;
import followup.store.StoredMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job seekers who join a running deployment with thank-yous already due: their triggers are set while the scheduler
 * runs, and the ones due fire at once, during the join. The log says each runs now, and never that they are not
 * running.
 */
class NewcomerLogTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> NEWCOMERS = List.of("dana", "eli");
    /** Each newcomer's interviews, each with a panel of {@link #PANEL}: hundreds of triggers set during the join. */
    private static final int RECORDS = 8;
    private static final int PANEL = 50;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private Path config() throws IOException {
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
        Files.createDirectories(root.resolve("candidates"));
        return config;
    }

    /**
     * A candidate's folder with their mailbox and one interview of a panel of six, every thank-you due now; made
     * hidden, then renamed into place at once, so that the daemon finds the candidate with their record.
     */
    private void join(String name) throws IOException {
        join(name, RECORDS, PANEL);
    }

    private void join(String name, int records, int panelSize) throws IOException {
        String email = name + "@example.com";
        greenMail.setUser(email, email, name + "'s password");
        Path hidden = Files.createDirectories(root.resolve("candidates").resolve("." + name).resolve("interviews"))
                .getParent();
        LiveConfig.secretFile(hidden.resolve("mail-password"), name + "'s password");
        Files.writeString(hidden.resolve("candidate.conf"), """
                sender { name = "%s Lee", email = "%s", zone = "America/New_York" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "mail-password",
                         connect-timeout = 5s, timeout = 5s }
                  imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "mail-password",
                         connect-timeout = 5s, timeout = 5s, poll-interval = 1s }
                }
                """.formatted(name, email, greenMail.getSmtp().getPort(), email, greenMail.getImap().getPort(),
                email));
        for (int r = 1; r <= records; r++) {
            StringBuilder panel = new StringBuilder();
            for (int i = 1; i <= panelSize; i++) {
                panel.append("{ name = \"Panel Member\", email = \"").append(name).append(r).append('.').append(i)
                        .append("@acme.example\", topics = [\"topic ").append(i).append("\"] }\n");
            }
            Files.writeString(hidden.resolve("interviews/acme" + r + ".conf"), DaemonHarness.interview(Duration.ZERO,
                    panel.toString(), ""));
        }
        Files.move(hidden, root.resolve("candidates").resolve(name));
    }

    private static List<String> lines(Listened log, String fragment) {
        return log.events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(fragment))
                .toList();
    }

    @Test
    void candidates_who_join_with_messages_due_are_never_said_not_to_be_running() throws Exception {
        Path config = config();
        greenMail.setUser("bob@example.com", "bob@example.com", "bob's password");
        join("bob", 1, 1);     // at start, with one thank-you
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Listened router = Listened.toDebug(Router.class); Listened daemonLog = Listened.to(Daemon.class);
             Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await("bob's thank-you, so that the workers are idle when the others join").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().startsWith("bob/")));
            for (String name : NEWCOMERS) {
                join(name);
            }
            Awaitility.await("a thank-you of each newcomer").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> NEWCOMERS.stream().allMatch(n -> sent.stream().anyMatch(m -> m.key().startsWith(n
                            + "/"))));

            for (String name : NEWCOMERS) {
                assertEquals(1, lines(daemonLog, "Candidate " + name + " runs now").size(),
                        daemonLog.events()::toString);
            }
            assertEquals(List.of(), lines(router, "not running"), "a candidate who runs is said not to");
            // the moment this is about: a trigger fired while its candidate joined (on the code before, the router
            // said then that they were not running); without it the run proves nothing, and says so
            Assumptions.assumeFalse(lines(router, "joins; it is set again once they run").isEmpty(),
                    "no trigger fired while a newcomer joined in this run");
            assertEquals(sent.size(), sent.stream().map(StoredMessage::key).distinct().count(), "each sent once");
        }
    }
}
