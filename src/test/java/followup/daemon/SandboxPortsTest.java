package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.FollowupException;
import followup.config.Settings;
import followup.config.SettingsLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox port that another program listens on already (another daemon in sandbox mode on the machine, say): the
 * daemon does not start, and says which port, for what, and the key that moves it, instead of the mail server's
 * stack traces; it leaves nothing held, so it starts once the port is free.
 */
class SandboxPortsTest {
    @TempDir
    Path root;

    private Path config(int smtpPort) throws IOException {
        Files.createDirectories(root.resolve("interviews"));
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                    mode = sandbox
                    sandbox { smtp-port = %d, imap-port = 0 }
                  }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(smtpPort, LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)));
        return config;
    }

    @Test
    void the_start_line_names_a_few_sandbox_users_and_counts_many() {
        assertEquals("alex@example.com", Daemon.sandboxUsers(List.of("alex@example.com")));
        assertEquals("a@example.com or b@example.com or c@example.com",
                Daemon.sandboxUsers(List.of("a@example.com", "b@example.com", "c@example.com")));
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 300).mapToObj("c%03d@example.com"::formatted)
                .toList();
        assertEquals("each candidate's sender address: c001@example.com, c002@example.com and 298 more",
                Daemon.sandboxUsers(many));
    }

    @Test
    void a_taken_sandbox_port_is_named_with_the_key_that_moves_it() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Settings settings = SettingsLoader.load(config(port));
            FollowupException e = assertThrows(FollowupException.class,
                    () -> Daemon.start(settings, Clock.systemUTC(), DeliveryListener.NONE).close());
            assertEquals("sandbox mode: 127.0.0.1:" + port + " is in use, so the embedded mail server cannot listen"
                    + " there for SMTP (another followup in sandbox mode on this machine, or another mail server?):"
                    + " stop it, or set followup.mail.sandbox.smtp-port to a free port (" + root.resolve(
                    "application.conf") + ":5)", e.getMessage());
        }
        // nothing was left held: neither the daemon's lock nor its database
        Settings free = SettingsLoader.load(config(0));
        try (Daemon daemon = Daemon.start(free, Clock.systemUTC(), DeliveryListener.NONE)) {
            assertTrue(daemon != null);
        }
    }
}
