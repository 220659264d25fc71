package followup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every {@code *Bench} class of this package (or those named in {@code -Dbench.only=PlanBench,...}) and prints
 * one table: {@code | what | followup | baseline | ratio |}, with the machine it ran on.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(System.getProperty("bench.only", "").split(",")).stream()
                .filter(s -> !s.isBlank()).toList();
        List<Bench.Row> rows = new ArrayList<>();
        for (String name : benchClasses()) {
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            System.err.println("bench: running " + name + " ...");
            Bench bench = (Bench) Class.forName(BenchMain.class.getPackageName() + "." + name)
                    .getDeclaredConstructor().newInstance();
            rows.addAll(bench.run());
        }
        System.out.println();
        System.out.println(machine());
        System.out.println();
        System.out.println("| what | followup | baseline | ratio |");
        System.out.println("|---|---|---|---|");
        for (Bench.Row r : rows) {
            System.out.println("| " + r.what() + " | " + r.followup() + " | " + r.baseline() + " | " + r.ratio() + " |");
        }
    }

    /** The simple names of the {@code *Bench} classes next to this one, in name order. */
    static List<String> benchClasses() throws IOException, URISyntaxException {
        URL here = BenchMain.class.getResource("BenchMain.class");
        Path dir = Path.of(here.toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Bench.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).filter(BenchMain::isBench)
                    .sorted().toList();
        }
    }

    private static boolean isBench(String simpleName) {
        try {
            Class<?> c = Class.forName(BenchMain.class.getPackageName() + "." + simpleName);
            return Bench.class.isAssignableFrom(c) && !c.isInterface()
                    && !java.lang.reflect.Modifier.isAbstract(c.getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** CPU model, cores, memory, OS and Java, for the table's heading. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the rest still says what ran
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return "Machine: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (memory >> 30) + " GB RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", Java " + System.getProperty("java.version") + "; load average at the end "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
