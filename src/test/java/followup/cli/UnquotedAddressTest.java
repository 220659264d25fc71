package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An address written without quotes ({@code email = jane.doe@acme.example}), the commonest slip in a record: the
 * parser's "Reserved character '@' is not allowed outside quotes" named no key and came with advice about ':'. It is
 * told at its line and key, with the value to write; a password is never repeated.
 */
class UnquotedAddressTest {
    @TempDir
    Path tmp;

    private Path config(String sender) throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  sender {\n    name = \"Sam Roe\"\n    " + sender
                + "\n    zone = \"America/New_York\"\n  }\n  interviews = \"interviews\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n}\n");
        return config;
    }

    private static String refused(String command, Path config) {
        Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), () -> command + "\n" + r);
        assertFalse(r.err().contains("Reserved character") || r.err().contains("quote values that contain :"),
                () -> command + ": the parser's words, or advice that does not apply\n" + r);
        return r.err();
    }

    @Test
    void an_interviewer_address_without_quotes_is_told_at_its_key_with_the_value_to_write() throws IOException {
        Path config = config("email = \"sam@example.com\"");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = jane.doe@acme.example } ]
                """);

        for (String command : List.of("validate", "plan")) {
            String err = refused(command, config);
            assertTrue(err.contains("acme.conf:4: interviewers[0].email: is written without quotes, which HOCON"
                    + " does not allow for a value with an @: write email = \"jane.doe@acme.example\""),
                    () -> command + "\n" + err);
        }
    }

    @Test
    void a_sender_address_without_quotes_is_told_by_every_command() throws IOException {
        Path config = config("email = sam@example.com");
        for (String command : List.of("validate", "plan", "run")) {
            String err = refused(command, config);
            assertTrue(err.contains("application.conf:4: followup.sender.email: is written without quotes, which"
                    + " HOCON does not allow for a value with an @: write email = \"sam@example.com\""),
                    () -> command + "\n" + err);
        }
        Path secret = config("email = \"sam@example.com\"\n  }\n  mail { smtp { password = Hunter@2x-9k } ");
        String err = refused("validate", secret);
        assertFalse(err.contains("Hunter") || err.contains("2x-9k"), err);
    }
}
