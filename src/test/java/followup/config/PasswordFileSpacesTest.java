package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code password-file} holds the password and the line break after it, nothing else is taken away: a password
 * that begins or ends with a space (some generators make them) lost it, and the server refused the password.
 */
class PasswordFileSpacesTest {
    @TempDir
    Path root;

    private Settings load(String passwordFile) throws IOException {
        Path pw = root.resolve("mail-password");
        Files.writeString(pw, passwordFile, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  mail {
                    mode = live
                    provider = fastmail
                    smtp { password-file = "mail-password" }
                    imap { password-file = "mail-password" }
                  }
                }
                """);
        return SettingsLoader.load(config, ConfigFactory.empty(), true);
    }

    @Test
    void spaces_at_either_end_are_part_of_the_password() throws IOException {
        Settings s = load(" kite runs  \n");
        assertEquals(" kite runs  ", s.mail().smtp().password().reveal());
        assertEquals(" kite runs  ", s.mail().imap().server().password().reveal());
    }

    @Test
    void the_line_break_after_it_is_not() throws IOException {
        assertEquals("kite\trun", load("kite\trun\r\n").mail().smtp().password().reveal());
        assertEquals("kite run", load("kite run\n\n").mail().smtp().password().reveal());
        assertEquals("kite run", load("kite run").mail().smtp().password().reveal());
    }

    @Test
    void a_file_of_white_space_holds_no_password() {
        BadInputException e = assertThrows(BadInputException.class, () -> load("   \n"));
        assertTrue(e.problems().toString().contains("holds only white space, no password"),
                e.problems().toString());
        BadInputException empty = assertThrows(BadInputException.class, () -> load("\r\n"));
        assertTrue(empty.problems().toString().contains("is empty"), empty.problems().toString());
    }
}
