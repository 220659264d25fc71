package followup.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures behind RELIABILITY.md: each hardening test counts what it ran (cases, messages lost, duplicates,
 * crashes) for one class of fault or input and records it here; {@link ReliabilityTable} prints the table at the
 * end of the run and writes it to {@code target/reliability/table.md}.
 *
 * <p>Rows live in {@code target/reliability/figures.tsv}, one per class (a later record of the same class replaces
 * the earlier one), so the unit tests (surefire) and the process tests (failsafe) of one {@code mvn verify} end in
 * one table. {@code -Dreliability.scale=N} (the {@code reliability} Maven profile) multiplies the generated cases.
 */
public final class Figures {
    static final Path DIR = Path.of("target", "reliability");
    static final Path FILE = DIR.resolve("figures.tsv");

    private Figures() {
    }

    /** How many times the default number of generated cases to run (1 in {@code mvn verify}). */
    public static int scale() {
        return Math.max(1, Integer.getInteger("reliability.scale", 1));
    }

    /** One row of the table. */
    public record Row(String inputClass, long cases, long lost, long duplicates, long crashes, String test) {
        String tsv() {
            return String.join("\t", clean(inputClass), Long.toString(cases), Long.toString(lost),
                    Long.toString(duplicates), Long.toString(crashes), clean(test));
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), f.length > 5 ? f[5] : "");
        }

        private static String clean(String s) {
            return s.replaceAll("[\\t\\r\\n]+", " ");
        }
    }

    /** A counter for one class of fault or input, filled by a test and recorded when it is done. */
    public static final class Tally {
        private final String inputClass;
        private final String test;
        private long cases;
        private long lost;
        private long duplicates;
        private long crashes;

        public Tally(String inputClass, Class<?> test) {
            this.inputClass = inputClass;
            this.test = test.getSimpleName();
        }

        public synchronized Tally cases(long n) {
            cases += n;
            return this;
        }

        public synchronized Tally lost(long n) {
            lost += n;
            return this;
        }

        public synchronized Tally duplicates(long n) {
            duplicates += n;
            return this;
        }

        public synchronized Tally crashes(long n) {
            crashes += n;
            return this;
        }

        public synchronized Row row() {
            return new Row(inputClass, cases, lost, duplicates, crashes, test);
        }

        /** Writes the row (replacing an earlier one of the same class); call it from {@code @AfterAll}. */
        public void record() {
            Figures.record(row());
        }
    }

    /** Records one row, replacing an earlier row of the same class. */
    public static synchronized void record(Row row) {
        withLock(rows -> rows.put(row.inputClass(), row));
    }

    /** Every row recorded so far, in class order. */
    public static synchronized List<Row> rows() {
        List<Row> out = new ArrayList<>();
        withLock(rows -> out.addAll(rows.values()));
        return out;
    }

    static synchronized void reset() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void withLock(java.util.function.Consumer<Map<String, Row>> change) {
        try {
            Files.createDirectories(DIR);
            try (FileChannel ch = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                Map<String, Row> rows = new TreeMap<>();
                for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        Row r = Row.parse(line);
                        rows.put(r.inputClass(), r);
                    }
                }
                change.accept(rows);
                StringBuilder out = new StringBuilder();
                rows.values().forEach(r -> out.append(r.tsv()).append('\n'));
                byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                ch.truncate(0);
                ch.write(java.nio.ByteBuffer.wrap(bytes), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
