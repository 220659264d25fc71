package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later round (a record with {@code previous}) goes out with its earlier rounds: the people met before are thanked
 * for speaking again ({@code to.metBefore}). {@code validate} renders it so too, so that a template that fails only
 * for someone met before fails there, with its file, and not at send time.
 */
class ValidateLaterRoundsTest {
    @TempDir
    Path tmp;

    private static final String RECORD = """
            company  = "Acme Corp"
            position = "Platform Engineer"
            at       = "%s"
            zone     = "America/New_York"
            interviewers = [
              { name = "Jane Doe", title = "Engineering Manager", email = "jane@acme.example",
                topics = ["the migration to Kubernetes"] }
            ]
            %s
            """;

    private Path workspace(String thankYouLine) throws IOException {
        Path templates = tmp.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = templates.resolve(Path.of("templates").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(templates.resolve("thank-you.ftl"), thankYouLine + "\n", java.nio.file.StandardOpenOption.APPEND);
        Path interviews = Files.createDirectories(tmp.resolve("conf/interviews"));
        Files.writeString(interviews.resolve("acme-screening.conf"), RECORD.formatted("2027-01-11T10:00", ""));
        Files.writeString(interviews.resolve("acme-onsite.conf"), RECORD.formatted("2027-01-20T10:00",
                "previous = \"acme-screening\""));
        Path config = tmp.resolve("conf/application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                }
                """.formatted(templates, tmp.resolve("data/followup")));
        return config;
    }

    @Test
    void a_template_that_fails_only_for_someone_met_in_an_earlier_round_fails_validate() throws IOException {
        Path config = workspace("<#if to.metBefore>My number is still ${sender.phone}.</#if>");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("thank-you.ftl") && r.err().contains("sender.phone"), r::toString);
    }

    @Test
    void the_same_template_without_the_failing_branch_is_ok_and_each_record_counts_once() throws IOException {
        Path config = workspace("<#if to.metBefore>Good to speak again.</#if>");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(", 2 interviews, "), r::toString);
    }
}
