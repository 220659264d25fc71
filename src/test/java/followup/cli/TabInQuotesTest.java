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
 * A tab inside a quoted value, as text pasted from a document or a spreadsheet brings it: the parser's "JSON does
 * not allow unescaped tab in quoted strings" named no key and came with advice about ':'. It is told at its line and
 * key, saying what to write instead.
 */
class TabInQuotesTest {
    @TempDir
    Path tmp;

    @Test
    void a_tab_inside_quotes_is_told_at_its_key_by_validate_and_plan() throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  sender { name = \"Sam Roe\", email = \"sam@example.com\","
                + " zone = \"America/New_York\" }\n  interviews = \"interviews\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n}\n");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example" } ]
                notes    = "Responsibilities:\town the CI pipeline"
                """);

        for (String command : List.of("validate", "plan")) {
            Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
            assertEquals(2, r.code(), r::toString);
            assertFalse(r.err().contains("JSON") || r.err().contains("quote values that contain :"), r::toString);
            assertTrue(r.err().contains("acme.conf:5: notes: holds a tab between its quotes, which HOCON does not"
                    + " allow there: replace it with spaces, or write \\t"), () -> command + "\n" + r);
        }
    }
}
