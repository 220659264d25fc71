package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.HostileRecords.Case;
import followup.config.HostileRecords.Kind;
import followup.mail.Composer;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.reliability.Figures;
import followup.template.Rendered;
import followup.template.TemplateException;
import followup.template.Templates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile records ({@link HostileRecords}), each written alone into a temporary {@code conf/interviews/}
 * and taken through what {@code validate} and the daemon do with it: load, plan with a fixed clock, render every
 * message, compose it. Each case must end in a valid plan or in problems that name the file and a line, within a
 * per-case time limit, and no problem may hold a stack trace or a raw control character. A failing case is saved
 * under {@code target/hostile-records/} with its seed. {@code -Dhostile.seed=N} grows a different corpus.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileRecordsTest {
    static final Figures.Tally TALLY = new Figures.Tally("generated hostile records (mutations of the samples)",
            HostileRecordsTest.class);
    static final int CASES = 300 * Figures.scale();
    static final long BASE_SEED = Long.getLong("hostile.seed", 20_270_114L);
    static final long CASE_LIMIT_SECONDS = 10;
    /** Before every sample interview, so that their messages are planned and rendered rather than skipped. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    static final Path SAVED = Path.of("target", "hostile-records");
    /** The only problems about a file as a whole (line 0): its size and its name. */
    static final Pattern WHOLE_FILE = Pattern.compile("^(is \\d+ bytes; a record is at most \\d+ bytes"
            + "|the file name .* cannot be an interview id)");
    static final Pattern JAVA_EXCEPTION = Pattern.compile(
            "\\b(java|javax|jakarta|com|org|freemarker|followup)\\.[\\w.$]*(Exception|Error)\\b");

    @TempDir
    Path tmp;

    record Outcome(List<Problem> problems, int valid, List<Problem> renderProblems, int rendered) {
    }

    @AfterAll
    static void record() {
        TALLY.record();
    }

    @Test
    void every_generated_record_ends_in_a_plan_or_a_problem_at_its_file_and_line() throws Exception {
        Settings settings = SettingsLoader.load(Path.of("conf/application.conf"));
        RecordLoader loader = RecordLoader.forSettings(settings);
        Planner planner = new Planner(settings.policy(), settings.sender(), CLOCK);
        Templates templates = new Templates(settings.templates(), settings.renderTimeLimit());
        Composer composer = new Composer(settings.sender());
        HostileRecords corpus = HostileRecords.fromSamples();

        ExecutorService worker = Executors.newSingleThreadExecutor(HostileRecordsTest::daemon);
        List<String> failures = new ArrayList<>();
        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
        int crashes = 0;
        int valid = 0;
        int refused = 0;
        int messages = 0;
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Case c = corpus.generate(BASE_SEED, i);
            Path dir = Files.createDirectories(tmp.resolve("case-" + i).resolve("conf").resolve("interviews"));
            Path file = dir.resolve(c.fileName());
            Files.write(file, c.content());
            long caseStart = System.nanoTime();
            Future<Outcome> future = worker.submit(() -> run(file, dir, loader, planner, templates, composer));
            String failure;
            try {
                Outcome o = future.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS);
                failure = check(o, file);
                valid += o.valid();
                refused += o.valid() == 0 ? 1 : 0;
                messages += o.rendered();
                int[] counts = perKind.computeIfAbsent(c.kind(), k -> new int[3]);
                counts[o.valid() > 0 ? 0 : 1]++;
                counts[2] += (int) ((System.nanoTime() - caseStart) / 1_000_000);
            } catch (TimeoutException e) {
                future.cancel(true);
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor(HostileRecordsTest::daemon);
                failure = "hang: no outcome within " + CASE_LIMIT_SECONDS + " s";
                crashes++;
            } catch (ExecutionException e) {
                failure = "uncaught " + trace(e.getCause());
                crashes++;
            }
            if (failure != null) {
                failures.add(c.label() + ": " + failure + " (saved as " + save(c, failure) + ")");
            }
            deleteTree(dir);
        }
        worker.shutdownNow();
        TALLY.cases(CASES).crashes(crashes).lost(0).duplicates(0);
        System.out.printf("hostile records: %d cases in %d ms, %d valid (%d messages rendered), %d refused, %d"
                + " crashes; valid/refused per kind: %s%n", CASES, (System.nanoTime() - started) / 1_000_000, valid,
                messages, refused, crashes, perKindText(perKind));

        assertEquals(List.of(), failures, () -> failures.size() + " of " + CASES + " cases failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(valid > 0 && refused > 0, "the corpus holds both records that stay valid and records that are"
                + " refused: " + valid + " valid, " + refused + " refused");
        assertEquals(Kind.values().length, perKind.size(), "every kind of mutation ran: " + perKind.keySet());
        assertTrue(messages > 0, "valid records were planned and rendered");
    }

    /** What validate and the daemon do with the record: load, plan, render, compose. */
    private static Outcome run(Path file, Path dir, RecordLoader loader, Planner planner, Templates templates,
                               Composer composer) throws Exception {
        Records records = loader.loadAll(dir);
        List<Problem> renderProblems = new ArrayList<>();
        int rendered = 0;
        for (Interview interview : records.interviews()) {
            List<PlannedMessage> plan = planner.plan(interview);
            for (PlannedMessage m : plan) {
                if (!m.applies()) {
                    continue;
                }
                try {
                    Rendered r = templates.render(interview, planner.sender(), m, plan);
                    composer.compose(m, r, m.due()).writeTo(OutputStream.nullOutputStream());
                    rendered++;
                } catch (TemplateException e) {
                    renderProblems.add(e.problem());
                }
            }
        }
        return new Outcome(records.problems(), records.interviews().size(), renderProblems, rendered);
    }

    /** Null when the outcome is acceptable, else what is wrong with it. */
    static String check(Outcome o, Path file) {
        String expectedFile = new Problem(Display.path(file), 0, "", "-").file();
        if (o.valid() == 0 && o.problems().isEmpty()) {
            return "refused without a problem";
        }
        if (o.valid() > 1) {
            return o.valid() + " interviews from one file";
        }
        for (Problem p : o.problems()) {
            if (!p.file().equals(expectedFile)) {
                return "a problem names another file: " + p;
            }
            if (p.line() <= 0 && !WHOLE_FILE.matcher(p.message()).find()) {
                return "a problem without a line: " + p;
            }
        }
        for (Problem p : o.renderProblems()) {
            if (!p.file().endsWith(".ftl") || p.line() <= 0) {
                return "a template problem without its template and line: " + p;
            }
        }
        return Stream.concat(o.problems().stream(), o.renderProblems().stream()).map(HostileRecordsTest::unclean)
                .filter(s -> s != null).findFirst().orElse(null);
    }

    /** Null when the problem prints as one clean line without a Java exception in it. */
    static String unclean(Problem p) {
        String text = p.toString();
        if (p.message().isBlank()) {
            return "a problem with an empty message: " + p;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return String.format("a raw control character U+%04X in a problem: %s", (int) c, text);
            }
        }
        if (text.contains("\tat ") || JAVA_EXCEPTION.matcher(text).find()) {
            return "a Java exception or stack trace in a problem: " + text;
        }
        return null;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "hostile-record");
        t.setDaemon(true);
        return t;
    }

    private static String trace(Throwable e) {
        StringBuilder b = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            b.append("\n    at ").append(frames[i]);
        }
        return b.toString();
    }

    /** Saves the case for replay (e.g. with {@code followup validate}); returns where. */
    private static Path save(Case c, String failure) {
        try {
            Files.createDirectories(SAVED);
            Path content = SAVED.resolve("case-" + c.index() + "-" + c.kind() + ".conf");
            Files.write(content, c.content());
            Files.writeString(SAVED.resolve("case-" + c.index() + "-" + c.kind() + ".txt"), c.label()
                    + "\nbase seed: " + BASE_SEED + " (-Dhostile.seed=" + BASE_SEED + ")\nfile name: "
                    + c.fileName() + "\n" + failure + "\n", StandardCharsets.UTF_8);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String perKindText(Map<Kind, int[]> perKind) {
        StringBuilder b = new StringBuilder();
        perKind.forEach((k, v) -> b.append(k).append(' ').append(v[0]).append('/').append(v[1]).append(" in ")
                .append(v[2]).append(" ms, "));
        return b.length() == 0 ? "" : b.substring(0, b.length() - 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
