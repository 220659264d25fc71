package followup.daemon;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.base.GreenMailOperations;
import followup.cli.Main;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs the real daemon in-process against a GreenMail server (SMTP and IMAP on loopback) in live mode, with a real
 * H2 file and the Quartz JDBC job store in a temporary directory (or a PostgreSQL database, {@link #store}). The
 * policy is compressed into seconds and the send window is off unless a test says otherwise.
 *
 * <p>Typical use: {@code harness.record("acme", DaemonHarness.interview(...)); harness.start();
 * harness.awaitState("acme/thank-you/jane@acme.example", State.SENT);}
 */
public final class DaemonHarness implements AutoCloseable {
    public static final String SENDER = "alex@example.com";
    public static final String PASSWORD = "correct horse battery staple";
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final Duration WAIT = Duration.ofSeconds(30);
    /** How often a wait checks its condition. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** The policy block the harness uses unless a test replaces it ({@link #policy}) or adds to it. */
    public static final String DEFAULT_POLICY = """
            promise-reminder { after = 1s }
            handwritten-note { after = 1s }
            thank-you { after = 2s, latest = 120s }
            debrief { after = 3s }
            follow-up { after = 6s }
            second-follow-up { after = 4s }
            call-reminder { after = 2s }
            missed-grace = 120s
            send-window { enabled = false }
            self-window { enabled = false }
            """;

    private final Path root;
    private final GreenMailOperations greenMail;
    private final List<StoredMessage> sent = new CopyOnWriteArrayList<>();
    private int smtpPort;
    private int imapPort;
    private String policy = DEFAULT_POLICY;
    private String extraMail = "";
    private String extraSettings = "";
    private Path templates = Path.of("templates").toAbsolutePath();
    private Daemon daemon;
    private Database db;
    private String storeUrl;
    private boolean cluster;
    private Clock clock = Clock.systemUTC();

    /** @param greenMail a started GreenMail with SMTP and IMAP (dynamic ports are fine) */
    public DaemonHarness(Path root, GreenMailOperations greenMail) {
        this.root = root;
        this.greenMail = greenMail;
        this.smtpPort = greenMail.getSmtp().getPort();
        this.imapPort = greenMail.getImap().getPort();
        greenMail.setUser(SENDER, SENDER, PASSWORD);
    }

    /** Replaces the whole {@code followup.policy} block body. */
    public DaemonHarness policy(String hocon) {
        this.policy = hocon;
        return this;
    }

    /**
     * The default policy with these lines after it: HOCON merges objects, so {@code thank-you { latest = 30s }}
     * changes one figure and keeps the others.
     */
    public DaemonHarness policyPlus(String hocon) {
        return policy(DEFAULT_POLICY + hocon);
    }

    /** Keeps the state in this database (a PostgreSQL URL) instead of an H2 file under the root. */
    public DaemonHarness store(String url) {
        this.storeUrl = url;
        return this;
    }

    /** Sets {@code followup.cluster = true} (with a PostgreSQL {@link #store}). */
    public DaemonHarness cluster() {
        this.cluster = true;
        return this;
    }

    /** The daemon's clock (default: the system's); the scheduler's triggers still fire on the system's. */
    public DaemonHarness clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Extra lines inside {@code followup.mail { ... }} (e.g. caps, retry). */
    public DaemonHarness mail(String hocon) {
        this.extraMail = hocon;
        return this;
    }

    /** Lines after the {@code followup { ... }} block, such as {@code followup.metrics.port = 0}. */
    public DaemonHarness settingsPlus(String hocon) {
        this.extraSettings = hocon;
        return this;
    }

    /** Uses another templates directory than the project's. */
    public DaemonHarness templates(Path dir) {
        this.templates = dir.toAbsolutePath();
        return this;
    }

    /** Points the daemon at other ports (a fault-injecting proxy or scripted server in front of GreenMail). */
    public DaemonHarness ports(int smtp, int imap) {
        this.smtpPort = smtp;
        this.imapPort = imap;
        return this;
    }

    /** Sends through a scripted SMTP server (which hands what it accepts to GreenMail); IMAP stays GreenMail's. */
    DaemonHarness via(FaultySmtpServer smtp) {
        return ports(smtp.port(), imapPort);
    }

    public int imapPort() {
        return imapPort;
    }

    public Path root() {
        return root;
    }

    public Path interviews() {
        return root.resolve("conf/interviews");
    }

    public Path config() throws IOException {
        Path secret = root.resolve("password");
        if (!Files.exists(secret)) {
            LiveConfig.secretFile(secret, PASSWORD);
        }
        String auth = LiveConfig.passwordFile(secret);
        Path file = new LiveConfig(smtpPort, auth, imapPort, auth, extraMail, policy, templates,
                storeUrl != null ? storeUrl : LiveConfig.storeUnder(root))
                .writeTo(root.resolve("conf/application.conf"));
        if (cluster) {
            Files.writeString(file, "followup.cluster = true\n", java.nio.file.StandardOpenOption.APPEND);
        }
        if (!extraSettings.isEmpty()) {
            Files.writeString(file, extraSettings + "\n", java.nio.file.StandardOpenOption.APPEND);
        }
        return file;
    }

    /** Writes (or overwrites) {@code conf/interviews/<id>.conf}. */
    public Path record(String id, String hocon) throws IOException {
        Files.createDirectories(interviews());
        Path file = interviews().resolve(id + ".conf");
        Path tmp = interviews().resolve("." + id + ".tmp");
        Files.writeString(tmp, hocon);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** A record for an interview that started {@code ago} before now, with these interviewer lines. */
    public static String interview(Duration ago, String interviewers, String extra) {
        return interviewAt(LocalDateTime.now(ZONE).minus(ago).truncatedTo(ChronoUnit.SECONDS), interviewers, extra);
    }

    /** A record for an interview at this local time in {@link #ZONE}, with these interviewer lines. */
    public static String interviewAt(LocalDateTime at, String interviewers, String extra) {
        String record = """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "%s"
                zone     = "%s"
                interviewers = [
                %s
                ]
                phone = "+1 555 0199"
                """.formatted(at, ZONE.getId(), interviewers);
        // a key the extra lines give replaces the one above: a record may write each key once
        for (String key : List.of("company", "position", "at", "zone", "phone")) {
            if (java.util.regex.Pattern.compile("(?m)^\\s*" + key + "\\s*[=:]").matcher(extra).find()) {
                record = record.replaceAll("(?m)^" + key + "\\s*=.*\\n", "");
            }
        }
        return record + extra + "\n";
    }

    public static final String JANE = "{ name = \"Jane Doe\", email = \"jane@acme.example\", topics = [\"Kubernetes\"] }";
    public static final String RAJ = "{ name = \"Raj Patel\", email = \"raj@acme.example\", topics = [\"on-call\"] }";

    public Settings settings() throws IOException {
        return SettingsLoader.load(config());
    }

    public DaemonHarness start() throws IOException {
        Settings settings = settings();
        daemon = Daemon.start(settings, clock, new DeliveryListener() {
            @Override
            public void sent(StoredMessage message, MimeMessage mime) {
                sent.add(message);
            }
        });
        if (db == null) {
            db = Database.open(settings.store());
        }
        return this;
    }

    public void stop() {
        if (daemon != null) {
            daemon.close();
            daemon = null;
        }
    }

    public Daemon daemon() {
        return daemon;
    }

    /** What the listener saw go out, in order. */
    public List<StoredMessage> sent() {
        return List.copyOf(sent);
    }

    public MessageStore store() {
        return new MessageStore(db);
    }

    public Database database() {
        return db;
    }

    public Optional<StoredMessage> message(String key) {
        return store().find(key);
    }

    public StoredMessage awaitState(String key, State state) {
        awaitTrue("state of " + key + " to become " + state,
                () -> message(key).map(m -> m.state() == state).orElse(false));
        return message(key).orElseThrow();
    }

    public void awaitTrue(String what, BooleanSupplier condition) {
        awaitTrue(what, condition, WAIT);
    }

    public void awaitTrue(String what, BooleanSupplier condition, Duration within) {
        try {
            Awaitility.await(what).atMost(within).pollDelay(Duration.ZERO).pollInterval(POLL).pollInSameThread()
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            fail("timed out after " + within.toSeconds() + "s waiting for " + what + "; messages: "
                    + store().all().stream().map(m -> m.key() + "=" + m.state() + " (" + m.reason() + ")")
                    .toList());
        }
    }

    /** Waits until this instant has passed on the wall clock (the daemon runs on the system clock). */
    public void awaitInstant(String what, Instant instant) {
        awaitTrue(what + " (" + instant + ") to pass", () -> Instant.now().isAfter(instant),
                Duration.between(Instant.now(), instant).plus(WAIT));
    }

    /**
     * Waits until the running daemon's scheduler has completed {@code n} more mailbox polls, counted from now
     * through the poll trigger's fire count in the Quartz tables. The poll job never runs twice at once, so the
     * trigger firing for the (n+1)th time means the n-th poll after this call has finished (send jobs run beside it
     * on the other worker threads).
     */
    public void awaitPolls(int n) {
        long base = pollsFired();
        awaitTrue(n + " more mailbox poll(s) (fired so far: " + base + ")", () -> pollsFired() >= base + n + 1);
    }

    /** How often the poll trigger has fired since the daemon scheduled it (0 if it has not yet). */
    public long pollsFired() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT times_triggered FROM qrtz_simple_triggers"
                     + " WHERE trigger_name = 'poll' AND trigger_group = 'poll'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of one in-process command line. */
    public record CliResult(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code followup ARGS --config <this config>} in-process, e.g. {@code cli("hold", "acme")}. */
    public CliResult cli(String... args) throws IOException {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--config";
        all[args.length + 1] = config().toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out);
             PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(all, Clock.systemUTC(), o, e);
        }
        return new CliResult(code, out.toString(), err.toString());
    }

    /** Messages delivered to one mailbox of the GreenMail server. */
    public List<MimeMessage> inbox(String address) {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Message-IDs in one inbox, in order of arrival. */
    public List<String> messageIds(String address) {
        return inbox(address).stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one message with this Message-ID in this inbox; fails if there is none or more than one. */
    public MimeMessage delivered(String address, String messageId) {
        List<MimeMessage> hits = inbox(address).stream().filter(m -> {
            try {
                return messageId.equals(m.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        if (hits.size() != 1) {
            fail(hits.size() + " messages with Message-ID " + messageId + " in the inbox of " + address
                    + "; it holds " + messageIds(address));
        }
        return hits.get(0);
    }

    public GreenMailOperations greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        stop();
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
