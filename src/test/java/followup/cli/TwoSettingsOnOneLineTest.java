package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two settings on one line with no comma between them ({@code name = "Jane Doe" title = "CTO"}): the parser said
 * "Expecting close brace } or a comma, got '='", with advice to quote the '=', and named no key. Told at the line and
 * the key whose value lacks the comma, naming the setting that follows it, in the file's own words.
 */
class TwoSettingsOnOneLineTest {
    @TempDir
    Path tmp;

    private Path config(String mail) throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup {\n  sender { name = \"Sam Roe\", email = \"sam@example.com\","
                + " zone = \"America/New_York\" }\n  interviews = \"interviews\"\n  templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n" + mail + "}\n");
        return config;
    }

    private static Cli.Result refused(String command, Path config, String expected) {
        Cli.Result r = Cli.run(command, "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(expected), () -> command + ": expected ..." + expected + "... in\n" + r);
        assertFalse(r.err().contains("Expecting") || r.err().contains("double quotes"), r::toString);
        return r;
    }

    private void record(String name, String line4) throws IOException {
        Files.writeString(tmp.resolve("interviews/" + name + ".conf"), "company  = \"Acme Corp\"\n"
                + "position = \"Platform Engineer\"\nat       = \"2027-01-14T14:00\"\n" + line4 + "\n");
    }

    @Test
    void an_interviewer_s_two_settings_on_one_line_are_told_at_both_keys() throws IOException {
        Path config = config("");
        record("acme", "interviewers = [ { name = \"Jane Doe\" title = \"CTO\", email = \"jane.doe@acme.example\" } ]");

        for (String command : new String[] {"validate", "plan"}) {
            refused(command, config, "acme.conf:4: interviewers[0].name: is followed on its line by title, with no"
                    + " comma between them: write a comma after this value (name = ..., title = ...), or put title"
                    + " on a line of its own");
        }
    }

    @Test
    void other_shapes_of_the_same_slip_are_told_at_their_keys() throws IOException {
        Path config = config("");
        Files.writeString(tmp.resolve("interviews/top.conf"), """
                company  = "Acme Corp" position = "Platform Engineer"
                at       = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example" } ]
                """);
        record("colon", "interviewers = [ { name = \"Jane Doe\" title: \"CTO\", email = \"jane.doe@acme.example\" } ]");
        record("bare", "interviewers = [ { name = Jane Doe title = CTO, email = \"jane.doe@acme.example\" } ]");
        record("third", "interviewers = [ { name = \"Jane Doe\", title = \"CTO\" handwritten = true } ]");

        Cli.Result r = refused("validate", config, "top.conf:1: company: is followed on its line by position, with"
                + " no comma between them");
        assertTrue(r.err().contains("colon.conf:4: interviewers[0].name: is followed on its line by title,"), r::toString);
        assertTrue(r.err().contains("bare.conf:4: interviewers[0].name: is followed on its line by title,"), r::toString);
        assertTrue(r.err().contains("third.conf:4: interviewers[0].title: is followed on its line by handwritten,"),
                r::toString);
    }

    @Test
    void a_setting_of_the_config_is_told_at_its_whole_key() throws IOException {
        Path config = config("  mail {\n    mode = sandbox\n    smtp { host = \"smtp.example.com\" port = 587 }\n  }\n");

        refused("validate", config, "application.conf:7: followup.mail.smtp.host: is followed on its line by port,"
                + " with no comma between them");
    }

    @Test
    void a_secret_on_the_line_is_not_repeated() throws IOException {
        Path config = config("  mail.smtp { username = \"sam\" password = \"hunter2 secret\" }\n");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("hunter2"), r::toString);
    }

    /** {@code smtp { ... } imap { ... }} on one line: the parser's "got 'imap'" came with advice to quote a ':'. */
    @Test
    void an_object_followed_by_another_on_its_line_is_told_at_its_key() throws IOException {
        Path config = config("  mail {\n    mode = sandbox\n    smtp { host = \"smtp.example.com\", port = 587 }"
                + " imap { host = \"imap.example.com\" }\n  }\n");

        Cli.Result r = refused("validate", config, "application.conf:7: followup.mail.smtp: is followed on its line"
                + " by imap, with no comma between them: write a comma after this value, or put imap on a line of"
                + " its own");
        assertFalse(r.err().contains("quote values"), r::toString);
    }

    /**
     * A value followed by a key and its object with no comma ({@code password = "..." tls { ... }}): the library's
     * "Cannot concatenate object or list with a non-object-or-list, Quoted("hunter2 tls") and ..." repeated the
     * value, a password here, and named no key.
     */
    @Test
    void a_value_followed_by_an_object_on_its_line_is_told_without_repeating_it() throws IOException {
        Path config = config("  mail {\n    mode = sandbox\n    smtp { host = \"smtp.example.com\", password ="
                + " \"hunter2 secret\" tls { x = 1 } }\n  }\n");
        Files.writeString(tmp.resolve("interviews/acme.conf"), "company  = \"Acme Corp\"\nposition = \"Platform"
                + " Engineer\"\nat       = \"2027-01-14T14:00\"\ninterviewers = [ { name = \"Jane Doe\", email ="
                + " \"jane.doe@acme.example\", address = \"Acme\" handwritten { x = 1 } } ]\n");

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("hunter2") || r.err().contains("Quoted("), r::toString);
        assertTrue(r.err().contains("application.conf:7: followup.mail.smtp.password: is followed on its line by"
                + " an object or a list, with no comma between them: write a comma after this value, or put the next"
                + " setting on a line of its own"), r::toString);
        assertFalse(r.err().contains("tls"), "the word before the object may be the end of the secret: " + r);
        Files.writeString(config, Files.readString(config).replace(" password = \"hunter2 secret\" tls { x = 1 }",
                ""));
        r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertTrue(r.err().contains("acme.conf:4: interviewers[0].address: is followed on its line by handwritten {"
                + " ... }, with no comma between them"), r::toString);
    }

    /**
     * A value followed by a key and its object or list with no comma ({@code title = "CTO" interviewers { ... }},
     * {@code email = "..." smtp { ... }}, {@code mode = sandbox smtp { ... }}) was told at its line only, "a value is
     * followed on its line by an object or a list", without the key: in a line of several settings, the user had to
     * guess which. Told at the value's key, naming the key that follows it, by validate and plan alike.
     */
    @Test
    void a_value_followed_by_a_key_and_its_object_is_told_at_both_keys() throws IOException {
        Path config = config("  mail { mode = sandbox smtp { host = \"smtp.example.com\" } }\n");
        record("acme", "interviewers = [ { name = \"Jane Doe\", title = \"CTO\" topics[\"the CI\"] } ]");

        refused("validate", config, "application.conf:5: followup.mail.mode: is followed on its line by smtp { ..."
                + " }, with no comma between them: write a comma after this value (mode = ..., smtp { ... }), or put"
                + " smtp on a line of its own");
        Files.writeString(config, Files.readString(config).replace("mode = sandbox smtp", "mode = sandbox, smtp")
                .replace("email = \"sam@example.com\",", "email = \"sam@example.com\" notify { x = 1 },"));
        for (String command : new String[] {"validate", "plan"}) {
            refused(command, config, "application.conf:2: followup.sender.email: is followed on its line by notify {"
                    + " ... }, with no comma between them");
        }
        Files.writeString(config, Files.readString(config).replace(" notify { x = 1 }", ""));
        for (String command : new String[] {"validate", "plan"}) {
            refused(command, config, "acme.conf:4: interviewers[0].title: is followed on its line by topics [ ... ],"
                    + " with no comma between them: write a comma after this value (title = ..., topics = [ ... ]),"
                    + " or put topics on a line of its own");
        }
    }
}
