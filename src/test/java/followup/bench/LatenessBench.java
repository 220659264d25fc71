package followup.bench;

import java.time.Duration;
import java.util.List;

/**
 * 100 thank-yous due at the same instant: how long after that instant the server answered 250 to each (the store's
 * {@code sent_at} minus the due instant), p50 and p99. A first, smaller burst warms the JVM up (a daemon runs for
 * days); the measured one runs on a new daemon with its own data directory.
 *
 * <p>{@code java ... followup.bench.LatenessBench [messages] [lead seconds]} (default 100 and 45: the daemon must
 * have planned and scheduled every message before they fall due).
 */
public final class LatenessBench implements Bench {
    public LatenessBench() {
    }

    public static void main(String[] args) throws Exception {
        followup.bench.Row.header();
        for (Bench.Row r : lateness(args.length > 0 ? Integer.parseInt(args[0]) : 100,
                Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 45))) {
            new followup.bench.Row(r.what(), r.followup(), r.baseline(), r.ratio()).print();
        }
    }

    /** {@code -Dbench.lateness.messages=N} (default 100), {@code -Dbench.lateness.lead=SECONDS} (default 45). */
    @Override
    public List<Bench.Row> run() throws Exception {
        return lateness(Integer.getInteger("bench.lateness.messages", 100),
                Duration.ofSeconds(Integer.getInteger("bench.lateness.lead", 45)));
    }

    static List<Bench.Row> lateness(int n, Duration lead) throws Exception {
        System.setProperty("followup.log.level", "WARN");
        try (BenchMail mail = new BenchMail()) {
            DaemonRun.burst(mail, Math.max(10, n / 2), lead);           // warm-up
            DaemonRun.Result run = DaemonRun.burst(mail, n, lead);
            if (run.startedLate()) {
                throw new IllegalStateException("the daemon was still starting when the messages fell due ("
                        + run.running() + " after " + run.due() + "); give a longer lead");
            }
            long[] late = run.lateness();
            System.err.printf("lateness first %d ms, p10 %d ms, median %d ms, p90 %d ms, last %d ms%n", late[0],
                    late[late.length / 10], late[late.length / 2], late[late.length * 9 / 10], late[late.length - 1]);
            return List.of(new Bench.Row(n + " messages due at one instant: lateness to the server's 250, p50 / p99",
                    followup.bench.Row.num("%.0f ms", late[(late.length - 1) / 2]) + " / " + followup.bench.Row.num("%.0f ms", late[p99(late.length)]),
                    "target p99 ≤ 1000 ms", followup.bench.Row.ratio(late[p99(late.length)], 1000) + " of the target"));
        }
    }

    /** The index of the 99th percentile (nearest rank). */
    static int p99(int n) {
        return Math.max(0, (int) Math.ceil(0.99 * n) - 1);
    }
}
