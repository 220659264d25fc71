package followup.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The {@code application.conf} of the daemon tests, in-process and packaged alike: live mode against loopback test
 * servers ({@code security = plain}, 5s timeouts, a poll every second, retries after 1s then 2s), the sender
 * {@link DaemonHarness#SENDER} in {@link DaemonHarness#ZONE}.
 *
 * @param smtpPort  the SMTP server's port
 * @param smtpAuth  what follows {@code username} in the smtp block: {@link #passwordFile} or "" (the environment)
 * @param imapPort  the IMAP server's port
 * @param imapAuth  the same for the imap block
 * @param extraMail more lines inside {@code followup.mail}
 * @param policy    the body of {@code followup.policy}
 * @param templates the templates directory
 * @param storeUrl  {@code store.url}
 */
public record LiveConfig(int smtpPort, String smtpAuth, int imapPort, String imapAuth, String extraMail,
        String policy, Path templates, String storeUrl) {
    /** A policy for burst tests: every thank-you due at once, nothing else for 30 days. */
    public static final String THANK_YOUS_ONLY = """
            thank-you { after = 0s, latest = 1h }
            debrief { enabled = false }
            follow-up { after = 30d }
            second-follow-up { after = 30d }
            call-reminder { after = 30d }
            send-window { enabled = false }
            self-window { enabled = false }
            """;

    /** The project's own templates. */
    public static Path projectTemplates() {
        return Path.of("templates").toAbsolutePath();
    }

    /** The H2 file database under {@code root/data}. */
    public static String storeUnder(Path root) {
        return "jdbc:h2:file:" + root.resolve("data/followup");
    }

    /** The auth part of a server block that reads the password from this file. */
    public static String passwordFile(Path file) {
        return ", password-file = \"" + file + "\"";
    }

    /**
     * A deployment of candidates under {@code root}: {@code root/application.conf} with {@code candidates =
     * "candidates"}, {@code policy}, the project's templates, the H2 file under {@code root/data}, no page and
     * metrics on a free port; returns the config file.
     */
    public static Path deployment(Path root, String policy) throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  policy {
                    %s
                  }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                  metrics { port = 0 }
                }
                """.formatted(policy, projectTemplates(), storeUnder(root)));
        return config;
    }

    /**
     * The folder {@code root/candidates/folder} of a candidate named {@code name} in New York, sending from and reading
     * the mailbox {@code email} (the test servers' user, signing in with {@code password}, kept in a password file)
     * on loopback; returns the folder, its {@code interviews} directory made.
     */
    public static Path candidate(Path root, String folder, String name, String email, String password, int smtpPort,
                                 int imapPort) throws IOException {
        Path dir = Files.createDirectories(root.resolve("candidates").resolve(folder).resolve("interviews"))
                .getParent();
        Path secret = secretFile(dir.resolve("mail-password"), password);
        Files.writeString(dir.resolve("candidate.conf"), """
                sender { name = "%s", email = "%s", zone = "America/New_York" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s",
                         connect-timeout = 5s, timeout = 5s }
                  imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s",
                         connect-timeout = 5s, timeout = 5s, poll-interval = 1s }
                  retry { first = 1s, max = 2s }
                }
                """.formatted(name, email, smtpPort, email, secret, imapPort, email, secret));
        return dir;
    }

    /** Writes a password file only its owner can read (the daemon refuses any other). */
    public static Path secretFile(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Writes the config to {@code file}, creating its {@code interviews} directory next to it. */
    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.resolveSibling("interviews"));
        Files.writeString(file, """
                followup {
                  sender { name = "Alex Morgan", email = "%s", phone = "+1 555 0100", zone = "%s" }
                  mail {
                    mode = live
                    smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s"%s,
                           connect-timeout = 5s, timeout = 5s }
                    imap { host = "127.0.0.1", port = %d, security = plain, username = "%s"%s,
                           connect-timeout = 5s, timeout = 5s, poll-interval = 1s }
                    retry { first = 1s, max = 2s }
                    %s
                  }
                  policy {
                    %s
                  }
                  templates = "%s"
                  store { url = "%s" }
                  web { port = 0 }   # any free port: a page started by a test never waits for 4580
                }
                """.formatted(DaemonHarness.SENDER, DaemonHarness.ZONE.getId(), smtpPort, DaemonHarness.SENDER,
                smtpAuth, imapPort, DaemonHarness.SENDER, imapAuth, extraMail, policy, templates, storeUrl));
        return file;
    }
}
