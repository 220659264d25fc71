package followup.bench;

import followup.config.SettingsLoader;
import followup.daemon.Daemon;
import followup.daemon.DaemonHarness;
import followup.daemon.DeliveryListener;
import followup.daemon.LiveConfig;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real daemon, in-process, in live mode against a {@link BenchMail}: {@code interviews} records whose
 * thank-yous (one interviewer each, each at their own company) all fall due at the same instant, a few seconds
 * after the daemon has planned and scheduled them. The reply check before the send and the copy to the sent
 * folder are on, as in the shipped config; the periodic poll runs every 5 minutes (the default), so it does not
 * run during the burst.
 */
final class DaemonRun {
    /**
     * The thank-yous as the store has them once all went out, the instant they were due and the instant the daemon
     * was running (its scheduler started), which is later than {@code due} when start-up took longer than the lead.
     */
    record Result(Instant due, Instant running, List<StoredMessage> sent, Instant copied) {
        /** From the moment the messages were due and the daemon running to the last 250. */
        Duration burst() {
            return Duration.between(from(), sent.stream().map(StoredMessage::sentAt).max(Comparator.naturalOrder())
                    .orElseThrow());
        }

        /** From the same moment to the last copy seen in the sent folder (looked for every 5 ms). */
        Duration toLastCopy() {
            return Duration.between(from(), copied);
        }

        private Instant from() {
            return running.isAfter(due) ? running : due;
        }

        boolean startedLate() {
            return running.isAfter(due);
        }

        /** Milliseconds from the due instant to the server's 250 (the store's {@code sent_at}), sorted. */
        long[] lateness() {
            return sent.stream().mapToLong(m -> Duration.between(m.due(), m.sentAt()).toMillis()).sorted()
                    .toArray();
        }
    }

    private DaemonRun() {
    }

    static Result burst(BenchMail mail, int interviews, Duration lead) throws IOException, InterruptedException {
        return burst(mail, interviews, lead, false);
    }

    /** @param postgres on a new database of {@link BenchPostgres} instead of an H2 file */
    static Result burst(BenchMail mail, int interviews, Duration lead, boolean postgres)
            throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("followup-bench");
        try {
            return burst(mail, root, interviews, lead, postgres ? BenchPostgres.newDatabase()
                    : LiveConfig.storeUnder(root));
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Result burst(BenchMail mail, Path root, int interviews, Duration lead, String store)
            throws IOException, InterruptedException {
        Path secret = LiveConfig.secretFile(root.resolve("password"), DaemonHarness.PASSWORD);
        String auth = LiveConfig.passwordFile(secret);
        Path config = new LiveConfig(mail.smtpPort(), auth, mail.imapPort(), auth,
                "max-per-hour = 100000\nmax-per-day = 100000\nimap { poll-interval = 5m }", LiveConfig.THANK_YOUS_ONLY,
                LiveConfig.projectTemplates(), store).writeTo(root.resolve("conf/application.conf"));
        LocalDateTime at = LocalDateTime.now(DaemonHarness.ZONE).plus(lead).withNano(0);
        Instant due = at.atZone(DaemonHarness.ZONE).toInstant();
        Path dir = root.resolve("conf/interviews");
        for (int i = 0; i < interviews; i++) {
            String interviewer = "{ name = \"Jane Doe\", email = \"jane@c%04d.example\", topics = [\"Kubernetes\"] }"
                    .formatted(i);
            Files.writeString(dir.resolve("c%04d.conf".formatted(i)),
                    DaemonHarness.interviewAt(at, interviewer, ""));
        }
        CountDownLatch sent = new CountDownLatch(interviews);
        DeliveryListener listener = (message, mime) -> sent.countDown();
        Instant running;
        Instant copied;
        int copiesBefore = mail.sentCopies();
        long starting = System.nanoTime();
        try (Daemon daemon = Daemon.start(SettingsLoader.load(config), Clock.systemUTC(), listener)) {
            running = Instant.now();
            System.err.printf("daemon started in %.1f s (%d records)%n", (System.nanoTime() - starting) / 1e9,
                    interviews);
            CpuSplit cpu = CpuSplit.at(due, sent);
            if (!sent.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException(sent.getCount() + " of " + interviews + " still not sent");
            }
            copied = awaitCopies(mail, copiesBefore + interviews);
            cpu.print(interviews);
        }
        try (Database db = Database.open(store)) {
            List<StoredMessage> thankYous = new MessageStore(db).inState(State.SENT).stream()
                    .filter(m -> m.step().equals("thank-you")).toList();
            return new Result(due, running, thankYous, copied);
        }
    }

    /** Waits (at most 5 minutes) until the sent folder holds {@code copies} messages; when it first did. */
    private static Instant awaitCopies(BenchMail mail, int copies) {
        org.awaitility.Awaitility.await(copies + " copies in the sent folder").atMost(Duration.ofMinutes(5))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).pollInSameThread()
                .until(() -> mail.sentCopies() >= copies);
        return Instant.now();
    }

    /** CPU time of the process and of the mail server's threads from the due instant on, per message (stderr). */
    private record CpuSplit(long process, java.util.Map<String, Long> threads, long postgres) {
        /** Waits for the due instant (measured from there, not from start-up), or for every message sent. */
        static CpuSplit at(Instant due, CountDownLatch sent) throws InterruptedException {
            long wait = Duration.between(Instant.now(), due).toMillis();
            if (wait > 0) {
                sent.await(wait, TimeUnit.MILLISECONDS);
            }
            return new CpuSplit(processCpu(), threadCpu(), postgresCpu());
        }

        void print(int messages) {
            java.util.Map<String, Long> now = threadCpu();
            java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
            now.forEach((name, t) -> byKind.merge(kind(name), t - threads.getOrDefault(name, 0L), Long::sum));
            StringBuilder line = new StringBuilder(String.format("CPU per message: process %.2f ms",
                    (processCpu() - process) / 1e6 / messages));
            byKind.forEach((k, t) -> line.append(String.format(", %s %.2f ms", k, t / 1e6 / messages)));
            long server = postgresCpu() - postgres;
            if (server > 0) {
                line.append(String.format("; PostgreSQL's processes %.2f ms", server / 1e6 / messages));
            }
            System.err.println(line);
        }

        private static String kind(String thread) {
            if (thread.startsWith("smtp:")) {
                return "mail server SMTP";
            } else if (thread.startsWith("imap:")) {
                return "mail server IMAP";
            } else if (thread.startsWith("followup_Worker")) {
                return "workers";
            }
            return "other threads";
        }

        /** CPU time (ns) of every {@code postgres} process on the machine, from {@code /proc}; 0 where none runs. */
        private static long postgresCpu() {
            long ticks = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        if (stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                            String[] f = stat.substring(close + 2).split(" ");
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return ticks * 10_000_000L;     // USER_HZ is 100 on Linux
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static java.util.Map<String, Long> threadCpu() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<String, Long> out = new java.util.HashMap<>();
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info != null) {
                    long t = mx.getThreadCpuTime(info.getThreadId());
                    if (t > 0) {
                        out.merge(info.getThreadName() + "#" + info.getThreadId(), t, Long::sum);
                    }
                }
            }
            return out;
        }
    }
}
