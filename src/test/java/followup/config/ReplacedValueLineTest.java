package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOCON's way to a default the environment may override: {@code port = 587} on one line, {@code port =
 * ${?SMTP_PORT}} on a later one. When the value that wins is wrong ({@code SMTP_PORT=abc}), the problem was reported
 * at the first line, where the file says 587, which is right; it is at the line that gave the value.
 */
class ReplacedValueLineTest {
    @TempDir
    Path root;

    private List<Problem> problems(String mail) throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  mail {
                %s
                  }
                }
                """.formatted(mail));
        return assertThrows(BadInputException.class, () -> SettingsLoader.load(config, ConfigFactory.empty(), true))
                .problems();
    }

    @Test
    void a_wrong_value_from_a_later_substitution_is_reported_at_the_substitutions_line() throws IOException {
        // a path of the config stands for the variable: it gives the wrong value the same way
        List<Problem> problems = problems("""
                    smtp { port = 587
                           security = starttls }
                    smtp.port = ${followup.sender.name}
                    smtp.security = ${followup.sender.zone}""");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("followup.mail.smtp.port", problems.get(0).key(), problems.toString());
        assertEquals(6, problems.get(0).line(), problems.toString());
        assertEquals("followup.mail.smtp.security", problems.get(1).key(), problems.toString());
        assertEquals(7, problems.get(1).line(), problems.toString());
    }

    /** The later line gives nothing (the variable is not set): the value, and the problem, are the earlier line's. */
    @Test
    void a_wrong_value_kept_from_an_earlier_line_is_reported_there() throws IOException {
        List<Problem> problems = problems("""
                    smtp { port = 70000 }
                    smtp.port = ${?FOLLOWUP_TEST_UNSET_7C1B}""");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("followup.mail.smtp.port", problems.get(0).key(), problems.toString());
        assertEquals(4, problems.get(0).line(), problems.toString());
    }
}
