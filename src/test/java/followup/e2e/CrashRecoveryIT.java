package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import followup.daemon.LiveConfig;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end crash test of the packaged daemon (PRODUCT.md section 5, at most once): {@code target/followup.jar}
 * runs as a separate process against GreenMail (SMTP and IMAP on loopback, live mode), a burst of thank-yous is due
 * at start, and the daemon is killed with SIGKILL at random moments and restarted after each kill. A last run drains
 * what is left and is stopped with SIGTERM. Then every recipient mailbox must hold each Message-ID at most once, and
 * every thank-you must be {@code sent} (delivered exactly once) or {@code failed} as uncertain, never stuck.
 *
 * <p>Knobs (system properties): {@code crash.seed} (the random kill moments), {@code crash.interviews} (at least 35,
 * three thank-yous each), {@code crash.kills} (at least 11, every sixth during start-up). A longer run needs
 * {@code -Djunit.jupiter.execution.timeout.mode=disabled}; every wait in the test has its own deadline anyway.
 */
class CrashRecoveryIT {
    private static final String SENDER = DaemonHarness.SENDER;
    private static final String PASSWORD = DaemonHarness.PASSWORD;
    private static final ZoneId ZONE = DaemonHarness.ZONE;
    private static final int INTERVIEWS = Math.max(35, Integer.getInteger("crash.interviews", 35));
    private static final String[] PEOPLE = {"a", "b", "c"};
    private static final long SEED = Long.getLong("crash.seed", 20270114L);
    private static final int KILLS = Math.max(11, Integer.getInteger("crash.kills", 11));
    private static final int MIN_DELAY_MS = 300;
    private static final int MAX_DELAY_MS = 2500;
    private static final int SIGKILL_EXIT = 128 + 9;
    /** Every n-th kill hits the start-up (JVM, H2 lock, recovery) instead of the burst: 11 kills, 10 in the burst. */
    private static final int START_UP_KILL_EVERY = 6;
    private static final Duration START_WITHIN = Duration.ofSeconds(90);   // generous: a loaded CI machine is slow to start a JVM
    private static final Duration DRAIN_WITHIN = Duration.ofSeconds(30).plusMillis(600L * INTERVIEWS * PEOPLE.length);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** Kept when the test fails: the daemon's log of every run (run-N.log) and the H2 file, for the post-mortem. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();

    @AfterEach
    void killEveryDaemonStarted() throws InterruptedException {
        jar.close();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)   // about 80 s on an idle machine; a busy one takes twice that
    void kill_9_at_random_moments_of_a_burst_never_sends_twice_and_accounts_for_every_message() throws Exception {
        PackagedJar.requireBuilt();
        Instant began = Instant.now();
        greenMail.setUser(SENDER, SENDER, PASSWORD);
        Path config = writeConfig();
        Set<String> recipients = writeRecords();

        Random random = new Random(SEED);
        List<String> kills = new ArrayList<>();
        for (int k = 1; k <= KILLS; k++) {
            int delay = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);
            kills.add(killAfter(config, "run-" + k, delay, k % START_UP_KILL_EVERY == 0));
        }
        drainAndStop(config, "run-final");

        List<StoredMessage> stored = readStore();
        Map<String, Map<String, Integer>> mailboxes = mailboxes();
        Report report = check(stored, mailboxes, recipients);
        System.out.printf("CrashRecoveryIT (seed %d): kills: %s%n", SEED, kills);
        System.out.printf("CrashRecoveryIT: messages %d, kills %d, sent %d, uncertain %d (%d of them delivered),"
                        + " duplicates %d, notices sent %d, total time %.1fs%n", report.thankYous, KILLS,
                report.sent, report.uncertain, report.uncertainDelivered, report.duplicates, report.noticesSent,
                Duration.between(began, Instant.now()).toMillis() / 1000.0);
    }

    // ---- the daemon as a process -------------------------------------------------------------------------------

    private Process launch(Path config, String name) throws IOException {
        Path log = root.resolve(name + ".log");
        return jar.start(PackagedJar.command(List.of(), List.of("run", "--config", config.toString()))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()));
    }

    /**
     * Starts the daemon and SIGKILLs it {@code delayMs} after it is up (recovery done, scheduler running), or, for
     * a start-up kill, {@code delayMs} after launch (while it starts the JVM, takes the H2 lock or recovers).
     * Returns a line for the report: the delay and how many messages reached the mail server meanwhile.
     */
    private String killAfter(Path config, String name, int delayMs, boolean duringStartUp) throws Exception {
        int deliveredBefore = delivered();
        Process p = launch(config, name);
        if (!duringStartUp) {
            awaitWhileAlive(p, name, "the daemon to start", START_WITHIN,
                    () -> read(root.resolve(name + ".log")).contains("followup running"));
        }
        if (p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            fail(name + ": the daemon exited by itself with " + p.exitValue() + " before the kill\n" + tail(name));
        }
        p.destroyForcibly();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            fail(name + ": the daemon did not die within 10s of SIGKILL");
        }
        assertEquals(SIGKILL_EXIT, p.exitValue(), name + ": the daemon was not ended by SIGKILL\n" + tail(name));
        return (duringStartUp ? "start-up " : "") + delayMs + "ms:+" + (delivered() - deliveredBefore);
    }

    /** The last run: waits until nothing due is left planned or sending, then SIGTERM, which must exit 0. */
    private void drainAndStop(Path config, String name) throws Exception {
        Process p = launch(config, name);
        awaitWhileAlive(p, name, "the daemon to start", START_WITHIN,
                () -> read(root.resolve(name + ".log")).contains("followup running"));
        awaitWhileAlive(p, name, "every due message to be settled", DRAIN_WITHIN, this::nothingDueIsPending);
        p.destroy();
        if (!p.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + ": the daemon did not stop within " + STOP_WITHIN.toSeconds() + "s of SIGTERM\n" + tail(name));
        }
        assertEquals(0, p.exitValue(), name + ": exit code after SIGTERM\n" + tail(name));
    }

    private void awaitWhileAlive(Process p, String name, String what, Duration within, BooleanSupplier condition) {
        PackagedJar.awaitWhileAlive(p, name + ": " + what, within, condition, () -> tail(name));
    }

    /**
     * Read through the running daemon (H2 AUTO_SERVER: it owns the file, this is a client): no thank-you or
     * notice is planned or sending any more. The later steps (follow-up after 30 days) stay planned.
     */
    private boolean nothingDueIsPending() {
        List<StoredMessage> all;
        try (Database db = Database.open(storeUrl())) {
            all = new MessageStore(db).all();
        }
        long thankYous = all.stream().filter(m -> m.step().equals("thank-you")).count();
        return thankYous == (long) INTERVIEWS * PEOPLE.length && all.stream()
                .filter(m -> m.step().equals("thank-you") || m.isNotice())
                .noneMatch(m -> m.state() == State.PLANNED || m.state() == State.SENDING);
    }

    private String tail(String name) {
        List<String> lines = read(root.resolve(name + ".log")).lines().toList();
        return "--- last lines of " + root.resolve(name + ".log") + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    // ---- what the store and the mailboxes say ------------------------------------------------------------------

    private String storeUrl() {
        return LiveConfig.storeUnder(root);
    }

    private List<StoredMessage> readStore() {
        try (Database db = Database.open(storeUrl())) {
            return new MessageStore(db).all();
        }
    }

    /** Messages in the recipients' inboxes (the copies appended to the sender's sent folder are not counted). */
    private static int delivered() throws FolderException {
        int n = 0;
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            n += greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
        }
        return n;
    }

    /** For every mailbox folder of every GreenMail user ("user/folder"): how often each Message-ID is in it. */
    private static Map<String, Map<String, Integer>> mailboxes() throws FolderException, MessagingException {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            for (MailFolder folder : greenMail.getManagers().getImapHostManager().listMailboxes(user, "*")) {
                Map<String, Integer> ids = new HashMap<>();
                for (var stored : folder.getMessages()) {
                    ids.merge(String.valueOf(stored.getMimeMessage().getMessageID()), 1, Integer::sum);
                }
                out.put(user.getEmail() + "/" + folder.getName(), ids);
            }
        }
        return out;
    }

    private record Report(int thankYous, int sent, int uncertain, int uncertainDelivered, int duplicates,
                          int noticesSent) {
    }

    private Report check(List<StoredMessage> stored, Map<String, Map<String, Integer>> mailboxes,
                         Set<String> recipients) {
        Map<String, Integer> duplicates = new TreeMap<>();
        mailboxes.forEach((box, ids) -> ids.forEach((id, n) -> {
            if (n > 1) {
                duplicates.put(box + " " + id, n);
            }
        }));
        Map<String, Integer> inboxCopies = new HashMap<>();
        mailboxes.forEach((box, ids) -> {
            if (box.endsWith("/INBOX")) {
                ids.forEach((id, n) -> inboxCopies.merge(id, n, Integer::sum));
            }
        });
        Map<String, StoredMessage> byId = stored.stream()
                .collect(Collectors.toMap(StoredMessage::messageId, m -> m, (a, b) -> a));
        List<StoredMessage> thankYous = stored.stream().filter(m -> m.step().equals("thank-you")).toList();

        List<String> problems = new ArrayList<>();
        duplicates.forEach((where, n) -> problems.add("delivered " + n + " times: " + where));
        if (!thankYous.stream().map(StoredMessage::recipient).collect(Collectors.toCollection(TreeSet::new))
                .equals(new TreeSet<>(recipients)) || thankYous.size() != recipients.size()) {
            problems.add("expected one thank-you for each of " + recipients.size() + " interviewers, the store has "
                    + thankYous.size());
        }
        int sent = 0;
        int uncertain = 0;
        int uncertainDelivered = 0;
        for (StoredMessage m : thankYous) {
            int copies = inboxCopies.getOrDefault(m.messageId(), 0);
            if (m.state() == State.SENT) {
                sent++;
                if (copies != 1) {
                    problems.add(m.key() + " is sent but was delivered " + copies + " times");
                }
            } else if (m.state() == State.FAILED && m.reason() != null && m.reason().startsWith("uncertain")) {
                uncertain++;
                uncertainDelivered += copies;
                String notice = m.interviewId() + "/notice/uncertain:" + m.key();
                if (stored.stream().noneMatch(s -> s.key().equals(notice))) {
                    problems.add(m.key() + " is uncertain but no notice to self was queued about it");
                }
            } else {
                problems.add(m.key() + " is neither sent nor uncertain: " + m.state() + " (" + m.reason() + ")");
            }
        }
        int noticesSent = 0;
        for (StoredMessage m : stored) {
            if (m.state() == State.SENDING || (m.isNotice() && m.state() == State.PLANNED)) {
                problems.add(m.key() + " was left " + m.state() + " (" + m.reason() + ")");
            }
            if (m.isNotice() && m.state() == State.SENT) {
                noticesSent++;
                int copies = inboxCopies.getOrDefault(m.messageId(), 0);
                if (copies != 1) {
                    problems.add(m.key() + " (notice) is sent but was delivered " + copies + " times");
                }
            }
        }
        inboxCopies.forEach((id, n) -> {
            StoredMessage m = byId.get(id);
            if (m == null) {
                problems.add("delivered but unknown to the store: " + id);
            } else if (m.state() != State.SENT && m.state() != State.FAILED) {
                problems.add(m.key() + " was delivered but the store says " + m.state() + " (" + m.reason() + ")");
            }
        });
        long lost = thankYous.stream().filter(m -> m.state() != State.SENT && !(m.state() == State.FAILED
                && m.reason() != null && m.reason().startsWith("uncertain"))).count()
                + Math.max(0, recipients.size() - thankYous.size());
        new Figures.Tally("kill -9 at random moments of a burst of " + recipients.size()
                + " due messages, restart after each (packaged daemon)", CrashRecoveryIT.class)
                .cases(KILLS).lost(lost).duplicates(duplicates.size()).crashes(0).record();
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) after " + KILLS + " kills (seed " + SEED + "; logs and data kept in "
                    + root + "):\n  " + String.join("\n  ", problems));
        }
        return new Report(thankYous.size(), sent, uncertain, uncertainDelivered, duplicates.size(), noticesSent);
    }

    // ---- the workspace ----------------------------------------------------------------------------------------

    private Path writeConfig() throws IOException {
        String auth = LiveConfig.passwordFile(LiveConfig.secretFile(root.resolve("password"), PASSWORD));
        return new LiveConfig(greenMail.getSmtp().getPort(), auth, greenMail.getImap().getPort(), auth,
                "max-per-hour = 100000\nmax-per-day = 100000", LiveConfig.THANK_YOUS_ONLY,
                LiveConfig.projectTemplates(), storeUrl()).writeTo(root.resolve("conf/application.conf"));
    }

    /** One record per interview, three interviewers each, all due now; returns every interviewer's address. */
    private Set<String> writeRecords() throws IOException {
        Set<String> recipients = new TreeSet<>();
        String at = LocalDateTime.now(ZONE).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
        for (int i = 1; i <= INTERVIEWS; i++) {
            List<String> people = new ArrayList<>();
            for (String p : PEOPLE) {
                String email = "p" + i + p + "@corp" + i + ".example";
                recipients.add(email);
                people.add("  { name = \"Person " + p.toUpperCase() + i + "\", email = \"" + email + "\" }");
            }
            String id = "corp%02d".formatted(i);
            Path tmp = root.resolve("conf/interviews/." + id + ".tmp");
            Files.writeString(tmp, """
                    company  = "Corp %d"
                    position = "Platform Engineer"
                    at       = "%s"
                    zone     = "%s"
                    interviewers = [
                    %s
                    ]
                    """.formatted(i, at, ZONE.getId(), String.join("\n", people)));
            Files.move(tmp, root.resolve("conf/interviews/" + id + ".conf"), StandardCopyOption.ATOMIC_MOVE);
        }
        return recipients;
    }
}
