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
 * A time of day written without quotes, as people write it: {@code from = 9:00} stopped the HOCON parser at the
 * ':' with an error that named no key, and {@code from = 09.00}, read as the number 9, was told as "9" is not a time
 * of day. Each names its key and says what to write.
 */
class UnquotedValueTest {
    @TempDir
    Path root;

    private List<Problem> problems(String policy) throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail { mode = sandbox }
                  policy {
                """ + policy + """
                  }
                }
                """);
        return assertThrows(BadInputException.class, () -> SettingsLoader.load(config, ConfigFactory.empty(), true))
                .problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void a_time_with_a_colon_names_its_key_and_the_value_to_write() throws IOException {
        for (String policy : List.of("    send-window {\n      from = 9:00\n    }\n",
                "    send-window { from = 9:00, until = \"17:00\" }\n    \n")) {
            Problem p = only(problems(policy));
            assertEquals(policy.startsWith("    send-window {\n") ? 6 : 5, p.line(), p.toString());
            assertEquals("followup.policy.send-window.from", p.key(), p.toString());
            assertTrue(p.message().contains("from = \"09:00\""), p.message());
        }
    }

    /** {@code from: 9:00}, as in YAML: the ':' after the key is HOCON's too, the one in the value is not. */
    @Test
    void a_time_after_a_colon_instead_of_equals_names_its_key_and_the_value_to_write(@TempDir Path dir)
            throws IOException {
        Problem p = only(problems("    send-window { from: 9:00 }\n"));
        assertEquals(5, p.line(), p.toString());
        assertEquals("followup.policy.send-window.from", p.key(), p.toString());
        assertTrue(p.message().contains("from = \"09:00\""), p.message());

        Path record = Files.createDirectories(dir.resolve("interviews")).resolve("acme.conf");
        Files.writeString(record, "company: \"Acme Corp\"\nposition: \"Platform Engineer\"\nat: 2027-01-14T14:00\n"
                + "interviewers: [ { name: \"Jane Doe\", email: \"jane.doe@acme.example\" } ]\n");
        Records records = Corpus.recordLoader().loadAll(record.getParent());
        Problem r = only(records.problems());
        assertEquals(3, r.line(), r.toString());
        assertEquals("at", r.key(), r.toString());
        assertTrue(r.message().contains("write at = \"2027-01-14T14:00\""), r.message());
    }

    @Test
    void a_time_written_at_the_top_level_with_its_whole_path_names_it() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup.sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                followup.policy.send-window.until = 17:30
                """);
        Problem p = only(assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true)).problems());
        assertEquals(2, p.line(), p.toString());
        assertEquals("followup.policy.send-window.until", p.key(), p.toString());
        assertTrue(p.message().contains("followup.policy.send-window.until = \"17:30\""), p.message());
    }

    @Test
    void a_time_with_a_dot_is_quoted_as_written() throws IOException {
        Problem p = only(problems("    send-window { from = 09.00 }\n"));
        assertEquals("followup.policy.send-window.from", p.key(), p.toString());
        assertTrue(p.message().startsWith("\"09.00\" is not a time of day"), p.message());
        assertTrue(p.message().contains("from = \"09:00\""), p.message());
    }

    @Test
    void a_url_left_unquoted_is_not_repeated() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  store { url = jdbc:postgresql://followup:Hunter2-4c1d@db.example/followup }
                }
                """);
        Problem p = only(assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true)).problems());
        assertEquals("followup.store.url", p.key(), p.toString());
        assertTrue(p.message().contains("write url = \"...\""), p.message());
        assertTrue(!p.toString().contains("Hunter2"), p.toString());
    }
}
