package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A {@code password-file} as editors on other systems save it. Windows PowerShell's {@code Set-Content -Encoding
 * UTF8} (and Notepad's "UTF-8 with BOM") starts it with a byte order mark, which was kept as the password's first
 * character: the server refused a password that looked right everywhere. One saved as Latin-1 (an {@code ä} as one
 * byte) was "cannot be read: MalformedInputException"; it is told to be saved as UTF-8.
 */
class PasswordFileEncodingTest {
    private static final String PASSWORD = "Bewerbung-März-2027";

    @TempDir
    Path root;

    private Path config(byte[] passwordFile) throws IOException {
        Path pw = root.resolve("mail-password");
        Files.write(pw, passwordFile);
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
        return config;
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_password() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (PASSWORD + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        Settings s = SettingsLoader.load(config(file), ConfigFactory.empty(), true);
        assertEquals(PASSWORD, s.mail().smtp().password().reveal());
        assertEquals(PASSWORD, s.mail().imap().server().password().reveal());
    }

    @Test
    void a_file_that_is_not_utf8_is_told_to_be_saved_as_utf8() throws IOException {
        Path config = config((PASSWORD + "\n").getBytes(StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, ConfigFactory.empty(), true));
        String problems = e.problems().toString();
        assertTrue(problems.contains("application.conf:6: followup.mail.smtp.password-file:"), problems);
        assertTrue(problems.contains("is not UTF-8 text"), problems);
        assertFalse(problems.contains("Bewerbung"), problems);
    }

    /** Windows PowerShell's {@code "..." > mail-password}: UTF-16 after its byte order mark. */
    @Test
    void a_utf16_file_with_its_byte_order_mark_is_read() throws IOException {
        byte[] text = (PASSWORD + "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[text.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(text, 0, file, 2, text.length);
        Settings s = SettingsLoader.load(config(file), ConfigFactory.empty(), true);
        assertEquals(PASSWORD, s.mail().smtp().password().reveal());
    }
}
