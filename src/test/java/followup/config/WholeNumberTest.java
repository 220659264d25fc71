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
 * A number with a fraction where a whole one is meant ({@code port = 587.5}, {@code max-per-hour = 1.5}) was cut
 * to its whole part without a word: a cap of 1.5 an hour became 1, a port a typo away became another port. It is a
 * problem at its line and key, as "abc" is.
 */
class WholeNumberTest {
    @TempDir
    Path root;

    @Test
    void a_fraction_is_refused_where_a_whole_number_is_meant() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  mail {
                    smtp.port = 587.5
                    max-per-hour = 1.5
                  }
                }
                """);
        List<Problem> problems = assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true)).problems();
        assertEquals(List.of(
                new Problem(config.toString(), 4, "followup.mail.smtp.port",
                        "expected a whole number but found 587.5 (a valid value looks like port = 587)"),
                new Problem(config.toString(), 5, "followup.mail.max-per-hour",
                        "expected a whole number but found 1.5 (a valid value looks like max-per-hour = 60)")),
                problems);
    }
}
