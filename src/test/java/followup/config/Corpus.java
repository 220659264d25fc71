package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The broken inputs under {@code src/test/resources/corpus/} and the assertions shared by the corpus tests. */
final class Corpus {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Maven runs the tests with the project directory as working directory. */
    static final Path TEMPLATES = Path.of("templates");

    private Corpus() {
    }

    /** A directory of the corpus, as copied onto the test class path. */
    static Path dir(String name) {
        URL url = Corpus.class.getResource("/corpus/" + name);
        if (url == null) {
            throw new IllegalStateException("no corpus/" + name + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String dir, String name) {
        Path p = dir(dir).resolve(name);
        assertTrue(Files.isRegularFile(p), "corpus file missing: " + p);
        return p;
    }

    static List<String> fileNames(String dir) {
        try (Stream<Path> s = Files.list(dir(dir))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordLoader recordLoader() {
        return new RecordLoader(NEW_YORK, TEMPLATES);
    }

    /** Loads one record the way the daemon does: alone in its interviews directory. */
    static Records loadAlone(Path record, Path tempDir) throws IOException {
        Path dir = Files.createDirectories(tempDir.resolve("interviews"));
        Files.copy(record, dir.resolve(record.getFileName().toString()));
        return recordLoader().loadAll(dir);
    }

    /** The problems of a config that is expected to be refused. */
    static List<Problem> refused(Path config) {
        try {
            SettingsLoader.load(config);
        } catch (BadInputException e) {
            assertFalse(e.problems().isEmpty(), "BadInputException without problems for " + config);
            return e.problems();
        }
        return fail(config.getFileName() + " was accepted, but it is broken");
    }

    /** What {@link Problem#toString()} must start with: {@code file:line: key: }, line and key left out when absent. */
    static String expectedPrefix(Problem p, int line, String key) {
        return p.file() + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ");
    }

    /**
     * Asserts that {@code problems} holds a problem in a file named {@code fileName}, at {@code line}, for
     * {@code key}, whose message contains {@code fragment}, and that it prints as {@code file:line: key: message} on
     * one line.
     */
    static Problem assertHasProblem(List<Problem> problems, String fileName, int line, String key, String fragment) {
        Problem found = problems.stream()
                .filter(p -> p.file().endsWith(fileName) && p.line() == line && p.key().equals(key)
                        && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("expected " + fileName + ":" + line + ": " + key + ": ..." + fragment
                        + "... among:\n" + list(problems)));
        String printed = found.toString();
        String prefix = expectedPrefix(found, line, key);
        assertTrue(printed.startsWith(prefix), () -> "\"" + printed + "\" does not start with \"" + prefix + "\"");
        assertEquals(printed, prefix + found.message());
        assertFalse(printed.contains("\n") || printed.contains("\r"), () -> "a problem must print on one line: "
                + printed);
        assertFalse(found.message().isBlank());
        return found;
    }

    static String list(List<Problem> problems) {
        return problems.isEmpty() ? "  (no problem)"
                : problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
