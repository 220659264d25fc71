package followup.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.HostileRecords;
import followup.config.HostileRecords.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A handful of hostile records through {@code followup validate}, next to a good one: exit 2, a problem at the
 * hostile file's line, nothing about the good record, no stack trace. Most come from the generated corpus
 * ({@link HostileRecords}: the first cases of the kinds that never stay valid), a few are written out.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidateHostileRecordsTest {
    private static final List<Kind> ALWAYS_REFUSED = List.of(Kind.DEEP, Kind.INVALID_UTF8, Kind.HUGE, Kind.FILE_NAME);
    private static final Pattern WHOLE_FILE = Pattern.compile(": (is \\d+ bytes; a record is at most|the file name )");
    private static final String BASE = """
            company  = "Acme Corp"
            position = "Platform Engineer"
            at       = "2027-01-14T14:00"
            interviewers = [ { name = "Jane Doe", email = "jane@hostile.example", topics = ["k8s"] } ]
            """;

    @TempDir
    Path tmp;

    static Stream<Arguments> records() {
        List<Arguments> out = new ArrayList<>();
        HostileRecords corpus = HostileRecords.fromSamples();
        for (Kind kind : ALWAYS_REFUSED) {
            HostileRecords.Case c = corpus.generate(20_270_114L, kind.ordinal());
            out.add(Arguments.of(c.label(), c.fileName(), c.content()));
        }
        StringBuilder bomb = new StringBuilder(BASE).append("a0 = \"").append("x".repeat(1000)).append("\"\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(" = ${a").append(i - 1).append("}${a").append(i - 1).append("}${a")
                    .append(i - 1).append("}${a").append(i - 1).append("}\n");
        }
        out.add(written("a substitution bomb", bomb.toString()));
        out.add(written("objects nested 10,000 deep", BASE + "notes = " + "{a:".repeat(10_000) + "1"
                + "}".repeat(10_000) + "\n"));
        out.add(written("a dotted key 10,000 deep", BASE + "x" + ".x".repeat(10_000) + " = 1\n"));
        out.add(written("an escape sequence in an unknown key", BASE + "\"\\u001b[2J\\u001b[31m\" = 1\n"));
        out.add(written("a year far beyond 9999", BASE.replace("2027-01-14T14:00", "+999999999-12-31T23:59")));
        out.add(written("a file cut inside a string", BASE.substring(0, BASE.indexOf("Platform") + 4)));
        out.add(written("an include of another file", BASE + "include required(file(\"/etc/passwd\"))\n"));
        out.add(written("100,000 topics", BASE.replace("[\"k8s\"]", "[" + "\"t\",".repeat(100_000) + "]")));
        return out.stream();
    }

    private static Arguments written(String label, String text) {
        return Arguments.of(label, "hostile.conf", text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void validate_exits_2_with_a_problem_at_the_hostile_files_line(String label, String fileName, byte[] content)
            throws Exception {
        HostileWorkspace ws = HostileWorkspace.write(tmp, "2s");
        Path file = ws.interviews.resolve(fileName);
        Files.write(file, content);

        Cli.Result r = ws.validate();

        HostileWorkspace.assertCleanProblems(r);
        String shown = HostileWorkspace.shown(file);
        List<String> lines = HostileWorkspace.problemLines(r);
        assertTrue(lines.stream().anyMatch(l -> l.matches(Pattern.quote(shown) + ":[1-9]\\d*: .*")
                        || l.startsWith(shown + ": ") && WHOLE_FILE.matcher(l).find()),
                () -> label + ": no problem at a line of " + shown + "\n" + r);
        assertTrue(lines.stream().allMatch(l -> l.startsWith(shown + ":")), () -> label + ": a problem about"
                + " another file\n" + r);
        String good = HostileWorkspace.shown(ws.interviews.resolve("acme-platform.conf"));
        assertFalse(r.err().contains(good + ":"), () -> "the good record has no problem\n" + r);
    }
}
