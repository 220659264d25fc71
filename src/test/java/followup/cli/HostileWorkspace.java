package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Display;
import followup.config.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A workspace for one hostile input: a config, a copy of the project's templates and the sample record
 * {@code acme-platform}, to which a test adds a hostile record or overwrites a template; then {@code validate} runs
 * in-process under a time limit.
 */
final class HostileWorkspace {
    static final long LIMIT_SECONDS = 15;

    final Path config;
    final Path interviews;
    final Path templates;

    private HostileWorkspace(Path config, Path interviews, Path templates) {
        this.config = config;
        this.interviews = interviews;
        this.templates = templates;
    }

    /** @param renderTimeLimit {@code followup.render-time-limit}, e.g. {@code "300ms"} */
    static HostileWorkspace write(Path dir, String renderTimeLimit) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates").toAbsolutePath())) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Path interviews = Files.createDirectories(dir.resolve("conf").resolve("interviews"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"), interviews.resolve("acme-platform.conf"));
        Path config = dir.resolve("conf").resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  interviews = "interviews"
                  templates = "%s"
                  render-time-limit = %s
                }
                """.formatted(templates.toAbsolutePath().toString().replace("\\", "\\\\"), renderTimeLimit));
        return new HostileWorkspace(config, interviews, templates);
    }

    /** {@code followup validate}, or a failed assertion if it does not finish in {@link #LIMIT_SECONDS}. */
    Cli.Result validate() throws InterruptedException, TimeoutException {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "validate");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Cli.Result> run = worker.submit(() -> Cli.run("validate", "--config", config.toString()));
            return run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("validate threw " + e.getCause(), e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    /** How {@code file} appears at the start of its problems. */
    static String shown(Path file) {
        return new Problem(Display.path(file), 0, "", "-").file();
    }

    /** The problem lines of stderr (without the closing count). */
    static List<String> problemLines(Cli.Result r) {
        return r.err().lines().filter(l -> !l.matches("\\d+ problems? found\\.")).toList();
    }

    /** Exit 2, only problem lines on stderr, each clean: one line, no raw control character, no Java exception. */
    static void assertCleanProblems(Cli.Result r) {
        assertEquals(2, r.code(), r::toString);
        r.assertNoStackTrace();
        List<String> lines = problemLines(r);
        assertFalse(lines.isEmpty(), r::toString);
        assertTrue(r.err().strip().matches("(?s).*\\n\\d+ problems? found\\."), r::toString);
        for (String text : List.of(r.err(), r.out())) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean raw = c != '\n' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
                assertFalse(raw, () -> String.format("a raw U+%04X in the output: %s", (int) c, r));
            }
        }
    }
}
