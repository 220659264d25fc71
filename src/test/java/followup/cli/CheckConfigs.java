package followup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The live config {@code check} is tried on: {@code conf/application.conf} under a root, with the password in
 * {@code conf/password} (0600) for both servers, 5 s timeouts. The smtp block starts on line 5, the imap block on
 * line 7, its timeouts on line 8 (where {@code imapExtra} goes on).
 */
final class CheckConfigs {
    private CheckConfigs() {
    }

    static Path write(Path root, String user, String password, String smtpHost, int smtpPort, String smtpSecurity,
                      int imapPort, String imapSecurity, String imapExtra) throws IOException {
        Path conf = Files.createDirectories(root.resolve("conf"));
        Files.createDirectories(conf.resolve("interviews"));
        Path pw = conf.resolve("password");
        Files.writeString(pw, password);
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "%s", zone = "Europe/Berlin" }
                  mail {
                    mode = live
                    smtp { host = "%s", port = %d, security = %s, username = "%s", password-file = "password",
                           connect-timeout = 5s, timeout = 5s }
                    imap { host = "127.0.0.1", port = %d, security = %s, username = "%s", password-file = "password",
                           connect-timeout = 5s, timeout = 5s%s }
                  }
                }
                """.formatted(user, smtpHost, smtpPort, smtpSecurity, user, imapPort, imapSecurity, user, imapExtra));
        return config;
    }
}
