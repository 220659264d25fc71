package followup.config;

import followup.plan.Policy;
import followup.plan.Sender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything in {@code application.conf}, read once and validated.
 *
 * @param file        the config file it came from
 * @param interviews  the directory of interview records
 * @param templates   the directory of message templates
 * @param renderTimeLimit the longest one message may take to render before its template is reported as stuck
 */
public record Settings(Path file, Sender sender, Mail mail, Policy policy, Path interviews, Path templates,
                       String storeUrl, boolean cluster, Duration renderTimeLimit) {

    public enum Mode { SANDBOX, LIVE }

    public enum Security { SSL, STARTTLS, PLAIN }

    /** {@code followup.mail}. */
    public record Mail(Mode mode, Server smtp, Imap imap, int maxPerHour, int maxPerDay, Duration retryFirst,
                       Duration retryMax, Sandbox sandbox) {
    }

    /** One mail server. {@code toString()} never shows the password. */
    public record Server(String host, int port, Security security, String username, Secret password,
                         Duration connectTimeout, Duration timeout) {
        @Override
        public String toString() {
            return "Server[" + host + ":" + port + " " + security + " user=" + username + " password="
                    + (password == null ? "(none)" : "(hidden)") + "]";
        }
    }

    /** {@code followup.mail.imap}: the server plus what to watch. */
    public record Imap(Server server, List<String> folders, String sentFolder, boolean saveSent,
                       Duration pollInterval) {
        public Imap {
            folders = List.copyOf(folders);
        }
    }

    /** {@code followup.mail.sandbox}: the embedded loopback mail server used in sandbox mode. */
    public record Sandbox(int smtpPort, int imapPort) {
    }
}
