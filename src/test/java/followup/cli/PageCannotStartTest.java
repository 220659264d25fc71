package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} cannot serve the page: it exits 1 and says which key to change and where the config sets it, the
 * address ({@code web.bind}) when that is not this machine's, the port when another program has it.
 */
class PageCannotStartTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The line of the config that holds {@code text}. */
    private static int lineOf(Path config, String text) throws Exception {
        List<String> lines = Files.readAllLines(config);
        return 1 + lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow());
    }

    private DaemonHarness.CliResult run(DaemonHarness h, String web) throws Exception {
        h.settingsPlus(web);
        h.record("acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        return h.cli("run");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNamedAtWebBindNotBlamedOnThePort() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            // 192.0.2.1 is TEST-NET-1 (RFC 5737): no machine's own address
            DaemonHarness.CliResult r = run(h, "followup.web { enabled = true, port = 0\n  bind = \"192.0.2.1\" }");

            assertEquals(1, r.code(), r::toString);
            int line = lineOf(h.config(), "bind = \"192.0.2.1\"");
            assertTrue(r.err().contains("followup.web.bind \"192.0.2.1\" (") && r.err().contains(
                    "application.conf:" + line + ") is not an address of this machine"), r::toString);
            assertFalse(r.err().contains("another program may use the port"), r::toString);
        }
    }

    @Test
    void aNameThatDoesNotResolveIsNamedAtWebBind() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            DaemonHarness.CliResult r = run(h, "followup.web { enabled = true, port = 0\n  bind = \"page.invalid\" }");

            assertEquals(1, r.code(), r::toString);
            int line = lineOf(h.config(), "bind = \"page.invalid\"");
            assertTrue(r.err().contains("followup.web.bind \"page.invalid\" (") && r.err().contains(
                    "application.conf:" + line + ") is not a name this machine can resolve"), r::toString);
            assertFalse(r.err().contains("another program may use the port"), r::toString);
        }
    }

    @Test
    void aPortAnotherProgramHoldsIsNamedAtWebPortWithItsLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             DaemonHarness h = new DaemonHarness(root, greenMail)) {
            DaemonHarness.CliResult r = run(h, "followup.web { enabled = true\n  port = " + taken.getLocalPort()
                    + " }");

            assertEquals(1, r.code(), r::toString);
            int line = lineOf(h.config(), "port = " + taken.getLocalPort());
            assertTrue(r.err().contains("choose another followup.web.port (") && r.err().contains(
                    "application.conf:" + line + "), or set followup.web.enabled = false"), r::toString);
        }
    }
}
