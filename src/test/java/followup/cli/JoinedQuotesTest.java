package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comma left out between two texts of a list ({@code topics = ["the CI" "on-call"]}): HOCON joins two quoted
 * strings with only spaces between them into one ("the CI on-call"), without a word, so the thank-you spoke of a
 * topic nobody discussed and a holiday list lost its dates. Refused at the line and key, saying to add the comma.
 */
class JoinedQuotesTest {
    @TempDir
    Path tmp;

    private Path config(String extra) throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  sender { name = \"Sam Roe\", email = \"sam@example.com\","
                + " zone = \"America/New_York\" }\n  interviews = \"interviews\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n" + extra + "}\n");
        return config;
    }

    private static void assertRefused(List<String> commands, Path config, String expected) {
        for (String command : commands) {
            Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
            assertEquals(2, r.code(), () -> command + "\n" + r);
            assertTrue(r.err().contains(expected), () -> command + ": expected ..." + expected + "... in\n" + r);
        }
    }

    @Test
    void two_texts_of_a_record_list_without_a_comma_are_refused_at_their_key() throws IOException {
        Path config = config("");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example",
                                   topics = ["the CI" "on-call"] } ]
                takeaways = ["mentoring",\t"the handover"  \t"a third"]
                """);

        assertRefused(List.of("validate", "plan"), config, "acme.conf:5: interviewers[0].topics[0]: two texts in"
                + " quotes with only a space between them are read as one, joined by that space: put a comma between"
                + " the items of a list: topics = [\"...\", \"...\"]");
        assertRefused(List.of("validate"), config, "acme.conf:6: takeaways[1]: two texts in quotes");
    }

    @Test
    void two_texts_of_a_record_value_without_a_comma_are_refused_at_their_key() throws IOException {
        Path config = config("");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme" "Corp"
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example" } ]
                """);

        assertRefused(List.of("validate"), config, "acme.conf:1: company: two texts in quotes with only a space"
                + " between them are read as one, joined by that space: write the value between one pair of quotes"
                + " (company = \"...\"), or, for a list, put a comma between its items: company = [\"...\", \"...\"]");
    }

    @Test
    void two_dates_of_a_config_list_without_a_comma_are_refused_at_their_key() throws IOException {
        Path config = config("  policy.send-window.holidays.extra = [\"2027-12-24\" \"2027-12-31\"]\n");

        assertRefused(List.of("validate", "plan", "run"), config, "application.conf:5:"
                + " followup.policy.send-window.holidays.extra[0]: two texts in quotes with only a space between them"
                + " are read as one");
    }

    @Test
    void quotes_inside_one_text_comments_and_substitutions_are_not_taken_for_two_texts() throws IOException {
        Path config = config("  sender.phone = \"+1 555 0100\" ${?FOLLOWUP_TEST_NO_SUCH_VARIABLE}\n"
                + "  mail.smtp.password = ${?FOLLOWUP_TEST_NO_SUCH_VARIABLE}  # \"a\" \"b\"\n");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme # Corp"
                position = "Platform // Engineer"
                at       = "2027-01-14T14:00"   # "local" "time"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example",
                                   topics = ["the \\"CI\\" \\" pipeline", "on-call"] } ]  // "x" "y"
                notes = \"\"\"She said "we need" "someone" for it\"\"\"
                takeaways = ["a", "b" ,"c"
                  "d"]
                """);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
    }
}
