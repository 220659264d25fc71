package followup.cli;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import followup.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} says whether a daemon runs on the data: on an H2 file the one holding its lock (its pid), on
 * PostgreSQL each daemon of the cluster; not running once it stopped.
 */
class StatusDaemonTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private static final String POLICY = "follow-up { after = 1h }\ndebrief { after = 1h }\n"
            + "thank-you { after = 1h, latest = 2h }\n";

    @Test
    void statusSaysWhetherTheDaemonRunsOnAnH2File() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus(POLICY)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            DaemonHarness.CliResult running = h.cli("status");
            assertEquals(0, running.code(), running::toString);
            assertTrue(running.out().contains("\nDaemon: running (pid " + ProcessHandle.current().pid() + ")\n"),
                    running::toString);
            JsonNode doc = new ObjectMapper().readTree(h.cli("status", "--json").out());
            assertEquals(1, doc.at("/daemon/running").asInt(), doc::toString);
            assertEquals("pid " + ProcessHandle.current().pid(), doc.at("/daemon/daemons/0").asText(), doc::toString);

            h.stop();
            DaemonHarness.CliResult stopped = h.cli("status");
            assertTrue(stopped.out().contains("\nDaemon: not running (start it with `followup run`)\n"),
                    stopped::toString);
            assertEquals(0, new ObjectMapper().readTree(h.cli("status", "--json").out()).at("/daemon/running")
                    .asInt());
        }
    }

    @Test
    void statusNamesEachDaemonOfACluster() throws Exception {
        String url = PostgresServer.newDatabase();
        try (DaemonHarness one = new DaemonHarness(Files.createDirectories(root.resolve("one")), greenMail)
                .store(url).cluster().policyPlus(POLICY);
             DaemonHarness two = new DaemonHarness(Files.createDirectories(root.resolve("two")), greenMail)
                     .store(url).cluster().policyPlus(POLICY)) {
            String record = DaemonHarness.interview(Duration.ZERO, JANE, "");
            one.record("acme", record);
            two.record("acme", record);
            one.start();
            two.start();

            DaemonHarness.CliResult status = one.cli("status");
            assertTrue(status.out().contains("\nDaemons: 2 running (followup daemon pid "), status::toString);
            JsonNode doc = new ObjectMapper().readTree(one.cli("status", "--json").out());
            assertEquals(2, doc.at("/daemon/running").asInt(), doc::toString);
            for (JsonNode d : doc.at("/daemon/daemons")) {
                assertTrue(d.asText().contains("(cluster)"), doc::toString);
            }

            two.stop();
            DaemonHarness.CliResult one_left = one.cli("status");
            assertTrue(one_left.out().contains("\nDaemon: running (followup daemon pid "), one_left::toString);
        }
    }
}
