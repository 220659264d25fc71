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
 * A config or record that ends in the middle of a setting, as an editor that crashed or a copy that stopped short
 * leaves it: validate, plan and run printed the parser's "Expecting a value but got wrong token: end of file" with
 * advice to quote values, at a line past the end and with no key. Each names the key being written, its line, and
 * what is still open.
 */
class CutOffFileTest {
    @TempDir
    Path tmp;

    private static final String SENDER = "  sender { name = \"Sam Roe\", email = \"sam@example.com\","
            + " zone = \"America/New_York\" }\n";

    private Path config(String text) throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, text);
        return config;
    }

    private static String problemLine(Cli.Result r) {
        List<String> lines = r.err().lines().filter(l -> l.contains("application.conf")
                || l.contains(".conf:")).toList();
        assertEquals(1, lines.size(), r::toString);
        String line = lines.get(0);
        assertFalse(line.contains("Expecting") || line.contains("wrong token") || line.contains("quote values")
                || line.contains(".properties"), "the parser's words, or advice that does not apply: " + line);
        return line;
    }

    private void assertEveryCommandSays(Path config, String expected) {
        for (String command : List.of("validate", "plan", "run")) {
            Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
            assertEquals(2, r.code(), r::toString);
            String line = problemLine(r);
            assertTrue(line.contains(expected), () -> command + ": expected ..." + expected + "... in\n" + r);
        }
    }

    @Test
    void a_config_cut_off_after_the_equals_sign_names_the_key_and_what_is_still_open() throws IOException {
        Path config = config("followup {\n" + SENDER + "  policy {\n    send-window {\n      from = ");

        assertEveryCommandSays(config, "application.conf:5: followup.policy.send-window.from: cannot be read as"
                + " HOCON: the file ends before the value of from is written");
        assertEveryCommandSays(config, "then close what is still open: } for send-window { of line 4, } for"
                + " policy { of line 3, } for followup { of line 1");
    }

    @Test
    void a_config_cut_off_inside_a_quoted_value_names_the_key() throws IOException {
        Path config = config("followup {\n  sender { name = \"Sam");

        assertEveryCommandSays(config, "application.conf:2: followup.sender.name: cannot be read as HOCON: the"
                + " file ends inside this quoted value: close it with a \"");
        assertEveryCommandSays(config, "} for sender { of line 2, } for followup { of line 1");
    }

    @Test
    void a_config_that_ends_with_a_brace_still_open_names_the_object() throws IOException {
        Path config = config("followup {\n" + SENDER + "  policy {\n    thank-you { after = 3h }\n");

        assertEveryCommandSays(config, "application.conf:3: followup.policy: cannot be read as HOCON: the file"
                + " ends with this { still open, and followup { of line 1");
    }

    @Test
    void a_record_cut_off_in_its_list_of_interviewers_names_the_interviewer_key() throws IOException {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Path config = config("followup {\n" + SENDER + "  interviews = \"interviews\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n}\n");
        Files.writeString(interviews.resolve("acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [
                  { name = "Jane Doe", email = "jane.doe@acme.example" }
                  { name = "Raj Patel",
                    email =\s""");

        for (String command : List.of("validate", "plan")) {
            Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
            assertEquals(2, r.code(), r::toString);
            String line = problemLine(r);
            assertTrue(line.contains("acme.conf:7: interviewers[1].email: cannot be read as HOCON: the file ends"
                    + " before the value of email is written"), () -> command + "\n" + r);
            assertTrue(line.contains("} for the { of line 6, ] for interviewers = [ of line 4"),
                    () -> command + "\n" + r);
        }
    }
}
