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
import followup.testing.PostgresServer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several daemons on one PostgreSQL (PRODUCT.md section 5): {@code target/followup.jar} runs as three processes with
 * {@code followup.cluster = true} on one database of the embedded PostgreSQL, a burst of thank-yous is due at once,
 * and one daemon picked at random is killed with SIGKILL at random moments and started again. Then the others must
 * have taken over its work: every recipient mailbox holds each Message-ID at most once, and every thank-you is
 * {@code sent} (delivered exactly once) or {@code failed} as uncertain with a notice, none left planned or sending.
 *
 * <p>Knobs (system properties): {@code cluster.seed}, {@code cluster.interviews} (three thank-yous each),
 * {@code cluster.kills}; the reliability profile raises the last two.
 */
class ClusterIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final int NODES = 3;
    private static final int INTERVIEWS = Math.max(10, Integer.getInteger("cluster.interviews", 10));
    private static final int KILLS = Math.max(4, Integer.getInteger("cluster.kills", 4));
    private static final long SEED = Long.getLong("cluster.seed", 20270115L);
    private static final String[] PEOPLE = {"a", "b", "c"};
    private static final int MIN_DELAY_MS = 300;
    private static final int MAX_DELAY_MS = 2500;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final Duration START_WITHIN = Duration.ofSeconds(120);
    /** The others take over a killed daemon's sends after its check-ins stop (5 s) and Quartz's 7.5 s grace. */
    private static final Duration DRAIN_WITHIN = Duration.ofSeconds(60).plusMillis(300L * INTERVIEWS * PEOPLE.length);

    /** Kept when the test fails: every daemon's log (node-N/run-M.log). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();
    private final Process[] nodes = new Process[NODES];
    private final int[] runs = new int[NODES];
    private String storeUrl;

    @AfterEach
    void killEveryDaemonStarted() throws InterruptedException {
        jar.close();
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void three_clustered_daemons_with_one_killed_at_random_moments_send_every_message_once() throws Exception {
        PackagedJar.requireBuilt();
        Instant began = Instant.now();
        greenMail.setUser(DaemonHarness.SENDER, DaemonHarness.SENDER, DaemonHarness.PASSWORD);
        storeUrl = PostgresServer.newDatabase();
        Path config = writeConfig();
        Set<String> recipients = writeRecords();

        for (int n = 0; n < NODES; n++) {
            launch(config, n);
        }
        for (int n = 0; n < NODES; n++) {
            awaitRunning(n);
        }
        Random random = new Random(SEED);
        List<String> kills = new ArrayList<>();
        for (int k = 1; k <= KILLS; k++) {
            int node = random.nextInt(NODES);
            int delay = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);
            kills.add(kill(node, delay));
            launch(config, node);
        }
        awaitAllAlive("every due message to be settled", DRAIN_WITHIN, this::nothingDueIsPending);
        for (int n = 0; n < NODES; n++) {
            awaitRunning(n);    // a node restarted last may still be starting: SIGTERM before then is not a stop
        }
        for (int n = 0; n < NODES; n++) {
            nodes[n].destroy();
        }
        for (int n = 0; n < NODES; n++) {
            if (!nodes[n].waitFor(30, TimeUnit.SECONDS)) {
                fail("node " + n + " did not stop within 30s of SIGTERM\n" + tail(n));
            }
            assertEquals(0, nodes[n].exitValue(), "node " + n + ": exit code after SIGTERM\n" + tail(n));
        }

        List<StoredMessage> stored;
        try (Database db = Database.open(storeUrl)) {
            stored = new MessageStore(db).all();
        }
        int[] outcome = check(stored, mailboxes(), recipients);
        System.out.printf("ClusterIT (seed %d): %d daemons, kills (node:delay:+delivered meanwhile): %s%n", SEED,
                NODES, kills);
        System.out.printf("ClusterIT: messages %d, kills %d, sent %d, uncertain %d, duplicates 0, total time"
                + " %.1fs%n", recipients.size(), KILLS, outcome[0], outcome[1],
                Duration.between(began, Instant.now()).toMillis() / 1000.0);
    }

    // ---- the daemons as processes ------------------------------------------------------------------------------

    private void launch(Path config, int node) throws IOException {
        Path dir = root.resolve("node-" + node);
        Files.createDirectories(dir);
        runs[node]++;
        nodes[node] = jar.start(PackagedJar.command(List.of(), List.of("run", "--config", config.toString()))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(node).toFile()));
    }

    private Path log(int node) {
        return root.resolve("node-" + node).resolve("run-" + runs[node] + ".log");
    }

    private void awaitRunning(int node) {
        PackagedJar.awaitWhileAlive(nodes[node], "node " + node + " to start", START_WITHIN,
                () -> read(log(node)).contains("followup running"), () -> tail(node));
    }

    /** Waits {@code delayMs} once the node runs, then SIGKILLs it; a line for the report. */
    private String kill(int node, int delayMs) throws Exception {
        awaitRunning(node);
        int before = delivered();
        Process p = nodes[node];
        if (p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            fail("node " + node + " exited by itself with " + p.exitValue() + " before the kill\n" + tail(node));
        }
        p.destroyForcibly();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            fail("node " + node + " did not die within 10s of SIGKILL");
        }
        assertEquals(SIGKILL_EXIT, p.exitValue(), "node " + node + " was not ended by SIGKILL\n" + tail(node));
        return node + ":" + delayMs + "ms:+" + (delivered() - before);
    }

    /** Waits for the condition while checking that no daemon exits meanwhile. */
    private void awaitAllAlive(String what, Duration within, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        for (int n = 0; n < NODES; n++) {
            int node = n;
            Duration left = Duration.between(Instant.now(), deadline);
            PackagedJar.awaitWhileAlive(nodes[node], what + " (watching node " + node + ")",
                    left.isNegative() ? Duration.ZERO : left, condition, () -> tail(node));
        }
    }

    /** No thank-you or notice is planned or sending any more (read on the shared database). */
    private boolean nothingDueIsPending() {
        List<StoredMessage> all;
        try (Database db = Database.open(storeUrl)) {
            all = new MessageStore(db).all();
        }
        long thankYous = all.stream().filter(m -> m.step().equals("thank-you")).count();
        return thankYous == (long) INTERVIEWS * PEOPLE.length && all.stream()
                .filter(m -> m.step().equals("thank-you") || m.isNotice())
                .noneMatch(m -> m.state() == State.PLANNED || m.state() == State.SENDING);
    }

    private String tail(int node) {
        List<String> lines = read(log(node)).lines().toList();
        return "--- last lines of " + log(node) + " ---\n"
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
                for (var m : folder.getMessages()) {
                    ids.merge(String.valueOf(m.getMimeMessage().getMessageID()), 1, Integer::sum);
                }
                out.put(user.getEmail() + "/" + folder.getName(), ids);
            }
        }
        return out;
    }

    /** Fails with every problem found; returns {sent, uncertain}. */
    private int[] check(List<StoredMessage> stored, Map<String, Map<String, Integer>> mailboxes,
                        Set<String> recipients) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> inboxCopies = new HashMap<>();
        mailboxes.forEach((box, ids) -> ids.forEach((id, n) -> {
            if (n > 1) {
                problems.add("delivered " + n + " times: " + box + " " + id);
            }
            if (box.endsWith("/INBOX")) {
                inboxCopies.merge(id, n, Integer::sum);
            }
        }));
        long duplicates = problems.size();
        List<StoredMessage> thankYous = stored.stream().filter(m -> m.step().equals("thank-you")).toList();
        if (thankYous.size() != recipients.size()) {
            problems.add("expected " + recipients.size() + " thank-yous in the store, found " + thankYous.size());
        }
        int sent = 0;
        int uncertain = 0;
        for (StoredMessage m : thankYous) {
            int copies = inboxCopies.getOrDefault(m.messageId(), 0);
            if (m.state() == State.SENT) {
                sent++;
                if (copies != 1) {
                    problems.add(m.key() + " is sent but was delivered " + copies + " times");
                }
            } else if (m.state() == State.FAILED && m.reason() != null && m.reason().startsWith("uncertain")) {
                uncertain++;
                String notice = m.interviewId() + "/notice/uncertain:" + m.key();
                if (stored.stream().noneMatch(s -> s.key().equals(notice))) {
                    problems.add(m.key() + " is uncertain but no notice to self was queued about it");
                }
            } else {
                problems.add(m.key() + " is neither sent nor uncertain: " + m.state() + " (" + m.reason() + ")");
            }
        }
        for (StoredMessage m : stored) {
            if (m.state() == State.SENDING || (m.isNotice() && m.state() == State.PLANNED)) {
                problems.add(m.key() + " was left " + m.state() + " (" + m.reason() + ")");
            }
        }
        long lost = thankYous.size() - sent - uncertain + Math.max(0, recipients.size() - thankYous.size());
        new Figures.Tally("three clustered daemons on one PostgreSQL, one killed with kill -9 at random moments of a"
                + " burst of " + recipients.size() + " due messages (packaged daemon)", ClusterIT.class)
                .cases(KILLS).lost(lost).duplicates(duplicates).crashes(0).record();
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) after " + KILLS + " kills (seed " + SEED + "; logs kept in " + root
                    + "):\n  " + String.join("\n  ", problems));
        }
        return new int[] {sent, uncertain};
    }

    // ---- the workspace -----------------------------------------------------------------------------------------

    private Path writeConfig() throws IOException {
        String auth = LiveConfig.passwordFile(LiveConfig.secretFile(root.resolve("password"),
                DaemonHarness.PASSWORD));
        Path config = new LiveConfig(greenMail.getSmtp().getPort(), auth, greenMail.getImap().getPort(), auth,
                "max-per-hour = 100000\nmax-per-day = 100000", LiveConfig.THANK_YOUS_ONLY,
                LiveConfig.projectTemplates(), storeUrl).writeTo(root.resolve("conf/application.conf"));
        // three JVMs on a loaded CI machine can take longer than the default 2s to render one message
        Files.writeString(config, "followup.cluster = true\nfollowup.render-time-limit = 30s\n",
                StandardOpenOption.APPEND);
        return config;
    }

    /** One record per interview, three interviewers each, all due now; returns every interviewer's address. */
    private Set<String> writeRecords() throws IOException {
        Set<String> recipients = new TreeSet<>();
        String at = LocalDateTime.now(DaemonHarness.ZONE).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
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
                    """.formatted(i, at, DaemonHarness.ZONE.getId(), String.join("\n", people)));
            Files.move(tmp, root.resolve("conf/interviews/" + id + ".conf"), StandardCopyOption.ATOMIC_MOVE);
        }
        return recipients;
    }
}
