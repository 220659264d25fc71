package followup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a command as its own process and measures its wall time and peak resident memory (VmHWM). */
final class Processes {
    private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    /** USER_HZ: what /proc counts CPU time in, 100 on Linux. */
    private static final long TICKS_PER_SECOND = 100;
    private static final Pattern LAUNCHER_OPTS = Pattern.compile("(?m)^default_java_opts=\"([^\"]*)\"$");

    /** What one run took: wall time, peak resident memory, and CPU time (user + system, all its threads). */
    record Measured(Duration time, long peakRssBytes, Duration cpu) {
        double seconds() {
            return time.toNanos() / 1e9;
        }

        double cpuSeconds() {
            return cpu.toNanos() / 1e9;
        }

        double megabytes() {
            return peakRssBytes / (1024.0 * 1024.0);
        }
    }

    private Processes() {
    }

    /** The JVM options the launcher ./followup uses when FOLLOWUP_JAVA_OPTS is not set. */
    static List<String> launcherJavaOptions() throws IOException {
        Matcher m = LAUNCHER_OPTS.matcher(Files.readString(Path.of("followup")));
        if (!m.find()) {
            throw new IllegalStateException("no default_java_opts=\"...\" line in ./followup");
        }
        return m.group(1).isBlank() ? List.of() : List.of(m.group(1).strip().split("\\s+"));
    }

    /** {@code java <launcher options> args...}, launched like the launcher does. */
    static List<String> java(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherJavaOptions());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The best of {@code times} runs of each command, the commands taking turns (A B A B ...): on a machine whose
     * speed drifts (a small virtual one), a slow minute then falls on both sides, not on whichever ran in it.
     */
    static List<Measured> bestOfEach(int times, List<List<String>> commands) throws IOException,
            InterruptedException {
        Measured[] best = new Measured[commands.size()];
        long[] rss = new long[commands.size()];
        for (int i = 0; i < times; i++) {
            for (int c = 0; c < commands.size(); c++) {
                Measured m = once(commands.get(c));
                rss[c] = Math.max(rss[c], m.peakRssBytes());
                best[c] = best[c] == null || m.time().compareTo(best[c].time()) < 0 ? m : best[c];
            }
        }
        List<Measured> out = new ArrayList<>();
        for (int c = 0; c < commands.size(); c++) {
            out.add(new Measured(best[c].time(), rss[c], best[c].cpu()));
        }
        return out;
    }

    /**
     * Runs the command with stdout discarded, reading VmHWM from /proc while it runs (the high-water mark only
     * grows, so the last reading before it ends is its peak); fails if it does not exit 0.
     */
    static Measured once(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("bench", ".err");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            Path proc = Path.of("/proc", Long.toString(p.pid()));
            long hwm = 0;
            long ticks = 0;
            while (p.isAlive()) {
                hwm = Math.max(hwm, highWaterMark(proc.resolve("status")));
                ticks = Math.max(ticks, cpuTicks(proc.resolve("stat")));
                p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ":\n"
                        + Files.readString(err));
            }
            return new Measured(time, hwm, Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** utime + stime, fields 14 and 15 of /proc/PID/stat (counted after the command name in parentheses). */
    private static long cpuTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // it has just ended
        }
    }

    private static long highWaterMark(Path status) {
        try {
            Matcher m = HWM.matcher(Files.readString(status));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
        } catch (IOException e) {
            return 0; // it has just ended
        }
    }
}
