package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not HOCON: the line, what to do about it, and the file named as every other problem names it. */
class ConfigProblemsTest {
    private static Problem parse(String text, String name) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFactory.parseString(text,
                ConfigParseOptions.defaults().setOriginDescription(name)));
        return ConfigProblems.of(e, name);
    }

    @Test
    void two_settings_on_one_line_are_told_to_take_a_comma() {
        for (String text : new String[] {"company = \"Acme\" position = \"Engineer\"\n",
                                          "sender {\n  name = \"Sam Roe\" email = \"sam@example.com\"\n}\n"}) {
            Problem p = parse(text, "acme.conf");
            assertTrue(p.message().contains("two settings on one line need a comma or a line break between them"),
                    p.message());
            assertFalse(p.message().contains(".properties"), "no advice to rename a followup file: " + p.message());
            assertFalse(p.message().contains("quote values"), p.message());
            assertEquals(text.startsWith("sender") ? 2 : 1, p.line(), p.toString());
        }
    }

    /** The library repeated "Key 'password hunter2'" whole: the value, a password here, with it. */
    @Test
    void a_value_written_without_equals_after_its_key_is_not_repeated() {
        for (String text : new String[] {"smtp {\n  host = \"smtp.example.com\"\n  password \"Hunter2-4c1d\"\n}\n",
                                          "smtp {\n  host = \"smtp.example.com\"\n  password Hunter2-4c1d\n}\n",
                                          "smtp {\n  host = \"smtp.example.com\"\n  password Hunter2-4c1d, port = 1 }\n"}) {
            Problem p = parse(text, "application.conf");
            assertEquals(text.contains("port") ? 3 : 4, p.line(), "where the library stopped: " + p);
            assertEquals("cannot be read as HOCON: the key password is followed by a value without = between them"
                    + " (write password = value)", p.message());
            assertFalse(p.toString().contains("Hunter2"), p.toString());
        }
    }

    @Test
    void an_unquoted_date_is_told_to_be_quoted() {
        Problem p = parse("company = \"Acme\"\nat = 2026-11-20T14:00\n", "acme.conf");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("quote values that contain :"), p.message());
        assertFalse(p.message().contains("comma or a line break"), p.message());
    }

    /** Notes typed over two lines inside one pair of quotes: what to write, once, without advice to quote it. */
    @Test
    void a_quoted_value_over_two_lines_is_told_to_close_its_quote_or_take_triple_quotes() {
        Problem p = parse("company = \"Acme\"\nnotes = \"They need someone\nto own the CI pipeline.\"\n", "acme.conf");
        assertEquals(2, p.line(), p.toString());
        assertTrue(p.message().contains("a quoted value runs on past the end of the line")
                && p.message().contains("triple quotes"), p.message());
        assertFalse(p.message().contains("quote values") || p.message().contains("enclosing the key"), p.message());
        assertFalse(p.message().contains("\n"), "one line: " + p.message());
    }

    /**
     * A password written into the file with a bad escape: the library quoted the characters after it ("\\u12" showed
     * four of the password). On a password's line nothing the parser found is repeated.
     */
    @Test
    void a_syntax_error_on_a_password_line_repeats_nothing_of_the_line(@TempDir Path dir) throws IOException {
        for (String line : new String[] {"  password = \"Hunter2\\u4cZZ9k\"", "  password = \"Hunter2\\q9k\"",
                                          "  client-secret: \"Hunter2\\u4cZZ9k\""}) {
            Path file = dir.resolve("application.conf");
            Files.writeString(file, "smtp {\n  host = \"smtp.example.com\"\n" + line + "\n}\n");
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigFactory.parseFile(file.toFile()));
            Problem p = ConfigProblems.of(e, "application.conf");
            assertEquals(3, p.line(), p.toString());
            assertTrue(p.message().startsWith("cannot be read as HOCON, on the line of a password or secret"),
                    p.message());
            assertFalse(p.toString().contains("4cZZ") || p.toString().contains("9k") || p.toString().contains("Hunter2"),
                    p.toString());
        }
        // another line's error is told as before
        Path file = dir.resolve("other.conf");
        Files.writeString(file, "smtp {\n  host = \"smtp\\q.example.com\"\n  password-file = \"pw\"\n}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFactory.parseFile(file.toFile()));
        assertTrue(ConfigProblems.of(e, "other.conf").message().contains("not a valid escape sequence"));
    }

    /**
     * A candidate's {@code candidate.conf} is read from its absolute path; its syntax error is named as its other
     * problems are (relative to the working directory when it is under it), and an included file by its own name.
     */
    @Test
    void the_file_is_named_as_the_caller_names_it_and_an_included_one_by_its_own_path() throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "config-problems")
                .toAbsolutePath();
        try {
            Path broken = dir.resolve("candidate.conf");
            Files.writeString(broken, "sender { name = \"Unclosed\"\n");
            String shown = Display.path(broken);
            assertFalse(shown.startsWith("/"), "under the working directory, shown relative: " + shown);
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigFactory.parseFile(broken.toFile()));
            assertEquals(shown, ConfigProblems.of(e, shown).file());

            Path including = dir.resolve("application.conf");
            Files.writeString(including, "include \"candidate.conf\"\n");
            ConfigException inner = assertThrows(ConfigException.class,
                    () -> ConfigFactory.parseFile(including.toFile()));
            assertEquals(shown, ConfigProblems.of(inner, Display.path(including)).file());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
