package followup.config;

import followup.plan.Policy;
import followup.plan.Sender;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything in {@code application.conf}, read once and validated.
 *
 * @param file        the config file it came from
 * @param interviews  the directory of interview records
 * @param templates   the directory of message templates
 * @param renderTimeLimit the longest one message may take to render before its template is reported as stuck
 * @param operations      metrics and log format
 */
public record Settings(Path file, Sender sender, Mail mail, Policy policy, Path interviews, Path templates,
                       String storeUrl, boolean cluster, Duration renderTimeLimit, Operations operations) {

    public enum LogFormat { TEXT, JSON }

    /**
     * {@code followup.metrics} and {@code followup.log}.
     *
     * @param metricsPort where {@code /metrics} is served while the daemon runs (0: any free port); null: off
     * @param metricsBind the address it listens on
     */
    public record Operations(Integer metricsPort, String metricsBind, LogFormat logFormat) {
    }

    public enum Mode { SANDBOX, LIVE }

    public enum Security { SSL, STARTTLS, PLAIN }

    /** {@code followup.mail}. */
    public record Mail(Mode mode, Server smtp, Imap imap, int maxPerHour, int maxPerDay, Duration retryFirst,
                       Duration retryMax, Sandbox sandbox) {
    }

    /**
     * One mail server, and whom to trust for its TLS certificate. {@code toString()} never shows the password.
     */
    public record Server(String host, int port, Security security, String username, Secret password,
                         Duration connectTimeout, Duration timeout, Tls tls) {
        public Server {
            Objects.requireNonNull(tls, "tls");
        }

        /** A server whose certificate is checked against the JDK's default trust (the public CAs). */
        public Server(String host, int port, Security security, String username, Secret password,
                      Duration connectTimeout, Duration timeout) {
            this(host, port, security, username, password, connectTimeout, timeout, Tls.JDK_DEFAULT);
        }

        @Override
        public String toString() {
            return "Server[" + host + ":" + port + " " + security + " user=" + username + " password="
                    + (password == null ? "(none)" : "(hidden)") + " " + tls + "]";
        }
    }

    /**
     * {@code followup.mail.tls}: the certificates trusted for the SMTP and IMAP servers. Without a trust store the
     * JDK's default trust (the public CAs) applies; with one, exactly the certificates read from it at start-up.
     * {@code toString()} never shows the password.
     *
     * @param trustStore         the PKCS12 file the certificates were read from, or null for the JDK's trust
     * @param trustStorePassword its password (from the environment), or null
     * @param trusted            the certificates it holds, read once when the settings were loaded
     */
    public record Tls(Path trustStore, Secret trustStorePassword, List<X509Certificate> trusted) {
        public static final Tls JDK_DEFAULT = new Tls(null, null, List.of());

        public Tls {
            trusted = List.copyOf(trusted);
            if (trustStore == null && !trusted.isEmpty()) {
                throw new IllegalArgumentException("trusted certificates without the trust store they came from");
            }
            if (trustStore != null && trusted.isEmpty()) {
                throw new IllegalArgumentException("the trust store " + trustStore + " holds no certificate");
            }
        }

        /** True when the JDK's default trust applies (no {@code trust-store}). */
        public boolean jdkDefault() {
            return trustStore == null;
        }

        @Override
        public String toString() {
            return jdkDefault() ? "Tls[JDK default trust]" : "Tls[trust-store=" + trustStore + " ("
                    + trusted.size() + " certificate" + (trusted.size() == 1 ? "" : "s") + ") password="
                    + (trustStorePassword == null ? "(none)" : "(hidden)") + "]";
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
