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
    record Result(Instant due, Instant running, List<StoredMessage> sent) {
        /** From the moment the messages were due and the daemon running to the last 250. */
        Duration burst() {
            Instant from = running.isAfter(due) ? running : due;
            return Duration.between(from, sent.stream().map(StoredMessage::sentAt).max(Comparator.naturalOrder())
                    .orElseThrow());
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
        Path root = Files.createTempDirectory("followup-bench");
        try {
            return burst(mail, root, interviews, lead);
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Result burst(BenchMail mail, Path root, int interviews, Duration lead)
            throws IOException, InterruptedException {
        Path secret = LiveConfig.secretFile(root.resolve("password"), DaemonHarness.PASSWORD);
        String auth = LiveConfig.passwordFile(secret);
        Path config = new LiveConfig(mail.smtpPort(), auth, mail.imapPort(), auth,
                "max-per-hour = 100000\nmax-per-day = 100000\nimap { poll-interval = 5m }", LiveConfig.THANK_YOUS_ONLY,
                LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)).writeTo(root.resolve("conf/application.conf"));
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
        try (Daemon daemon = Daemon.start(SettingsLoader.load(config), Clock.systemUTC(), listener)) {
            running = Instant.now();
            if (!sent.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException(sent.getCount() + " of " + interviews + " still not sent");
            }
        }
        try (Database db = Database.open(LiveConfig.storeUnder(root))) {
            List<StoredMessage> thankYous = new MessageStore(db).inState(State.SENT).stream()
                    .filter(m -> m.step().equals("thank-you")).toList();
            return new Result(due, running, thankYous);
        }
    }
}
