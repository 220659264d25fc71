package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.mail.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's secrets may be readable only where its service runs: a {@code password-file} under the service's
 * credentials directory (absent from a shell), a trust store whose password is in the service's environment file
 * only. The commands that never sign in to a mail server still work from a shell, as they do without
 * {@code FOLLOWUP_SMTP_PASSWORD}; validate still names each missing piece at its file, line and key.
 */
class ServiceOnlySecretsTest {
    @TempDir
    Path tmp;

    private Path config() throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"),
                Files.createDirectories(conf.resolve("interviews")).resolve("acme-platform.conf"));
        Files.copy(TestPki.get().trustStore(), conf.resolve("private-ca.p12"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                  mail {
                    mode = live
                    tls { trust-store = "private-ca.p12" }
                    smtp { host = "smtp.example.com", username = "alex@example.com",
                           password-file = "%s" }
                    imap { host = "imap.example.com", username = "alex@example.com",
                           password-file = "secrets/imap-password" }
                  }
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup"),
                tmp.resolve("run/credentials/followup.service/smtp-password")));
        return config;
    }

    @Test
    void commandsThatNeverSignInWorkWhenThePasswordFilesAndTrustStorePasswordAreTheServicesOnly() throws Exception {
        assertNull(System.getenv("FOLLOWUP_TRUST_STORE_PASSWORD"), "this test needs an environment without it");
        Path config = config();
        for (List<String> command : List.of(List.of("status"), List.of("status", "--json"), List.of("plan"),
                List.of("plan", "--json"), List.of("preview", "acme-platform"), List.of("hold", "acme-platform"),
                List.of("log", "acme-platform", "--call", "Jane called"), List.of("resume", "acme-platform"),
                List.of("web-url"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--config", config.toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new)).assertNoStackTrace();
            assertEquals(0, r.code(), () -> command + ":\n" + r);
        }
    }

    @Test
    void validateStillNamesEachOneAtItsLineAndKey() throws Exception {
        Path config = config();

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        String name = config.toString();
        assertTrue(r.err().contains(name + ":7: followup.mail.tls.trust-store: \"private-ca.p12\" cannot be read"
                + " without its password"), r::toString);
        assertTrue(r.err().contains(name + ":9: followup.mail.smtp.password-file: "), r::toString);
        assertTrue(r.err().contains(name + ":11: followup.mail.imap.password-file: "), r::toString);
    }
}
