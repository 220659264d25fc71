package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A substitution the environment does not give ({@code host = ${SMTP_HOST}}, the variable not exported in the shell
 * or the service's environment file): the problem names the key it was to set, besides the file and line, and says
 * how to give the variable. Before, it said only "Could not resolve substitution to a value: ${SMTP_HOST}", with no
 * key, and "define it" without saying where.
 */
class UnsetSubstitutionTest {
    private static final String VARIABLE = "FOLLOWUP_TEST_UNSET_4F2A";

    @TempDir
    Path root;

    @Test
    void an_unset_variable_in_application_conf_is_named_with_the_key_it_sets() throws IOException {
        assertEquals(null, System.getenv(VARIABLE));
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  mail {
                    mode = live
                    smtp {
                      host = ${%s}
                    }
                  }
                }
                """.formatted(VARIABLE));
        BadInputException e = assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(6, p.line(), p.toString());
        assertEquals("followup.mail.smtp.host", p.key(), p.toString());
        assertTrue(p.message().contains("${" + VARIABLE + "}"), p.message());
        assertTrue(p.message().contains("export " + VARIABLE + "="), p.message());
    }

    @Test
    void an_unset_variable_in_a_candidates_file_is_named_with_the_key_it_sets() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, "followup {\n  candidates = \"people\"\n  templates = \"t\"\n}\n");
        Files.createDirectories(root.resolve("t"));
        Path alice = Files.createDirectories(root.resolve("people/alice/interviews")).getParent();
        Files.writeString(alice.resolve("candidate.conf"), """
                sender { name = "Alice Lee", email = "alice@example.com", zone = "Europe/Berlin" }
                mail {
                  mode = live
                  provider = fastmail
                  smtp { password = ${?%1$s} }
                  imap { password = ${%1$s} }
                }
                """.formatted(VARIABLE));
        Deployment d = Deployment.load(config);
        assertEquals(List.of(), d.names());
        Problem p = d.problems().stream().filter(q -> q.file().endsWith("candidate.conf")).findFirst().orElseThrow();
        assertEquals(6, p.line(), p.toString());
        assertEquals("mail.imap.password", p.key(), p.toString());
        assertTrue(p.message().contains("export " + VARIABLE + "="), p.message());
    }

    /** A key set twice in the file, the second time from the variable: the second line, with its key. */
    @Test
    void a_key_set_again_from_an_unset_variable_is_named_at_its_second_line() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  mail { smtp { host = "smtp.example.com" }, imap { host = "imap.example.com" } }
                }
                followup.mail.smtp.host = ${%s}
                """.formatted(VARIABLE));
        BadInputException e = assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true));
        Problem p = e.problems().get(0);
        assertEquals(5, p.line(), p.toString());
        assertEquals("followup.mail.smtp.host", p.key(), p.toString());
    }
}
