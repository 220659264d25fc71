package followup.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Problem;
import followup.config.RecordLoader;
import followup.plan.Interview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The workspace of the {@code add} tests ({@link Workspaces#write}), and {@code add} run against its config. */
final class AddWorkspace {
    static final Path INVITATIONS = Path.of("src/test/resources/fixtures/invitations");

    private final Path root;
    private final Path config;

    AddWorkspace(Path root) throws IOException {
        this.root = root;
        this.config = Workspaces.write(root);
    }

    Path config() {
        return config;
    }

    /** {@code followup add --config CONFIG ARGS...}, which must print no stack trace. */
    Cli.Result add(String... args) {
        List<String> all = new ArrayList<>(List.of("add", "--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new)).assertNoStackTrace();
    }

    /** The same, answering the questions with {@code answers}. */
    Cli.Result answering(String answers, String... args) {
        List<String> all = new ArrayList<>(List.of("add", "--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.answering(answers, Cli.BEFORE_INTERVIEWS, all.toArray(String[]::new)).assertNoStackTrace();
    }

    /** The names of the files in {@code conf/interviews}, sorted; none when it does not exist. */
    List<String> records() throws IOException {
        Path dir = root.resolve("conf/interviews");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The record {@code add} wrote as {@code id}, read as the daemon reads it, without a problem. */
    Interview interview(String id) {
        Path file = root.resolve("conf/interviews/" + id + ".conf");
        assertTrue(Files.exists(file), () -> "no " + file);
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(ZoneId.of("America/New_York"), root.resolve("templates")).load(file, problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertNotNull(iv);
        return iv;
    }
}
