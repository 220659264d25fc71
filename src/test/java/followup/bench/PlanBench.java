package followup.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code plan --json} over 10,000 and 100,000 generated records, through the launcher {@code ./followup}, against
 * a bare Typesafe Config parse of the same files ({@link BareParse}) in a JVM started with the launcher's options:
 * wall time, CPU time and peak RSS of each process. {@code -Dbench.plan.sizes=10000,100000}, {@code -Dbench.repeat=3} (the
 * best time of that many runs of each, the two taking turns).
 */
public final class PlanBench implements Bench {
    @Override
    public List<Row> run() throws Exception {
        int repeat = Integer.getInteger("bench.repeat", 3);
        List<Integer> sizes = Stream.of(System.getProperty("bench.plan.sizes", "10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        String classpath = Path.of("target", "followup.jar") + java.io.File.pathSeparator
                + Path.of("target", "test-classes");
        List<Row> rows = new ArrayList<>();
        Processes.Measured first = null;
        // the launcher's first run after a build makes its class-data archive; that is not what is measured
        Processes.once(List.of("./followup", "--version"));
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("plan-bench");
            try {
                Path config = GeneratedRecords.write(dir, size);
                List<Processes.Measured> both = Processes.bestOfEach(repeat, List.of(
                        List.of("./followup", "plan", "--json", "--config", config.toString()),
                        Processes.java("-cp", classpath, BareParse.class.getName(),
                                dir.resolve("interviews").toString())));
                Processes.Measured plan = both.get(0);
                Processes.Measured bare = both.get(1);
                String n = String.format(Locale.ROOT, "%,d", size);
                rows.add(new Row("`plan --json`, " + n + " records: time", seconds(plan), seconds(bare),
                        ratio(plan.seconds() / bare.seconds())));
                rows.add(new Row("`plan --json`, " + n + " records: CPU time (user + system)", cpu(plan), cpu(bare),
                        ratio(plan.cpuSeconds() / bare.cpuSeconds())));
                rows.add(new Row("`plan --json`, " + n + " records: peak RSS", mb(plan), mb(bare),
                        ratio(plan.megabytes() / bare.megabytes())));
                if (first == null) {
                    first = plan;
                } else {
                    rows.add(new Row("`plan --json`, " + n + " against " + String.format(Locale.ROOT, "%,d",
                            sizes.get(0)) + " records: time", seconds(plan), seconds(first) + " (the smaller run)",
                            ratio(plan.seconds() / first.seconds())));
                }
            } finally {
                deleteTree(dir);
            }
        }
        return rows;
    }

    private static String seconds(Processes.Measured m) {
        return String.format(Locale.ROOT, "%.2f s", m.seconds());
    }

    private static String cpu(Processes.Measured m) {
        return String.format(Locale.ROOT, "%.2f s", m.cpuSeconds());
    }

    private static String mb(Processes.Measured m) {
        return String.format(Locale.ROOT, "%.0f MB", m.megabytes());
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
