package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Deployment;
import followup.daemon.Daemon;
import followup.daemon.DeliveryListener;
import followup.daemon.LiveConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider whose preset signs in with OAuth2 ({@code outlook}, {@code office365}) chosen while still in sandbox
 * mode, before the app registration's client id is known: the README requires the client id in live mode only, so
 * validate passes, run works on the sandbox, check says there is no server to check, and login names the key it
 * needs, at its file and line; none of them fails with a Java exception.
 */
class SandboxBeforeSignInTest {
    @TempDir
    Path root;

    private Path config() throws Exception {
        Files.createDirectories(root.resolve("interviews"));
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@outlook.example", zone = "America/New_York" }
                  mail {
                    mode = sandbox
                    provider = outlook
                    sandbox { smtp-port = 0, imap-port = 0 }
                  }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)));
        return config;
    }

    @Test
    void validatePassesAndTheDaemonRunsOnTheSandbox() throws Exception {
        Path config = config();
        Cli.Result validate = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, validate.code(), validate::toString);

        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), DeliveryListener.NONE)) {
            assertTrue(daemon != null);
        }
    }

    @Test
    void checkSaysThereIsNoServerToCheck() throws Exception {
        Cli.Result r = Cli.run("check", "--config", config().toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("application.conf:4: followup.mail.mode is sandbox: there is no mail server to"
                + " check"), r::toString);
    }

    @Test
    void loginNamesTheClientIdItNeedsAtItsLine() throws Exception {
        Cli.Result r = Cli.run("login", "--config", config().toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("application.conf:3: followup.mail.oauth2.client-id: missing"), r::toString);
    }
}
