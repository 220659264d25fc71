package followup.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import followup.daemon.DaemonHarness;
import followup.daemon.LiveConfig;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A burst spread over 50 candidates of one deployment on one PostgreSQL: three packaged daemons with
 * {@code followup.cluster = true}, one of them killed with {@code kill -9} every few seconds and started again,
 * against one daemon alone on the same kind of data, in the same run. Each candidate has a GreenMail mailbox of
 * their own; the burst is written as records once every daemon runs, every thank-you due at once.
 *
 * <p>The rate counts from the records being written to the last message settled. Afterwards every mailbox folder
 * (the recipients' inboxes, each candidate's Sent) is read: a Message-ID twice in one folder is a duplicate; every
 * thank-you must be sent (delivered once) or reported uncertain.
 *
 * <p>{@code -Dbench.cluster.candidates=50}, {@code -Dbench.cluster.messages=1000} (four interviewers per interview),
 * {@code -Dbench.cluster.kill-every=5} (seconds), {@code -Dbench.cluster.seed=...}.
 */
public final class ClusterBench implements Bench {
    private static final int PEOPLE = 4;
    private static final String PASSWORD = "bench-password";
    private static final Duration START_WITHIN = Duration.ofSeconds(180);
    private static final Duration DRAIN_WITHIN = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PICK_AGAIN = Duration.ofMillis(200);

    private final int candidates = Integer.getInteger("bench.cluster.candidates", 50);
    private final int messages = Integer.getInteger("bench.cluster.messages", 1000);
    private final Duration killEvery = Duration.ofSeconds(Integer.getInteger("bench.cluster.kill-every", 5));
    private final Random random = new Random(Long.getLong("bench.cluster.seed", 20261204L));

    public ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        followup.bench.Row.header();
        for (Bench.Row r : new ClusterBench().run()) {
            new followup.bench.Row(r.what(), r.followup(), r.baseline(), r.ratio()).print();
        }
    }

    @Override
    public List<Bench.Row> run() throws Exception {
        Outcome one = burst(1, null);
        Outcome calm = burst(3, null);
        Outcome three = burst(3, killEvery);
        double threeRate = three.settled / seconds(three.took);
        double calmRate = calm.settled / seconds(calm.took);
        double oneRate = one.settled / seconds(one.took);
        String what = "burst of " + three.total + " thank-yous over " + candidates + " candidates, one PostgreSQL";
        boolean safe = three.duplicates == 0 && three.lost == 0 && one.duplicates == 0 && one.lost == 0
                && calm.duplicates == 0 && calm.lost == 0;
        return List.of(
                new Bench.Row(what + ": 3 daemons", followup.bench.Row.num("%.0f messages/s", calmRate),
                        followup.bench.Row.num("1 daemon: %.0f messages/s", oneRate),
                        followup.bench.Row.ratio(calmRate, oneRate)),
                new Bench.Row(what + ": 3 daemons, one killed with kill -9 every " + killEvery.toSeconds()
                        + " s and restarted (" + three.kills + " kills)",
                        followup.bench.Row.num("%.0f messages/s", threeRate),
                        followup.bench.Row.num("1 daemon, no kill: %.0f messages/s", oneRate),
                        followup.bench.Row.ratio(threeRate, oneRate)),
                new Bench.Row(what + ": duplicates in any mailbox / reported uncertain / lost",
                        three.duplicates + " / " + three.uncertain + " / " + three.lost,
                        "1 daemon: " + one.duplicates + " / " + one.uncertain + " / " + one.lost + "; 3 without kills: "
                                + calm.duplicates + " / " + calm.uncertain + " / " + calm.lost,
                        safe ? "0 duplicates, none lost: met" : "NOT met"));
    }

    private record Outcome(int total, int settled, Duration took, int kills, int duplicates, int uncertain,
                           int lost) {
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private Outcome burst(int nodes, Duration kills) throws Exception {
        Path root = Files.createTempDirectory("followup-cluster-bench");
        GreenMail mail = startMail();
        String store = PostgresServer.newDatabase();
        List<Process> running = new ArrayList<>();
        try {
            Path config = deployment(root, mail, store);
            Process[] node = new Process[nodes];
            int[] runs = new int[nodes];
            for (int n = 0; n < nodes; n++) {
                node[n] = launch(root, config, n, ++runs[n], running);
            }
            for (int n = 0; n < nodes; n++) {
                awaitRunning(node[n], log(root, n, runs[n]));
            }
            int total = records(root);
            Instant written = Instant.now();
            Instant deadline = written.plus(DRAIN_WITHIN);
            Instant nextKill = kills == null ? null : written.plus(kills);
            int killed = 0;
            // waits for the burst to settle; whenever a kill is due meanwhile, a running daemon is killed and restarted
            while (!settledBy(store, total, nextKill == null || nextKill.isAfter(deadline) ? deadline : nextKill)) {
                if (!Instant.now().isBefore(deadline)) {
                    throw new IllegalStateException("the burst did not settle within " + DRAIN_WITHIN + "; logs in "
                            + root);
                }
                int n = random.nextInt(nodes);
                if (Files.readString(log(root, n, runs[n])).contains("followup running")) {
                    node[n].destroyForcibly();
                    node[n].waitFor(10, TimeUnit.SECONDS);
                    node[n] = launch(root, config, n, ++runs[n], running);
                    killed++;
                    nextKill = Instant.now().plus(kills);
                } else {
                    nextKill = Instant.now().plus(PICK_AGAIN);   // still starting from its last kill: pick again soon
                }
            }
            Instant done = lastSent(store).orElse(Instant.now());
            for (Process p : running) {
                p.destroy();
            }
            for (Process p : running) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            return check(store, mail, total, Duration.between(written, done), killed);
        } finally {
            for (Process p : running) {
                p.destroyForcibly();
            }
            mail.stop();
        }
    }

    /**
     * GreenMail, started from a thread group of its own: its connection threads inherit it, and the SMTP conversation
     * of a daemon killed mid-message ends in an exception there (a connection reset) that must not end the run.
     */
    private static GreenMail startMail() throws InterruptedException {
        ThreadGroup quiet = new ThreadGroup("bench-mail") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                // a killed daemon's connection, reset: expected here
            }
        };
        GreenMail[] made = new GreenMail[1];
        Thread starter = new Thread(quiet, () -> made[0] = new BenchMail().greenMail(), "bench-mail-start");
        starter.start();
        starter.join();
        return made[0];
    }

    private static java.util.Optional<Instant> lastSent(String store) {
        try (Database db = Database.open(store)) {
            return new MessageStore(db).all().stream().filter(m -> m.step().equals("thank-you"))
                    .map(StoredMessage::sentAt).filter(java.util.Objects::nonNull).max(Instant::compareTo);
        }
    }

    private static boolean settled(String store, int total) {
        try (Database db = Database.open(store)) {
            List<StoredMessage> all = new MessageStore(db).all();
            return all.stream().filter(m -> m.step().equals("thank-you")).count() == total && all.stream()
                    .filter(m -> m.step().equals("thank-you"))
                    .noneMatch(m -> m.state() == State.PLANNED || m.state() == State.SENDING);
        }
    }

    private Outcome check(String store, GreenMail mail, int total, Duration took, int kills)
            throws FolderException, jakarta.mail.MessagingException {
        int duplicates = 0;
        Map<String, Integer> inInboxes = new HashMap<>();
        for (GreenMailUser user : mail.getUserManager().listUser()) {
            for (MailFolder folder : mail.getManagers().getImapHostManager().listMailboxes(user, "*")) {
                Map<String, Integer> ids = new HashMap<>();
                for (var m : folder.getMessages()) {
                    ids.merge(String.valueOf(m.getMimeMessage().getMessageID()), 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> e : ids.entrySet()) {
                    duplicates += e.getValue() - 1;
                    if (folder.getName().equals("INBOX")) {
                        inInboxes.merge(e.getKey(), e.getValue(), Integer::sum);
                    }
                }
            }
        }
        int sent = 0;
        int uncertain = 0;
        try (Database db = Database.open(store)) {
            for (StoredMessage m : new MessageStore(db).all()) {
                if (!m.step().equals("thank-you")) {
                    continue;
                }
                if (m.state() == State.SENT && inInboxes.getOrDefault(m.messageId(), 0) == 1) {
                    sent++;
                } else if (m.state() == State.FAILED && m.reason() != null && m.reason().startsWith("uncertain")) {
                    uncertain++;
                }
            }
        }
        return new Outcome(total, sent + uncertain, took, kills, duplicates, uncertain, total - sent - uncertain);
    }

    // ---- the deployment ----------------------------------------------------------------------------------------

    private Path deployment(Path root, GreenMail mail, String store) throws IOException {
        Path conf = Files.createDirectories(root.resolve("conf"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  policy {
                    %s
                  }
                  templates = "%s"
                  store { url = "%s" }
                  cluster = true
                  render-time-limit = 30s
                  web { enabled = false }
                }
                """.formatted(LiveConfig.THANK_YOUS_ONLY, LiveConfig.projectTemplates(), store));
        for (int c = 0; c < candidates; c++) {
            String email = "candidate%02d@bench.example".formatted(c);
            mail.setUser(email, email, PASSWORD);
            Path dir = Files.createDirectories(conf.resolve("candidates/c%02d/interviews".formatted(c))).getParent();
            Path secret = LiveConfig.secretFile(dir.resolve("mail-password"), PASSWORD);
            Files.writeString(dir.resolve("candidate.conf"), """
                    sender { name = "Candidate %d", email = "%s", zone = "%s" }
                    mail {
                      mode = live
                      smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s" }
                      imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s",
                             poll-interval = 5s }
                      max-per-hour = 100000
                      max-per-day = 100000
                    }
                    """.formatted(c, email, DaemonHarness.ZONE.getId(), mail.getSmtp().getPort(), email, secret,
                    mail.getImap().getPort(), email, secret));
        }
        return config;
    }

    /** Every candidate's interviews, all due now, written as the daemons run; how many thank-yous they hold. */
    private int records(Path root) throws IOException {
        int perCandidate = Math.max(1, messages / candidates / PEOPLE);
        String at = LocalDateTime.now(DaemonHarness.ZONE).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
        int total = 0;
        for (int c = 0; c < candidates; c++) {
            Path dir = root.resolve("conf/candidates/c%02d/interviews".formatted(c));
            for (int i = 0; i < perCandidate; i++) {
                List<String> people = new ArrayList<>();
                for (int p = 0; p < PEOPLE; p++) {
                    people.add("  { name = \"Person %c%d\", email = \"p%d.%d.%d@corp.example\" }".formatted('A' + p, i,
                            c, i, p));
                    total++;
                }
                Path tmp = dir.resolve(".corp" + i + ".tmp");
                Files.writeString(tmp, """
                        company  = "Corp %d"
                        position = "Platform Engineer"
                        at       = "%s"
                        zone     = "%s"
                        interviewers = [
                        %s
                        ]
                        """.formatted(i, at, DaemonHarness.ZONE.getId(), String.join("\n", people)));
                Files.move(tmp, dir.resolve("corp" + i + ".conf"), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return total;
    }

    // ---- the daemons as processes ------------------------------------------------------------------------------

    private static Path log(Path root, int node, int run) {
        return root.resolve("node-" + node + "-run-" + run + ".log");
    }

    private static Process launch(Path root, Path config, int node, int run, List<Process> running)
            throws IOException {
        List<String> command = Processes.java("-jar", Path.of("target", "followup.jar").toAbsolutePath().toString(),
                "run", "--config", config.toString());
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log(root, node, run).toFile()).start();
        running.add(p);
        return p;
    }

    private static void awaitRunning(Process p, Path log) {
        try {
            Awaitility.await("a daemon to start; see " + log).atMost(START_WITHIN).pollInterval(POLL)
                    .pollInSameThread().failFast("the daemon exited; see " + log, () -> !p.isAlive())
                    .until(() -> Files.exists(log) && Files.readString(log).contains("followup running"));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException("a daemon did not start: " + e.getMessage(), e);
        }
    }

    /** Whether the burst settles by {@code until}, asked every {@link #POLL}. */
    private static boolean settledBy(String store, int total, Instant until) {
        Duration left = Duration.between(Instant.now(), until);
        try {
            Awaitility.await().atMost(left.compareTo(POLL) < 0 ? POLL : left).pollDelay(Duration.ZERO)
                    .pollInterval(POLL).pollInSameThread().until(() -> settled(store, total));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
