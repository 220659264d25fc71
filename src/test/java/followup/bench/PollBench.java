package followup.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import followup.config.Secret;
import followup.config.Settings;
import followup.inbox.FolderSync;
import followup.inbox.ImapConnector;
import followup.inbox.ImapPoller;
import followup.inbox.ImapSession;
import followup.inbox.SyncStateStore;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The poll (and the reply check before a send, which is the same poll) of an INBOX of 100,000 messages against the
 * same on an INBOX of 100, on one GreenMail, each over its mailbox's one open connection as the daemon does it. The
 * poll state is where a previous poll left it (every message seen), so the timed polls look at an unchanged
 * folder. (A poll that finds new mail selects the folder; GreenMail's EXAMINE and {@code UID FETCH n:*} walk
 * all 100,000 messages, which is the server's cost, not measured here.)
 *
 * <p>{@code java ... followup.bench.PollBench [big] [small] [polls]} (default 100000, 100, 200); medians.
 */
public final class PollBench implements Bench {
    private static final String PASSWORD = "bench-password";

    public PollBench() {
    }

    public static void main(String[] args) throws Exception {
        followup.bench.Row.header();
        for (Bench.Row r : polls(args.length > 0 ? Integer.parseInt(args[0]) : 100_000,
                args.length > 1 ? Integer.parseInt(args[1]) : 100, args.length > 2 ? Integer.parseInt(args[2]) : 200)) {
            new followup.bench.Row(r.what(), r.followup(), r.baseline(), r.ratio()).print();
        }
    }

    /** {@code -Dbench.poll.big=N} (default 100000), {@code -Dbench.poll.small=N} (100), {@code -Dbench.poll.polls=N} (200). */
    @Override
    public List<Bench.Row> run() throws Exception {
        return polls(Integer.getInteger("bench.poll.big", 100_000), Integer.getInteger("bench.poll.small", 100),
                Integer.getInteger("bench.poll.polls", 200));
    }

    static List<Bench.Row> polls(int big, int small, int polls) throws Exception {
        System.setProperty("followup.log.level", "WARN");
        try (BenchMail mail = new BenchMail()) {
            Mailbox bigBox = new Mailbox(mail, "big@bench.example", big);
            Mailbox smallBox = new Mailbox(mail, "small@bench.example", small);
            smallBox.unchanged(polls);                                  // warm-up
            bigBox.unchanged(polls);
            double smallUnchanged = smallBox.unchanged(polls);
            double bigUnchanged = bigBox.unchanged(polls);
            bigBox.close();
            smallBox.close();
            return List.of(new Bench.Row("poll / reply check, unchanged INBOX of " + big + " (baseline: of " + small
                    + "), median", followup.bench.Row.num("%.1f ms", bigUnchanged), followup.bench.Row.num("%.1f ms", smallUnchanged),
                    followup.bench.Row.ratio(bigUnchanged, smallUnchanged)));
        }
    }

    /** One user's INBOX, filled, with a poller whose state says every message has been seen. */
    private static final class Mailbox implements AutoCloseable {
        private final GreenMailUser user;
        private final ImapPoller poller;
        private final Map<String, FolderSync> saved = new HashMap<>();
        private final Instant since = Instant.now().minus(Duration.ofDays(1));

        Mailbox(BenchMail mail, String address, int messages) throws Exception {
            user = mail.greenMail().setUser(address, address, PASSWORD);
            MimeMessage message = BenchMail.thankYou(Session.getInstance(new Properties()), address, 0);
            message.saveChanges();
            for (int i = 0; i < messages; i++) {
                user.deliver(message);
            }
            Settings.Server server = new Settings.Server("127.0.0.1", mail.imapPort(), Settings.Security.PLAIN,
                    address, Secret.of(PASSWORD), Duration.ofSeconds(30), Duration.ofSeconds(60));
            SyncStateStore sync = new SyncStateStore() {
                @Override
                public Optional<FolderSync> load(String folder) {
                    return Optional.ofNullable(saved.get(folder));
                }

                @Override
                public void save(String folder, FolderSync state) {
                    saved.put(folder, state);
                }
            };
            poller = new ImapPoller(new ImapSession(new ImapConnector(server), Clock.systemUTC()), List.of("INBOX"),
                    sync);
            long validity = mail.greenMail().getManagers().getImapHostManager().getInbox(user).getUidValidity();
            long next = mail.greenMail().getManagers().getImapHostManager().getInbox(user).getUIDNext();
            saved.put("INBOX", new FolderSync(validity, next - 1));    // as a previous poll left it
        }

        /** Median milliseconds of {@code n} polls of the unchanged folder. */
        double unchanged(int n) {
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                if (!poller.poll(since).isEmpty()) {
                    throw new IllegalStateException("the folder changed");
                }
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            return median(ms);
        }

        @Override
        public void close() {
            poller.close();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
