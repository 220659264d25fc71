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
 * Values pasted from a word processor, a phone or a mail, between typographic quotes ({@code company = “Acme”}):
 * HOCON does not read them as quotes, so the value was taken with the quotes in it, to go out in every mail, and a
 * date so written was told to "be written in quotes", which it seemed to be. Each is refused at its line and key,
 * saying to write straight quotes.
 */
class TypographicQuotesTest {
    @TempDir
    Path tmp;

    private Path config(String sender) throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  sender { " + sender + " }\n  interviews = \"interviews\"\n"
                + "  templates = \"" + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\")
                + "\"\n}\n");
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
    void a_record_value_between_typographic_quotes_is_refused_at_its_key() throws IOException {
        Path config = config("name = \"Sam Roe\", email = \"sam@example.com\", zone = \"America/New_York\"");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = “Acme Corp”
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example", topics = [‘CI’] } ]
                notes = "She said: “we need someone for the CI pipeline”"
                """);

        assertRefused(List.of("validate", "plan"), config, "acme.conf:1: company: is written between typographic"
                + " quotes (“ ” ‘ ’ „ « »: a word processor, a phone or a mail writes them), which HOCON does not read"
                + " as quotes: they would be part of the value; write straight quotes: company = \"...\"");
        assertRefused(List.of("validate"), config, "acme.conf:4: interviewers[0].topics[0]: is written between"
                + " typographic quotes");
        Cli.Result r = Cli.run("validate", "--config", config.toString());
        assertTrue(r.err().contains("2 problems found."), "the notes' quotes inside straight quotes are text:\n" + r);
    }

    @Test
    void a_date_between_typographic_quotes_is_not_told_to_be_quoted() throws IOException {
        Path config = config("name = \"Sam Roe\", email = \"sam@example.com\", zone = \"America/New_York\"");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = „2027-01-14T14:00“
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example" } ]
                """);

        assertRefused(List.of("validate", "plan"), config, "acme.conf:3: at: is written between typographic quotes");
    }

    @Test
    void a_setting_between_typographic_quotes_is_refused_by_every_command() throws IOException {
        Path config = config("name = “Sam Roe”, email = \"sam@example.com\", zone = \"America/New_York\"");

        assertRefused(List.of("validate", "plan", "run"), config, "application.conf:2: followup.sender.name: is"
                + " written between typographic quotes");
    }

    @Test
    void a_candidate_setting_between_typographic_quotes_is_refused_at_its_key() throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  candidates = \"people\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n}\n");
        Path bob = Files.createDirectories(tmp.resolve("people/bob/interviews")).getParent();
        Files.writeString(bob.resolve("candidate.conf"), "sender {\n  name = \"Bob Roe\"\n"
                + "  email = ‘bob@example.com’\n  zone = \"Europe/Berlin\"\n}\n");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("candidate.conf:3: sender.email: is written between typographic quotes"),
                r::toString);
    }

    /**
     * A file pulled in with include was not looked at: its typographic quotes went into the values (a name in every
     * From, an address refused without saying why), and two texts joined into one. Told in the included file, at its
     * line and whole key, however deep the include.
     */
    @Test
    void quotes_in_an_included_file_are_refused_at_its_line_and_key() throws IOException {
        Path config = config("name = \"Sam Roe\", email = \"sam@example.com\", zone = \"America/New_York\"");
        Files.writeString(config, Files.readString(config).replace("  interviews =",
                "  include \"sender.conf\"\n  interviews =") + "include required(\"mail.conf\")\n");
        Files.writeString(tmp.resolve("sender.conf"), "# the sender's phone\nsender.phone = “+1 555 0100”\n");
        Files.writeString(tmp.resolve("mail.conf"), "followup.sender.name = \"Sam Roe\"\ninclude \"policy\"\n");
        Files.writeString(tmp.resolve("policy.conf"), "followup.policy.send-window.holidays {\n"
                + "  extra = [\"2027-12-24\" \"2027-12-31\"]\n}\n");

        assertRefused(List.of("validate", "plan", "run"), config, "sender.conf:2: followup.sender.phone: is written"
                + " between typographic quotes");
        assertRefused(List.of("validate"), config, "policy.conf:2: followup.policy.send-window.holidays.extra[0]:"
                + " two texts in quotes");
    }

    @Test
    void quotes_in_a_file_a_candidate_conf_includes_are_refused_at_its_line_and_key() throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  candidates = \"people\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n}\n");
        Path bob = Files.createDirectories(tmp.resolve("people/bob/interviews")).getParent();
        Files.writeString(bob.resolve("candidate.conf"), "sender {\n  name = \"Bob Roe\"\n  include \"own\"\n"
                + "  zone = \"Europe/Berlin\"\n}\n");
        Files.writeString(bob.resolve("own.conf"), "email = ‘bob@example.com’\n");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("own.conf:1: sender.email: is written between typographic quotes"), r::toString);
    }

    /**
     * Single quotes, as YAML, Python or a shell take them ({@code name = 'Jane Doe'}): HOCON reads them as part of
     * the value, and validate passed a record whose thank-you said "Dear 'Jane Doe'," and "join 'Acme Corp'".
     */
    @Test
    void a_value_between_single_quotes_is_refused_at_its_key() throws IOException {
        Path config = config("name = \"Sam Roe\", email = \"sam@example.com\", zone = \"America/New_York\"");
        Files.writeString(tmp.resolve("interviews/acme.conf"), """
                company  = 'Acme Corp'
                position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = 'Jane Doe', email = "jane.doe@acme.example", topics = ['the CI'] }
                                 { name = "Gerard 't Hooft", email = "gerard@acme.example" } ]
                notes = it's the CI pipeline they need   # Jane's words
                """);

        assertRefused(List.of("validate", "plan"), config, "acme.conf:1: company: is written between single quotes"
                + " ('...'), which HOCON does not read as quotes: they would be part of the value; write double"
                + " quotes: company = \"...\"");
        assertRefused(List.of("validate"), config, "acme.conf:4: interviewers[0].name: is written between single"
                + " quotes");
        assertRefused(List.of("validate"), config, "acme.conf:4: interviewers[0].topics[0]: is written between"
                + " single quotes");
        Cli.Result r = Cli.run("validate", "--config", config.toString());
        assertTrue(r.err().contains("3 problems found."), "an apostrophe inside a value is text:\n" + r);
    }
}
