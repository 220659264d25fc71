package followup.bench;

import followup.daemon.DaemonHarness;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;

/**
 * A burst of due thank-yous: the daemon (reply check and copy to the sent folder on) against a raw Jakarta Mail
 * loop that sends the same number of messages over one SMTP connection to the same GreenMail, in the same run.
 * The daemon's rate counts from the instant the messages were due to the server's 250 for the last of them, and
 * again to the last copy filed in the sent folder (the copies are filed by a thread of their own, after the send).
 *
 * <p>{@code java ... followup.bench.SendBurstBench [messages]} (default 1000); prints one table row.
 */
public final class SendBurstBench implements Bench {
    public SendBurstBench() {
    }

    public static void main(String[] args) throws Exception {
        followup.bench.Row.header();
        for (Bench.Row r : burst(args.length > 0 ? Integer.parseInt(args[0]) : 1000)) {
            new followup.bench.Row(r.what(), r.followup(), r.baseline(), r.ratio()).print();
        }
    }

    /**
     * {@code -Dbench.burst.messages=N} (default 1000), {@code -Dbench.burst.warm-ups=K} (default 1),
     * {@code -Dbench.burst.stores=h2,postgres} (default both: the H2 file, then a PostgreSQL that flushes every commit
     * to the disk, each against a raw loop measured right before it).
     */
    @Override
    public List<Bench.Row> run() throws Exception {
        return burst(Integer.getInteger("bench.burst.messages", 1000));
    }

    static List<Bench.Row> burst(int n) throws Exception {
        List<String> stores = List.of(System.getProperty("bench.burst.stores", "h2,postgres").split(","));
        System.setProperty("followup.log.level", "WARN");
        List<Bench.Row> rows = new java.util.ArrayList<>();
        try (BenchMail mail = new BenchMail()) {
            for (String store : stores) {
                switch (store.strip()) {
                    case "h2" -> rows.addAll(burst(mail, n, false));
                    case "postgres" -> rows.addAll(burst(mail, n, true));
                    default -> throw new IllegalArgumentException("bench.burst.stores: h2 or postgres, not " + store);
                }
            }
        }
        return rows;
    }

    private static List<Bench.Row> burst(BenchMail mail, int n, boolean postgres) throws Exception {
        int warmUps = Integer.getInteger("bench.burst.warm-ups", 1);
        // the same warm-up for both, as long as the run measured: a daemon runs for days, and the JIT compiler
        // is still at work on the daemon's longer path after a shorter one
        for (int i = 0; i < warmUps; i++) {
            rawLoop(mail, n);
        }
        double raw = n / seconds(rawLoop(mail, n));
        for (int i = 0; i < warmUps; i++) {
            DaemonRun.burst(mail, n, Duration.ofSeconds(20), postgres);
        }
        DaemonRun.Result burst = DaemonRun.burst(mail, n, Duration.ofSeconds(20), postgres);
        if (burst.sent().size() != n) {
            throw new IllegalStateException(burst.sent().size() + " thank-yous sent instead of " + n);
        }
        double daemon = n / seconds(burst.burst());
        double filed = n / seconds(burst.toLastCopy());
        long[] late = burst.lateness();
        System.err.printf("%s: due %s, running %s; lateness first %d ms, median %d ms, last %d ms%n",
                postgres ? "PostgreSQL" : "H2", burst.due(), burst.running(), late[0], late[late.length / 2],
                late[late.length - 1]);
        String rawLoop = followup.bench.Row.num("raw Jakarta Mail loop, one connection: %.0f messages/s", raw);
        if (postgres) {
            return List.of(new Bench.Row("the same burst on PostgreSQL (every commit flushed to the disk)",
                    followup.bench.Row.num("%.0f messages/s", daemon), rawLoop, followup.bench.Row.ratio(daemon, raw)));
        }
        return List.of(new Bench.Row("burst of " + n + " due thank-yous (reply check, sent copy)",
                followup.bench.Row.num("%.0f messages/s", daemon), rawLoop, followup.bench.Row.ratio(daemon, raw)),
                new Bench.Row("the same burst to the last copy filed in the sent folder",
                        followup.bench.Row.num("%.0f messages/s", filed),
                        followup.bench.Row.num("raw Jakarta Mail loop (no copies): %.0f messages/s", raw),
                        followup.bench.Row.ratio(filed, raw)));
    }

    /** Sends {@code n} messages over one connection; how long it took. */
    static Duration rawLoop(BenchMail mail, int n) throws Exception {
        Session session = Session.getInstance(BenchMail.smtpProperties());
        MimeMessage[] messages = new MimeMessage[n];
        for (int i = 0; i < n; i++) {
            messages[i] = BenchMail.thankYou(session, "raw%04d@raw.example".formatted(i), i);
            messages[i].saveChanges();
        }
        long start = System.nanoTime();
        try (Transport t = session.getTransport("smtp")) {
            t.connect("127.0.0.1", mail.smtpPort(), DaemonHarness.SENDER, DaemonHarness.PASSWORD);
            for (MimeMessage m : messages) {
                t.sendMessage(m, m.getAllRecipients());
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
