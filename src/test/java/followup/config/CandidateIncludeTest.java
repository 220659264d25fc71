package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@code include} in a candidate's {@code candidate.conf}, checked as one in the deployment's config is. */
class CandidateIncludeTest {
    @TempDir
    Path root;

    private Path deployment() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  store { url = "jdbc:h2:file:./data/followup" }
                  templates = "shared-templates"
                }
                """);
        Files.createDirectories(root.resolve("shared-templates"));
        return config;
    }

    private void candidate(String name, String conf) throws IOException {
        Path dir = Files.createDirectories(root.resolve("people").resolve(name).resolve("interviews")).getParent();
        Files.writeString(dir.resolve("candidate.conf"), conf);
    }

    private static final String SENDER =
            "sender { name = \"Sam Roe\", email = \"%s@example.com\", zone = \"Europe/Berlin\" }\n";

    /**
     * A candidate.conf that includes a file which is not there (its mail block kept apart, then renamed) was read
     * without it and the candidate ran on the defaults, in sandbox mode, where nothing leaves the machine; with
     * {@code required(...)} the error was "resource not found on classpath: mail.conf", without a line. Both are
     * refused at the include's line, with where the file was looked for, as in the deployment's config.
     */
    @Test
    void a_missing_include_in_candidate_conf_is_refused_at_its_line() throws IOException {
        Path config = deployment();
        candidate("ok", SENDER.formatted("ok"));
        candidate("plain", SENDER.formatted("plain") + "include \"mail.conf\"\n");
        candidate("required", SENDER.formatted("required") + "\ninclude required(\"mail\")\n");

        Deployment d = Deployment.load(config);

        assertEquals(List.of("ok"), d.names());
        String problems = String.join("\n", d.problems().stream().map(Problem::toString).toList());
        Path dir = root.resolve("people");
        assertTrue(problems.contains("plain/candidate.conf:2: include \"mail.conf\": there is no such file (looked"
                + " for " + Display.path(dir.resolve("plain/mail.conf"))), problems);
        assertTrue(problems.contains("required/candidate.conf:3: include \"mail\": there is no such file"), problems);
        assertTrue(problems.contains("read from the directory of " + Display.path(dir.resolve(
                "plain/candidate.conf"))), problems);
        assertFalse(problems.contains("classpath"), problems);
    }

    /** The file beside candidate.conf is found, as the config library reads it, with or without its extension. */
    @Test
    void an_include_beside_candidate_conf_is_read() throws IOException {
        Path config = deployment();
        candidate("alice", SENDER.formatted("alice") + "include \"mail\"\n");
        Files.writeString(root.resolve("people/alice/mail.conf"), "mail { max-per-hour = 7 }\n");

        Deployment d = Deployment.load(config);

        assertEquals(List.of(), d.problems());
        assertEquals(7, d.choose("alice").mail().maxPerHour());
    }
}
